/**
 * The cookie panel's chunk: its controller, templates, the audit and styles.
 * The consent itself is not in it: src/consent/consent-controller.ts runs in
 * the entry, before this chunk loads. The element imports it right after the
 * notice's first paint (./lazy-part.ts).
 */
export {CookiePanelController} from './cookie-panel-controller.js';
export {cookiePanelStyles} from './cookie-panel.styles.js';
