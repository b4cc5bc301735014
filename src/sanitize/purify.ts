/**
 * The fallback sanitiser, for browsers without `Element.setHTML`: DOMPurify
 * with our allow-list (./rules.ts). src/sanitize.ts imports this module
 * dynamically, so DOMPurify is a chunk of its own that only those browsers
 * download.
 */
import DOMPurify from 'dompurify';
import {policy} from '../trusted-types.js';
import {ALLOWED_ATTR, ALLOWED_TAGS, DROP_WITH_CONTENT, SAFE_URL, finishLink} from './rules.js';

// Our own instance, so a host page's DOMPurify hooks never touch ours.
const purifier = DOMPurify(); // a new instance bound to this window
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeType === Node.ELEMENT_NODE) finishLink(node);
});
// Parsed once: re-reading the config on every call doubles the cost of a
// 1,000-section notice.
purifier.setConfig({
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: SAFE_URL,
  // DOMPurify holds every attribute it does not know as safe to the URL
  // rule, which would drop colspan="2" (no scheme); these are never URLs.
  ADD_URI_SAFE_ATTR: ['colspan', 'rowspan', 'scope'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  KEEP_CONTENT: true,
  FORBID_CONTENTS: DROP_WITH_CONTENT,
  SANITIZE_DOM: true,
  RETURN_DOM_FRAGMENT: true,
  // Our own Trusted Types policy instead of DOMPurify's `dompurify` one.
  ...(policy && {TRUSTED_TYPES_POLICY: policy}),
});

/** Sanitises rich text into a fresh fragment of this document. */
export const sanitize = (html: string): DocumentFragment => purifier.sanitize(html) as unknown as DocumentFragment;
