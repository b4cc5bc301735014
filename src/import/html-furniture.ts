/**
 * Which part of a page is the notice: page furniture (navigation, header,
 * footer, forms, hidden parts, cookie banners…) told apart from the main
 * content (<main>, role="main", the largest <article>, a "content" container,
 * else <body>).
 */
import {elements, textOf, type Element} from './html-tree.js';

const FURNITURE_TAGS: Record<string, string> = {
  nav: 'navigation',
  header: 'the page header',
  footer: 'the page footer',
  aside: 'a sidebar',
  form: 'a form',
  button: 'a button',
  select: 'a form field',
  dialog: 'a dialog',
  noscript: 'a no-script message',
};
const FURNITURE_NAMES =
  /(^|[\s_-])(nav|navbar|navigation|menu|breadcrumbs?|sidebar|footer|site-header|header|masthead|cookie-?banner|cookie-?bar|cookie-?notice|cookie-?popup|cookie-?consent|consent-?banner|banner|share|sharing|social|skip-link|skip|login|search|modal|popup|newsletter|related|comments?)([\s_-]|$)/i;
const CONTENT_NAMES = /(^|[\s_-])(content|main|entry-content|post-content|page-content|article-body|site-content|primary|text)([\s_-]|$)/i;

export const furnitureReason = (el: Element): string => {
  if (FURNITURE_TAGS[el.tag]) return FURNITURE_TAGS[el.tag];
  if ('hidden' in el.attrs || el.attrs['aria-hidden'] === 'true' || /display\s*:\s*none/i.test(el.attrs.style ?? ''))
    return 'hidden on the page';
  const role = el.attrs.role ?? '';
  if (/^(navigation|banner|contentinfo|search|complementary|dialog|alertdialog)$/.test(role)) return `${role} on the page`;
  const names = `${el.attrs.id ?? ''} ${el.attrs.class ?? ''}`;
  if (FURNITURE_NAMES.test(names) && !CONTENT_NAMES.test(names)) return `page furniture (${FURNITURE_NAMES.exec(names)![2]})`;
  return '';
};

/** The element holding the notice. */
export function mainContent(root: Element): Element {
  const all = [...elements(root)];
  const size = new Map<Element, number>();
  const sizeOf = (el: Element) => {
    if (!size.has(el)) size.set(el, textOf(el).length);
    return size.get(el)!;
  };
  const largest = (list: Element[]) => list.reduce<Element | undefined>((a, b) => (!a || sizeOf(b) > sizeOf(a) ? b : a), undefined);
  const main = all.filter((el) => el.tag === 'main' || el.attrs.role === 'main');
  if (main.length) return largest(main)!;
  const articles = all.filter((el) => el.tag === 'article');
  const body = all.find((el) => el.tag === 'body') ?? root;
  if (articles.length) {
    const best = largest(articles)!;
    if (sizeOf(best) >= sizeOf(body) * 0.3) return best;
  }
  const named = all.filter(
    (el) =>
      (el.tag === 'div' || el.tag === 'section') &&
      CONTENT_NAMES.test(`${el.attrs.id ?? ''} ${el.attrs.class ?? ''}`) &&
      !furnitureReason(el)
  );
  const best = largest(named);
  if (best && sizeOf(best) >= sizeOf(body) * 0.4) return best;
  return body;
}
