/**
 * Public exports: the element class, its events, and the pure helpers a
 * program may want (validator, checker, request schema). No side effects:
 * import `privacy-notice/define` to register the tag, or call
 * `definePrivacyNotice()` when you want it defined. Until one of them runs,
 * `<privacy-notice>` in the page stays an empty unknown element.
 */
export {PrivacyNoticeElement} from './privacy-notice.js';
export {definePrivacyNotice} from './define-element.js';
export * from './events.js';
export * from './document/index.js';
export {negotiateLanguage, pickText, type PickedText} from './document/language.js';
export {formatDuration, parseDuration} from './document/duration.js';
export type {ConsentApi, ConsentListener} from './consent/consent-manager.js';
export type {ConsentState} from './consent/record.js';
export type {ConsentChoices} from './consent/categories.js';
export {REQUEST_SCHEMA_VERSION, validateRequestPayload, type RequestPayload, type PayloadCheck} from './form/request-schema.js';
