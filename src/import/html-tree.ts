/**
 * HTML as a tree, read with a small tolerant tokenizer (no DOM: this runs in
 * Node and the browser alike), and the walks over it the importer needs.
 *
 * Why not a parser package: parse5 (the spec parser) is ~60 kB minified and
 * built for fidelity we do not need; the importer wants text and a dozen
 * elements, from broken markup too, with bounded depth and time. This one is
 * a linear scan with an explicit stack.
 */
import {decodeEntities, squash} from './blocks.js';

export interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  line: number;
  parent?: Element;
}
export type Node = Element | {text: string; line: number};

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template', 'svg', 'math', 'iframe', 'object']);
/** Elements a new block closes when still open (as in `<p>a<p>b`). */
const CLOSED_BY_BLOCK = new Set(['p']);
export const BLOCK = new Set([
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
export function parseTree(html: string): Element {
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

export const isElement = (node: Node): node is Element => 'tag' in node;

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

export function* elements(root: Element): Generator<Element> {
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

export function containsNode(el: Element, target: Element): boolean {
  for (let p: Element | undefined = target; p; p = p.parent) if (p === el) return true;
  return false;
}
