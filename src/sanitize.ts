/**
 * The only place that turns document strings into HTML. Everything else is
 * rendered through Lit's escaping.
 *
 * DOMPurify with an explicit allow-list: the small HTML subset the notice
 * format allows, no ids or names (they clobber globals and our own form), no
 * styles, nothing that loads from another host, links only to http(s),
 * mailto and tel, always with rel="noopener noreferrer".
 */
import DOMPurify, {type Config} from 'dompurify';
import {noChange, nothing} from 'lit';
import {Directive, directive} from 'lit/directive.js';
import {policy} from './trusted-types.js';

/** Tags a notice body may use. */
export const ALLOWED_TAGS = [
  'p', 'br', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'b', 'i',
  'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td',
];
/** Attributes a notice body may use. */
export const ALLOWED_ATTR = ['href', 'title', 'colspan', 'rowspan', 'scope'];

const SAFE_URL = /^(?:https?|mailto|tel):/i;

/** Whether a URL may become a link: http(s), mailto or tel, nothing else. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore these characters inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  return SAFE_URL.test(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));
}

const config: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: SAFE_URL,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  KEEP_CONTENT: true,
  SANITIZE_DOM: true,
  RETURN_DOM_FRAGMENT: true,
  // Our own Trusted Types policy instead of DOMPurify's `dompurify` one.
  ...(policy && {TRUSTED_TYPES_POLICY: policy}),
};

let purifier: ReturnType<typeof DOMPurify> | undefined;

// Our own instance, so a host page's DOMPurify hooks never touch ours.
function getPurifier() {
  if (!purifier) {
    purifier = DOMPurify(); // a new instance bound to this window
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName !== 'A') return;
      const href = node.getAttribute('href');
      if (href !== null && !isSafeUrl(href)) node.removeAttribute('href');
      node.setAttribute('rel', 'noopener noreferrer');
    });
    // Parsed once: re-reading the config on every call doubles the cost of
    // a 1,000-section notice.
    purifier.setConfig(config);
  }
  return purifier;
}

/** Sanitises rich text into a fresh fragment. */
export function sanitizeToFragment(html: string): DocumentFragment {
  return getPurifier().sanitize(html) as unknown as DocumentFragment;
}

/** Sanitised rich text as an HTML string (for tests and non-DOM uses). */
export function sanitizeToString(html: string): string {
  const box = document.createElement('div');
  box.append(sanitizeToFragment(html));
  return box.innerHTML;
}

class RichTextDirective extends Directive {
  #last: string | undefined;

  render(html: string | undefined) {
    if (html === this.#last) return noChange;
    this.#last = html;
    return html ? sanitizeToFragment(html) : nothing;
  }
}

/**
 * Renders rich text from a notice document, sanitised. Only re-parses when the
 * string changes, so re-renders are cheap.
 */
export const richText = directive(RichTextDirective);
