/** Public exports: no side effects (import `privacy-notice/define` to register the tag). */
export {PrivacyNoticeElement} from './privacy-notice.js';
export * from './document/index.js';
