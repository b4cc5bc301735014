/**
 * The contact form's chunk: its controller, templates, form logic and styles.
 * The element imports it right after the notice's first paint (./lazy-part.ts).
 */
export {ContactFormController} from './contact-form-controller.js';
export {contactFormStyles} from './contact-form.styles.js';
