/**
 * `definePrivacyNotice()`: registers <privacy-notice> when you call it, for
 * apps that import the side-effect-free class module (`privacy-notice`) and
 * want to choose when the tag is defined. Guarded like `privacy-notice/define`
 * (which calls it on import), so calling it twice, or after a script tag has
 * defined the tag, does nothing. Returns the class the tag is defined with.
 */
import {PrivacyNoticeElement} from './privacy-notice.js';

export function definePrivacyNotice(): CustomElementConstructor {
  const defined = customElements.get('privacy-notice');
  if (defined) return defined;
  customElements.define('privacy-notice', PrivacyNoticeElement);
  return PrivacyNoticeElement;
}
