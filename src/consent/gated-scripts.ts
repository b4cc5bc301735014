/**
 * Scripts the page holds back until the visitor consents:
 *
 * ```html
 * <script type="text/plain" data-privacy-category="analytics" src="https://…/gtag.js"></script>
 * ```
 *
 * Once every category the script names is granted, it is replaced by a real
 * script with the same attributes (and nonce), so it runs exactly once. Use
 * `data-type="module"` for a module script.
 */
import {COOKIE_CATEGORIES, type CookieCategory} from '../document/schema.js';

const GATED_SCRIPT_SELECTOR = 'script[type="text/plain"][data-privacy-category]';

/** The categories a gated script needs ("analytics marketing" → both). */
function scriptCategories(script: Element): string[] {
  return (script.getAttribute('data-privacy-category') ?? '').split(/[\s,]+/).filter(Boolean);
}

const isCategory = (value: string): value is CookieCategory => (COOKIE_CATEGORIES as readonly string[]).includes(value);

/**
 * Runs the gated scripts under `root` whose categories are all granted.
 * Returns the scripts now running. A script naming an unknown category never runs.
 */
export function activateGatedScripts(root: ParentNode, granted: (category: CookieCategory) => boolean): HTMLScriptElement[] {
  const activated: HTMLScriptElement[] = [];
  for (const held of Array.from(root.querySelectorAll<HTMLScriptElement>(GATED_SCRIPT_SELECTOR))) {
    const categories = scriptCategories(held);
    if (categories.length === 0) continue;
    if (!categories.every((c) => isCategory(c) && granted(c))) continue;
    // A clone, not a new element: it keeps src, text and nonce without
    // assigning them again, so a page that enforces Trusted Types
    // (require-trusted-types-for 'script') needs no policy for it.
    const script = held.cloneNode(true) as HTMLScriptElement;
    script.removeAttribute('type');
    script.removeAttribute('data-type');
    const type = held.getAttribute('data-type');
    if (type) script.type = type;
    // Dynamically added external scripts are async unless told otherwise.
    script.async = held.hasAttribute('async');
    script.setAttribute('data-privacy-activated', '');
    held.replaceWith(script);
    activated.push(script);
  }
  return activated;
}
