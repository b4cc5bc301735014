/**
 * Registers <privacy-notice>. Guarded, so a page that loads the script twice
 * (or two bundles of it) does not throw.
 */
import {PrivacyNoticeElement} from './privacy-notice.js';

if (!customElements.get('privacy-notice')) {
  customElements.define('privacy-notice', PrivacyNoticeElement);
}

export {PrivacyNoticeElement};

declare global {
  interface HTMLElementTagNameMap {
    'privacy-notice': PrivacyNoticeElement;
  }
}
