/**
 * HTML, a saved page or a CMS export, read with a small tolerant tokenizer
 * (no DOM: this runs in Node and the browser alike). The main content is
 * found (<main>, role="main", the largest <article>, a "content" container,
 * else <body>); navigation, header, footer, forms, scripts and the like are
 * dropped and listed. Headings, paragraphs, lists, links, tables and
 * emphasis are kept as the format's HTML subset.
 *
 * Tokenising and the tree are in ./html-tree.ts, telling content from
 * furniture in ./html-furniture.ts, inline markup in ./html-inline.ts; this
 * module turns the main content into blocks.
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
import {furnitureReason, mainContent} from './html-furniture.js';
import {inline} from './html-inline.js';
import {BLOCK, containsNode, elements, isElement, parseTree, textOf, type Element} from './html-tree.js';
import {PSEUDO_HEADING_LEVEL} from './markdown.js';

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
