/**
 * What rich text may keep, for both ways of sanitising it (src/sanitize.ts):
 * the browser's own `setHTML` with a `Sanitizer` (./native.ts) and, where
 * that is missing, DOMPurify (./purify.ts). One allow-list, one link rule.
 */

/** Tags a notice body may use. */
export const ALLOWED_TAGS = [
  'p',
  'br',
  'ul',
  'ol',
  'li',
  'a',
  'strong',
  'em',
  'b',
  'i',
  'table',
  'caption',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];
/** Attributes a notice body may use (on any allowed tag). */
export const ALLOWED_ATTR = ['href', 'title', 'colspan', 'rowspan', 'scope'];

/**
 * Other elements go, but their text stays (`<u>read</u>` keeps "read"),
 * except these, whose content goes with them: scripts, styles, templates,
 * frames, embedded objects, SVG and MathML, and what is never text. The list
 * is DOMPurify's own (its FORBID_CONTENTS) plus `object`, whose fallback
 * content the browser's sanitiser drops too.
 */
export const DROP_WITH_CONTENT = [
  'annotation-xml',
  'audio',
  'colgroup',
  'desc',
  'foreignobject',
  'head',
  'iframe',
  'math',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'noembed',
  'noframes',
  'noscript',
  'object',
  'plaintext',
  'script',
  'selectedcontent',
  'style',
  'svg',
  'template',
  'title',
  'video',
  'xmp',
];

export const SAFE_URL = /^(?:https?|mailto|tel):/i;

/** Whether a URL may become a link: http(s), mailto or tel, nothing else. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore these characters inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  return SAFE_URL.test(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));
}

/**
 * Our link rule, applied to every element left after sanitising: an `href`
 * only to http(s), mailto or tel, and every link `rel="noopener noreferrer"`
 * (no `target` survives the allow-list).
 */
export function finishLink(node: Element): void {
  const href = node.getAttribute('href');
  if (href !== null && !isSafeUrl(href)) node.removeAttribute('href');
  if (node.localName === 'a') node.setAttribute('rel', 'noopener noreferrer');
}
