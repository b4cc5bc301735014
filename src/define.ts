/**
 * Registers <privacy-notice>. Guarded, so a page that loads the script twice
 * (or two bundles of it) does not throw.
 */
import {PrivacyNoticeElement} from './privacy-notice.js';

export const tagName = 'privacy-notice';

if (!customElements.get(tagName)) {
  customElements.define(tagName, PrivacyNoticeElement);
}

export {PrivacyNoticeElement};

declare global {
  interface HTMLElementTagNameMap {
    'privacy-notice': PrivacyNoticeElement;
  }
}
