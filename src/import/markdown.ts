/**
 * Markdown as notices are written in it: ATX and setext headings, numbers
 * escaped as "1\.", nested lists, pipe tables, bold lines standing in for
 * headings (`**Oikeusperuste:**`), admonitions (`> [!NOTE]`, `!!! note`,
 * `:::note`), front matter. Inline HTML is kept as text, never as markup.
 */
import {escapeHtml, htmlToText, type Block, type Dropped, type ListBlock, type ParsedInput, type SourceLine} from './blocks.js';

/** Level given to a bold line standing in for a heading: below any real heading. */
export const PSEUDO_HEADING_LEVEL = 7;

const ATX = /^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const SETEXT = /^ {0,3}(=+|-+)\s*$/;
const RULE = /^ {0,3}([-*_])(\s*\1){2,}\s*$/;
const LIST = /^(\s*)([-*+•]|\d{1,3}[.)])\s+(.*)$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const FENCE = /^\s*(```|~~~)/;
const ADMONITION = /^\s*(?:>\s*)?\[!(\w+)\]\s*(.*)$|^\s*(?:!!!|\?\?\?\+?)\s*(\w+)(?:\s+"([^"]*)")?\s*$|^\s*:::\s*(\w+)\s*(.*)$/;
const ESCAPABLE = /\\([\\`*_{}[\]()#+\-.!|>~<])/g;

/** Inline Markdown → the format's inline HTML. */
function inlineMarkdown(source: string): string {
  // A line this long is not hand-written Markdown: its text is kept, its markers are not read.
  if (source.length > 20_000) return escapeHtml(source);
  const kept: string[] = [];
  const keep = (html: string) => `\u{F0000}${kept.push(html) - 1}\u{F0001}`;
  let text = source
    .replace(ESCAPABLE, (_, c: string) => keep(escapeHtml(c)))
    .replace(/`([^`]{1,500})`/g, (_, code: string) => keep(escapeHtml(code)))
    .replace(/!\[([^\]]{0,500})\]\([^)\s]{0,2000}(?:\s+"[^"]*")?\)/g, (_, alt: string) => keep(escapeHtml(alt)))
    .replace(
      /\[([^\]]{1,500})\]\(\s*<?((?:https?:\/\/|mailto:)[^)\s>]{1,2000})>?(?:\s+"[^"]*")?\s*\)/gi,
      (_, label: string, href: string) => keep(`<a href="${escapeHtml(href)}">${inlineMarkdown(label)}</a>`)
    )
    .replace(/\[([^\]]{1,500})\]\([^)]{0,2000}\)/g, (_, label: string) => keep(inlineMarkdown(label)))
    .replace(/<((?:https?:\/\/|mailto:)[^\s>]{1,2000})>/gi, (_, href: string) =>
      keep(`<a href="${escapeHtml(href)}">${escapeHtml(href.replace(/^mailto:/i, ''))}</a>`)
    )
    .replace(/<br\s*\/?>/gi, () => keep('<br>'));
  text = escapeHtml(text)
    .replace(/(\*\*|__)(?=\S)([^*_]{0,300}?\S)\1/g, '<strong>$2</strong>')
    .replace(/(^|[^\p{L}\d*_])([*_])(?=\S)([^*_]{0,300}?\S)\2(?![\p{L}\d])/gu, '$1<em>$3</em>');
  return text.replace(/\u{F0000}(\d+)\u{F0001}/gu, (_, i: string) => kept[Number(i)]);
}

const splitRow = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => inlineMarkdown(cell.trim()));

const NUMBER = /^(\d{1,3}(?:\.\d{1,3}){0,3})[.)]?\s+(\S.*)$/;

export function parseMarkdown(input: string): ParsedInput {
  const raw = input.split(/\r\n|\r|\n/);
  const dropped: Dropped[] = [];
  const blocks: Block[] = [];
  let title: SourceLine | undefined;
  let i = 0;

  // Front matter: its title is the notice's; the rest is metadata.
  if (/^---\s*$/.test(raw[0] ?? '')) {
    const end = raw.findIndex((line, k) => k > 0 && /^(---|\.\.\.)\s*$/.test(line));
    if (end > 0 && end < 200) {
      for (let k = 1; k < end; k++) {
        const m = /^title:\s*["']?(.*?)["']?\s*$/.exec(raw[k]);
        if (m && m[1]) title = {text: m[1], line: k + 1};
        else if (raw[k].trim()) dropped.push({line: k + 1, text: raw[k].trim(), reason: 'front matter (metadata, not notice text)'});
      }
      i = end + 1;
    }
  }

  const heading = (level: number, text: string, line: number, explicit = true) => {
    const unescaped = htmlToText(inlineMarkdown(text)).trim();
    const m = NUMBER.exec(unescaped);
    blocks.push({
      type: 'heading',
      level,
      text: m ? m[2] : unescaped,
      ...(m ? {number: m[1]} : {}),
      line,
      explicit,
    });
  };

  let paragraph: {text: string; line: number}[] = [];
  const flush = () => {
    if (!paragraph.length) return;
    const html = paragraph
      .map((l, k) => {
        const hard = k < paragraph.length - 1 && (/ {2,}$/.test(l.text) || /\\$/.test(l.text));
        return inlineMarkdown(l.text.trim().replace(/\\$/, '')) + (hard ? '<br>' : k < paragraph.length - 1 ? ' ' : '');
      })
      .join('');
    const text = htmlToText(html).trim();
    // A bold line alone, short: a heading written as bold text.
    const bold = /^<strong>([^<]{1,100})<\/strong>:?$/.exec(html.trim());
    if (bold && paragraph.length === 1) heading(PSEUDO_HEADING_LEVEL, bold[1].replace(/:$/, '').trim(), paragraph[0].line, false);
    else if (text)
      blocks.push({
        type: 'paragraph',
        html,
        lines: text.split('\n').map((t, k) => ({text: t.trim(), line: paragraph[Math.min(k, paragraph.length - 1)].line})),
      });
    paragraph = [];
  };

  for (; i < raw.length; i++) {
    const line = raw[i].replace(/^\s*>\s?/, '');
    const no = i + 1;
    if (!line.trim()) {
      flush();
      continue;
    }
    if (FENCE.test(line)) {
      flush();
      const fence = FENCE.exec(line)![1];
      const body: {text: string; line: number}[] = [];
      for (i++; i < raw.length && !raw[i].trim().startsWith(fence); i++) if (raw[i].trim()) body.push({text: raw[i], line: i + 1});
      if (body.length)
        blocks.push({
          type: 'paragraph',
          html: body.map((l) => escapeHtml(l.text)).join('<br>'),
          lines: body.map((l) => ({text: l.text.trim(), line: l.line})),
        });
      continue;
    }
    const admonition = ADMONITION.exec(line);
    if (admonition) {
      flush();
      // The admonition's kind ("Note") and title are text its reader sees.
      const label = [admonition[1] || admonition[3] || admonition[5], admonition[2] || admonition[4] || admonition[6]]
        .filter(Boolean)
        .map((part, k) => (k === 0 ? part.charAt(0).toUpperCase() + part.slice(1).toLowerCase() : part))
        .join(': ');
      if (label && label.trim()) {
        const text = label.trim();
        blocks.push({
          type: 'paragraph',
          html: `<strong>${inlineMarkdown(text)}</strong>`,
          lines: [{text: htmlToText(inlineMarkdown(text)), line: no}],
        });
      }
      continue;
    }
    if (/^\s*:::\s*$/.test(line)) {
      flush();
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      flush();
      if (atx[2]) heading(atx[1].length, atx[2], no);
      continue;
    }
    if (paragraph.length === 1 && SETEXT.test(line) && !LIST.test(paragraph[0].text)) {
      const [only] = paragraph;
      paragraph = [];
      heading(line.trim()[0] === '=' ? 1 : 2, only.text.trim(), only.line);
      continue;
    }
    if (RULE.test(line)) {
      flush();
      continue;
    }
    if (line.includes('|') && i + 1 < raw.length && TABLE_RULE.test(raw[i + 1]) && raw[i + 1].includes('-')) {
      flush();
      const rows = [{cells: splitRow(line), header: true}];
      const lines: SourceLine[] = [{text: htmlToText(rows[0].cells.join(' | ')), line: no}];
      for (i += 2; i < raw.length && raw[i].includes('|') && raw[i].trim(); i++) {
        const cells = splitRow(raw[i]);
        rows.push({cells, header: false});
        lines.push({text: cells.map(htmlToText).join(' | '), line: i + 1});
      }
      i--;
      blocks.push({type: 'table', rows, lines});
      continue;
    }
    const item = LIST.exec(line);
    if (item && (paragraph.length === 0 || /^\s*$/.test(raw[i - 1] ?? '') || true)) {
      flush();
      const {block, end} = collectList(raw, i);
      blocks.push(block);
      i = end - 1;
      continue;
    }
    paragraph.push({text: line, line: no});
  }
  flush();
  return {blocks, dropped, title};
}

function collectList(raw: string[], start: number): {block: ListBlock; end: number} {
  const first = LIST.exec(raw[start])!;
  const root: ListBlock = {type: 'list', ordered: /\d/.test(first[2]), items: []};
  const stack: {indent: number; list: ListBlock}[] = [{indent: first[1].length, list: root}];
  let i = start;
  let blank = false;
  for (; i < raw.length; i++) {
    const line = raw[i].replace(/^\s*>\s?/, '');
    if (!line.trim()) {
      blank = true;
      continue;
    }
    const m = LIST.exec(line);
    const top = stack[stack.length - 1];
    if (!m) {
      // A continuation line: indented, or straight after the item.
      const indent = line.length - line.trimStart().length;
      const item = top.list.items[top.list.items.length - 1];
      if (item && (indent > stack[0].indent || !blank) && !ATX.test(line)) {
        const html = inlineMarkdown(line.trim());
        item.html += (blank ? '<br>' : ' ') + html;
        item.lines.push({text: htmlToText(html), line: i + 1});
        blank = false;
        continue;
      }
      break;
    }
    blank = false;
    const indent = m[1].replace(/\t/g, '    ').length;
    while (stack.length > 1 && indent < stack[stack.length - 1].indent) stack.pop();
    let current = stack[stack.length - 1];
    if (indent > current.indent + 1 && current.list.items.length) {
      const child: ListBlock = {type: 'list', ordered: /\d/.test(m[2]), items: []};
      current.list.items[current.list.items.length - 1].children.push(child);
      stack.push({indent, list: child});
      current = stack[stack.length - 1];
    }
    const html = inlineMarkdown(m[3]);
    current.list.items.push({html, lines: [{text: htmlToText(html), line: i + 1}], children: []});
  }
  return {block: root, end: i};
}
