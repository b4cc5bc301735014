/**
 * The importer's middle ground: every input kind (plain text, Markdown, HTML,
 * .docx through HTML) is read into the same flat list of blocks, each with
 * the source line it started on, so that sections, kinds and facts are found
 * the same way whatever the notice was written in.
 */

/** One line of text as a reader sees it, with where it came from. */
export interface SourceLine {
  text: string;
  /** 1-based line in the input. */
  line: number;
}

export interface HeadingBlock {
  type: 'heading';
  /** 1 for a section heading; deeper levels stay inside a section as bold lines. */
  level: number;
  text: string;
  /** "3", "2.1", "A": the number the heading was written with, without its dot. */
  number?: string;
  line: number;
  /** How it was recognised: written as a heading, or inferred from its shape. */
  explicit: boolean;
}

export interface ParagraphBlock {
  type: 'paragraph';
  /** Inline HTML of the format's subset (a, strong, em, br). */
  html: string;
  lines: SourceLine[];
}

export interface ListItem {
  html: string;
  lines: SourceLine[];
  children: ListBlock[];
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  items: ListItem[];
}

export interface TableBlock {
  type: 'table';
  /** Cells as inline HTML; `header` rows become `th`. */
  rows: {cells: string[]; header: boolean}[];
  lines: SourceLine[];
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock;

/** Text that was not kept because it is page furniture, not the notice. */
export interface Dropped {
  line: number;
  text: string;
  reason: string;
}

export interface ParsedInput {
  blocks: Block[];
  dropped: Dropped[];
  /** The notice's own title, when the input gives one apart from its sections. */
  title?: SourceLine;
}

const HTML_ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'};

export const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]);

/** Collapses runs of white space (also no-break spaces) into one space. */
export const squash = (text: string): string => text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

/** Every source line of a block, nested list items included. */
export function blockLines(block: Block): SourceLine[] {
  if (block.type === 'heading') return [{text: block.text, line: block.line}];
  if (block.type === 'list') return block.items.flatMap((item) => [...item.lines, ...item.children.flatMap(blockLines)]);
  return block.lines;
}

/** The first source line of a block. */
export const firstLine = (block: Block): number => (block.type === 'heading' ? block.line : (blockLines(block)[0]?.line ?? 0));

/** The format's HTML subset for a list of blocks (a section's body). */
export function blocksToHtml(blocks: Block[]): string {
  return blocks.map(blockToHtml).join('');
}

function blockToHtml(block: Block): string {
  switch (block.type) {
    case 'heading':
      // A heading below the section level: kept, as a bold line.
      return `<p><strong>${escapeHtml([block.number, block.text].filter(Boolean).join(block.number && /^[A-Za-z]$/.test(block.number) ? ') ' : '. '))}</strong></p>`;
    case 'paragraph':
      return `<p>${block.html}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${item.html}${item.children.map(blockToHtml).join('')}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return `<table>${block.rows
        .map((row) => `<tr>${row.cells.map((cell) => (row.header ? `<th>${cell}</th>` : `<td>${cell}</td>`)).join('')}</tr>`)
        .join('')}</table>`;
  }
}

const URL_OR_EMAIL = /<?(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'])>?|\b(mailto:)?([\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})\b/gi;

/** Plain text as inline HTML, with its web and email addresses as links. */
export function linkify(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(URL_OR_EMAIL)) {
    const at = match.index ?? 0;
    out += escapeHtml(text.slice(last, at));
    if (match[1]) out += `<a href="${escapeHtml(match[1])}">${escapeHtml(match[1])}</a>`;
    else out += `<a href="mailto:${escapeHtml(match[3])}">${escapeHtml(match[0])}</a>`;
    last = at + match[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

/** The text a reader sees in a piece of the format's HTML subset. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<(ul|ol|li|p|table|tr)\b[^>]*>/gi, '\n')
      .replace(/<\/(p|li|tr|h\d|table|ul|ol)>/gi, '\n')
      .replace(/<\/t[dh]>/gi, ' ')
      .replace(/<[^>]*>/g, '')
  );
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  middot: '·',
  sect: '§',
  copy: '©',
  reg: '®',
  euro: '€',
  shy: '\u00ad',
  auml: 'ä',
  Auml: 'Ä',
  ouml: 'ö',
  Ouml: 'Ö',
  aring: 'å',
  Aring: 'Å',
  uuml: 'ü',
  Uuml: 'Ü',
  eacute: 'é',
  Eacute: 'É',
  szlig: 'ß',
  zwnj: '',
  zwj: '',
};

/** Decodes character references; unknown names are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]{1,6}|#\d{1,7}|[a-z]{2,8});?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[ref] ?? whole;
  });
}

/** A slug (a-z, 0-9, -) of at most `max` characters, cut at a word. */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return (cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut).replace(/-+$/, '');
}
