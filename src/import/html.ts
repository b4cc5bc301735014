/**
 * HTML, a saved page or a CMS export, read with a small tolerant tokenizer
 * (no DOM: this runs in Node and the browser alike). The main content is
 * found (<main>, role="main", the largest <article>, a "content" container,
 * else <body>); navigation, header, footer, forms, scripts and the like are
 * dropped and listed. Headings, paragraphs, lists, links, tables and
 * emphasis are kept as the format's HTML subset.
 *
 * Why not a parser package: parse5 (the spec parser) is ~60 kB minified and
 * built for fidelity we do not need; the importer wants text and a dozen
 * elements, from broken markup too, with bounded depth and time. This one is
 * a linear scan with an explicit stack.
 */
import {
  decodeEntities,
  escapeHtml,
  htmlToText,
  squash,
  type Block,
  type Dropped,
  type ListBlock,
  type ParsedInput,
  type SourceLine,
} from './blocks.js';
import {PSEUDO_HEADING_LEVEL} from './markdown.js';

interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  line: number;
  parent?: Element;
}
type Node = Element | {text: string; line: number};

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template', 'svg', 'math', 'iframe', 'object']);
/** Elements a new block closes when still open (as in `<p>a<p>b`). */
const CLOSED_BY_BLOCK = new Set(['p']);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'div',
  'dl',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);
const CONTAINERS = new Set([
  'div',
  'section',
  'article',
  'main',
  'span',
  'font',
  'center',
  'blockquote',
  'aside',
  'header',
  'footer',
  'nav',
  'form',
  'ul',
  'ol',
  'li',
  'table',
  'tbody',
  'tr',
  'td',
  'dl',
  'dd',
]);
/** Deeper nesting than this is flattened: hostile pages cannot blow the stack. */
const MAX_DEPTH = 200;

/** Tokenises and builds a tree; never throws, whatever the markup. */
function parseTree(html: string): Element {
  const root: Element = {tag: '#root', attrs: {}, children: [], line: 1};
  const stack: Element[] = [root];
  let line = 1;
  let nextNewline = html.indexOf('\n');
  const lineAt = (index: number) => {
    while (nextNewline !== -1 && nextNewline < index) {
      line++;
      nextNewline = html.indexOf('\n', nextNewline + 1);
    }
    return line;
  };
  const top = () => stack[stack.length - 1];
  const close = (tag: string) => {
    for (let k = stack.length - 1; k > 0; k--)
      if (stack[k].tag === tag) {
        stack.length = k;
        return;
      }
  };
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) top().children.push({text: html.slice(i, textEnd), line: lineAt(i)});
    if (lt === -1) break;
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      const end = html.indexOf('>', i);
      i = end === -1 ? n : end + 1;
      continue;
    }
    const tagMatch = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]{0,40})/.exec(html.slice(i, i + 45));
    if (!tagMatch) {
      top().children.push({text: '<', line: lineAt(i)});
      i++;
      continue;
    }
    // The tag's end: the first ">" outside quotes.
    let k = i + tagMatch[0].length;
    let quote = '';
    for (; k < n; k++) {
      const c = html[k];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
      if (k - i > 20_000) break;
    }
    const tagText = html.slice(i, k + 1);
    const at = lineAt(i);
    i = k + 1;
    const tag = tagMatch[2].toLowerCase();
    if (tagMatch[1]) {
      close(tag);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const m of tagText.slice(tagMatch[0].length).matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g))
      attrs[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
    if (BLOCK.has(tag) && CLOSED_BY_BLOCK.has(top().tag)) stack.pop();
    if (tag === 'li') closeUpTo(stack, 'li', ['ul', 'ol']);
    if (tag === 'dt' || tag === 'dd') {
      closeUpTo(stack, tag === 'dt' ? 'dd' : 'dt', ['dl']);
      closeUpTo(stack, tag, ['dl']);
    }
    if (tag === 'tr') closeUpTo(stack, 'tr', ['table', 'tbody', 'thead', 'tfoot']);
    if (tag === 'td' || tag === 'th') {
      closeUpTo(stack, 'td', ['tr']);
      closeUpTo(stack, 'th', ['tr']);
    }
    const element: Element = {tag, attrs, children: [], line: at, parent: top()};
    top().children.push(element);
    if (RAW.has(tag)) {
      const closing = new RegExp(`</${tag}`, 'gi');
      closing.lastIndex = i;
      const end = closing.exec(html)?.index ?? -1;
      const body = html.slice(i, end === -1 ? n : end);
      if (tag === 'title' || tag === 'noscript') element.children.push({text: body, line: at});
      i = end === -1 ? n : html.indexOf('>', end) + 1 || n;
      continue;
    }
    if (VOID.has(tag) || tagText.endsWith('/>')) continue;
    // Containers deeper than MAX_DEPTH are flattened; a heading or paragraph there still holds its text.
    if (stack.length < MAX_DEPTH || (stack.length < MAX_DEPTH + 50 && !CONTAINERS.has(tag))) stack.push(element);
  }
  return root;
}

function closeUpTo(stack: Element[], tag: string, stops: string[]) {
  for (let k = stack.length - 1; k > 0; k--) {
    if (stops.includes(stack[k].tag)) return;
    if (stack[k].tag === tag) {
      stack.length = k;
      return;
    }
  }
}

const isElement = (node: Node): node is Element => 'tag' in node;

/** All text in an element, white space collapsed. */
export function textOf(node: Node, budget = {left: 2_000_000}): string {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (budget.left <= 0) return;
    if (!isElement(n)) {
      out.push(n.text);
      budget.left -= n.text.length;
      return;
    }
    if (n.tag === 'script' || n.tag === 'style' || n.tag === 'template') return;
    if (n.tag === 'br' || BLOCK.has(n.tag) || n.tag === 'li' || n.tag === 'td') out.push(' ');
    for (const child of n.children) walk(child);
  };
  // Iterative for depth: the tree is at most MAX_DEPTH deep, so recursion is bounded.
  walk(node);
  return squash(decodeEntities(out.join('')));
}

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

const furnitureReason = (el: Element): string => {
  if (FURNITURE_TAGS[el.tag]) return FURNITURE_TAGS[el.tag];
  if ('hidden' in el.attrs || el.attrs['aria-hidden'] === 'true' || /display\s*:\s*none/i.test(el.attrs.style ?? ''))
    return 'hidden on the page';
  const role = el.attrs.role ?? '';
  if (/^(navigation|banner|contentinfo|search|complementary|dialog|alertdialog)$/.test(role)) return `${role} on the page`;
  const names = `${el.attrs.id ?? ''} ${el.attrs.class ?? ''}`;
  if (FURNITURE_NAMES.test(names) && !CONTENT_NAMES.test(names)) return `page furniture (${FURNITURE_NAMES.exec(names)![2]})`;
  return '';
};

function* elements(root: Element): Generator<Element> {
  const todo: Element[] = [root];
  while (todo.length) {
    const el = todo.pop()!;
    yield el;
    for (let k = el.children.length - 1; k >= 0; k--) {
      const child = el.children[k];
      if (isElement(child)) todo.push(child);
    }
  }
}

/** The element holding the notice. */
function mainContent(root: Element): Element {
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

const NUMBER = /^(\d{1,3}(?:\.\d{1,3}){0,3})[.)]?\s+(\S.*)$/;

export function parseHtml(html: string): ParsedInput {
  const root = parseTree(html);
  const dropped: Dropped[] = [];
  const main = mainContent(root);
  const body = [...elements(root)].find((el) => el.tag === 'body') ?? root;

  // Text outside the main content is furniture: listed, not kept.
  const note = (el: Element, reason: string) => {
    const text = textOf(el);
    if (text && dropped.length < 500) dropped.push({line: el.line, text: text.length > 200 ? text.slice(0, 199) + '…' : text, reason});
  };
  if (main !== body) {
    const walkOutside = (el: Element) => {
      for (const child of el.children) {
        if (!isElement(child)) {
          const text = squash(decodeEntities(child.text));
          if (text && dropped.length < 500) dropped.push({line: child.line, text: text.slice(0, 200), reason: 'outside the main content'});
          continue;
        }
        if (child === main) continue;
        if (containsNode(child, main)) walkOutside(child);
        else if (!['script', 'style', 'template', 'head'].includes(child.tag))
          note(child, furnitureReason(child) || 'outside the main content');
      }
    };
    walkOutside(body);
  }

  const blocks: Block[] = [];
  let pending: {html: string[]; line: number} | undefined;
  const flushInline = () => {
    if (!pending) return;
    const htmlText = pending.html.join('').replace(/^(\s|<br>)+|(\s|<br>)+$/g, '');
    const text = htmlToText(htmlText);
    if (text.trim()) paragraph(htmlText, pending.line);
    pending = undefined;
  };
  const paragraph = (inlineHtml: string, line: number) => {
    const clean = inlineHtml
      .replace(/\s+/g, ' ')
      .replace(/\s*<br>\s*/g, '<br>')
      .trim();
    const text = htmlToText(clean);
    if (!text.trim()) return;
    const bold = /^<strong>([^<]{1,100})<\/strong>:?$/.exec(clean);
    if (bold) {
      const label = decodeEntities(bold[1]).replace(/:$/, '').trim();
      const m = NUMBER.exec(label);
      blocks.push({
        type: 'heading',
        level: PSEUDO_HEADING_LEVEL,
        text: m ? m[2] : label,
        ...(m ? {number: m[1]} : {}),
        line,
        explicit: false,
      });
      return;
    }
    blocks.push({
      type: 'paragraph',
      html: clean,
      lines: text
        .split('\n')
        .map((t) => ({text: t.trim(), line}))
        .filter((l) => l.text),
    });
  };

  const walk = (el: Element) => {
    for (const child of el.children) {
      if (!isElement(child)) {
        const text = child.text;
        if (text.trim()) (pending ??= {html: [], line: child.line}).html.push(escapeHtml(decodeEntities(text)));
        else if (pending) pending.html.push(' ');
        continue;
      }
      const reason = furnitureReason(child);
      if (reason && child.tag !== 'header') {
        flushInline();
        note(child, reason);
        continue;
      }
      if (child.tag === 'header') {
        // An article's own header holds its title: keep its headings, drop the rest.
        flushInline();
        const headingsInside = [...elements(child)].filter((e) => /^h[1-6]$/.test(e.tag));
        if (headingsInside.length && main !== body) headingsInside.forEach((h) => heading(h));
        else note(child, 'the page header');
        continue;
      }
      if (/^h[1-6]$/.test(child.tag)) {
        flushInline();
        heading(child);
      } else if (child.tag === 'p' || child.tag === 'pre' || child.tag === 'address') {
        flushInline();
        paragraph(inline(child, child.tag === 'pre'), child.line);
      } else if (child.tag === 'ul' || child.tag === 'ol') {
        flushInline();
        const list = listBlock(child);
        if (list.items.length) blocks.push(list);
      } else if (child.tag === 'table') {
        flushInline();
        table(child);
      } else if (child.tag === 'dl') {
        flushInline();
        for (const item of child.children)
          if (isElement(item) && (item.tag === 'dt' || item.tag === 'dd'))
            paragraph(item.tag === 'dt' ? `<strong>${inline(item)}</strong>` : inline(item), item.line);
      } else if (child.tag === 'br') {
        if (pending) pending.html.push('<br>');
      } else if (
        BLOCK.has(child.tag) ||
        ['li', 'dd', 'dt', 'tbody', 'center', 'details', 'summary', 'figcaption', 'body', 'html'].includes(child.tag)
      ) {
        flushInline();
        walk(child);
        flushInline();
      } else if (child.tag === 'head' || child.tag === 'script' || child.tag === 'style' || child.tag === 'title') {
        continue;
      } else {
        const html = inline(child);
        if (html.trim()) (pending ??= {html: [], line: child.line}).html.push(html);
      }
    }
  };
  const heading = (h: Element) => {
    const text = textOf(h);
    if (!text) return;
    const m = NUMBER.exec(text);
    blocks.push({
      type: 'heading',
      level: Number(h.tag[1]),
      text: m ? m[2] : text,
      ...(m ? {number: m[1]} : {}),
      line: h.line,
      explicit: true,
    });
  };
  const listBlock = (el: Element): ListBlock => {
    const list: ListBlock = {type: 'list', ordered: el.tag === 'ol', items: []};
    for (const li of el.children) {
      if (!isElement(li)) continue;
      if (li.tag === 'ul' || li.tag === 'ol') {
        const last = list.items[list.items.length - 1];
        if (last) last.children.push(listBlock(li));
        continue;
      }
      if (li.tag !== 'li') continue;
      const nested = li.children.filter((c): c is Element => isElement(c) && (c.tag === 'ul' || c.tag === 'ol'));
      const html = inline({...li, children: li.children.filter((c) => !nested.includes(c as Element))})
        .replace(/\s+/g, ' ')
        .trim();
      const text = htmlToText(html);
      list.items.push({
        html,
        lines: text
          .split('\n')
          .map((t) => ({text: t.trim(), line: li.line}))
          .filter((l) => l.text),
        children: nested.map(listBlock),
      });
    }
    return list;
  };
  const table = (el: Element) => {
    const rows: {cells: string[]; header: boolean}[] = [];
    const lines: SourceLine[] = [];
    for (const tr of elements(el)) {
      if (tr.tag !== 'tr') continue;
      const cells = tr.children.filter((c): c is Element => isElement(c) && (c.tag === 'td' || c.tag === 'th'));
      if (!cells.length) continue;
      const html = cells.map((c) => inline(c).replace(/\s+/g, ' ').trim());
      rows.push({cells: html, header: cells.every((c) => c.tag === 'th')});
      lines.push({text: html.map(htmlToText).join(' | '), line: tr.line});
    }
    if (rows.length) blocks.push({type: 'table', rows, lines});
  };

  walk(main);
  flushInline();

  let title: SourceLine | undefined;
  if (!blocks.some((b) => b.type === 'heading' && b.level === 1)) {
    const titleEl = [...elements(root)].find((e) => e.tag === 'title');
    const text = titleEl ? textOf(titleEl).split(/\s+[|–—-]\s+/)[0] : '';
    if (text && blocks.some((b) => b.type === 'heading')) title = {text, line: titleEl!.line};
  }
  return {blocks, dropped, title};
}

function containsNode(el: Element, target: Element): boolean {
  for (let p: Element | undefined = target; p; p = p.parent) if (p === el) return true;
  return false;
}

/** An element's content as the format's inline HTML: a, strong, em, br. */
function inline(el: Element, pre = false): string {
  const out: string[] = [];
  const walk = (node: Node, depth: number) => {
    if (!isElement(node)) {
      const text = escapeHtml(decodeEntities(node.text));
      out.push(pre ? text.replace(/\n/g, '<br>') : text);
      return;
    }
    if (furnitureReason(node) && node.tag !== 'header') return;
    const kids = () => node.children.forEach((c) => walk(c, depth + 1));
    switch (node.tag) {
      case 'br':
        out.push('<br>');
        return;
      case 'script':
      case 'style':
      case 'template':
      case 'img':
        return;
      case 'a': {
        const href = node.attrs.href ?? '';
        if (/^(https?:|mailto:)/i.test(href)) {
          out.push(`<a href="${escapeHtml(href)}">`);
          kids();
          out.push('</a>');
        } else kids();
        return;
      }
      case 'strong':
      case 'b':
        out.push('<strong>');
        kids();
        out.push('</strong>');
        return;
      case 'em':
      case 'i':
        out.push('<em>');
        kids();
        out.push('</em>');
        return;
      case 'p':
      case 'div':
      case 'li':
      case 'ul':
      case 'ol':
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        if (out.length) out.push('<br>');
        kids();
        return;
      default:
        kids();
    }
  };
  el.children.forEach((c) => walk(c, 0));
  return out
    .join('')
    .replace(/<(strong|em)>(\s*)<\/\1>/g, '$2')
    .replace(/(<br>\s*){2,}/g, '<br>');
}
