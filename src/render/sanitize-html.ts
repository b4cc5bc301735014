/**
 * Rich text → safe HTML, as a string, with no DOM: the static renderer's
 * sanitiser (in the browser the element uses DOMPurify, src/sanitize.ts, with
 * the same allow-list from src/sanitize-rules.ts).
 *
 * Not a filter over the input but a re-serialiser: the input is split into
 * text and tags, and the output is written afresh from what is allowed — the
 * tags of `ALLOWED_TAGS` with the attributes of `ALLOWED_ATTR`, every value
 * double-quoted and escaped, every text escaped, every element closed. So
 * what the output means does not depend on how a browser would have read
 * the input: whatever this module misreads becomes text or disappears.
 *
 * - Elements of `DROP_WITH_CONTENT` (script, style, template, iframe, svg,
 *   math, …) are dropped with their content; other elements are dropped and
 *   their text kept, as the element's sanitiser does.
 * - Comments, CDATA, doctypes and processing instructions are dropped.
 * - `href` only when `isSafeUrl` (http, https, mailto, tel) after character
 *   references are decoded; every link gets rel="noopener noreferrer".
 * - `colspan`/`rowspan` only as small numbers, `scope` only as its keywords.
 */
import {ALLOWED_ATTR, ALLOWED_TAGS, DROP_WITH_CONTENT as DROPPED, isSafeUrl} from '../sanitize/rules.js';
import {escapeHtml, escapeKeepingReferences} from './escape.js';

const ALLOWED = new Set(ALLOWED_TAGS);
const ATTRIBUTES = new Set(ALLOWED_ATTR);
const VOID = new Set(['br']);

const DROP_WITH_CONTENT = new Set(DROPPED);
/**
 * Elements whose content the HTML parser reads as raw text up to their end
 * tag: dropped with it, except a textarea's, which is text.
 */
const RAW_TEXT = new Set(['script', 'style', 'iframe', 'noscript', 'noembed', 'noframes', 'xmp', 'textarea', 'title']);
const TABLE_PARTS = new Set(['caption', 'thead', 'tbody', 'tr', 'th', 'td']);
const SCOPES = new Set(['row', 'col', 'rowgroup', 'colgroup']);
/** The HTML parser's formatting elements among ours: reopened after an implied end. */
const FORMATTING = new Set(['a', 'b', 'i', 'strong', 'em']);
/** Elements whose start reopens them first (text does too). */
const INLINE = new Set([...FORMATTING, 'br']);
/** Where the parser stops carrying formatting over (its "markers"). */
const BOUNDARIES = new Set(['td', 'th', 'caption', 'table']);

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  bsol: '\\',
  lpar: '(',
  rpar: ')',
  period: '.',
  comma: ',',
  semi: ';',
  num: '#',
  percnt: '%',
  quest: '?',
  equals: '=',
  commat: '@',
  excl: '!',
  plus: '+',
  lowbar: '_',
  hyphen: '-',
  dash: '\u2010',
  shy: '\u00ad',
};

/** Decodes character references the way an attribute value would (for checking a URL). */
function decodeReferences(value: string): string {
  return value.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z][a-z\d]{1,31}));?/gi, (all, dec?: string, hex?: string, name?: string) => {
    if (name) {
      const found = NAMED[name.toLowerCase()];
      return found !== undefined && all.endsWith(';') ? found : all;
    }
    const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

interface Tag {
  name: string;
  end: boolean;
  attributes: Array<[string, string]>;
}

/**
 * Reads a tag starting at `input[start] === '<'` (a letter or `/letter`
 * follows). Returns the tag and the index after it, or undefined when the
 * input ends inside it (a browser drops such a tag).
 */
function readTag(input: string, start: number): {tag: Tag; next: number} | undefined {
  let i = start + 1;
  const end = input[i] === '/';
  if (end) i++;
  const nameMatch = /^[^\s/>]*/.exec(input.slice(i, i + 256))!;
  let name = nameMatch[0];
  i += name.length;
  // A name longer than we look at is not one we allow: skip the rest of it.
  while (i < input.length && !/[\s/>]/.test(input[i])) {
    name += input[i];
    i++;
  }
  const attributes: Array<[string, string]> = [];
  for (;;) {
    while (i < input.length && /[\s/]/.test(input[i])) i++;
    if (i >= input.length) return undefined;
    if (input[i] === '>') return {tag: {name: name.toLowerCase(), end, attributes}, next: i + 1};
    // An attribute name: its first character may be "=".
    let attrName = input[i++];
    while (i < input.length && !/[\s/>=]/.test(input[i])) attrName += input[i++];
    while (i < input.length && /\s/.test(input[i])) i++;
    let value = '';
    if (input[i] === '=') {
      i++;
      while (i < input.length && /\s/.test(input[i])) i++;
      const quote = input[i];
      if (quote === '"' || quote === "'") {
        const close = input.indexOf(quote, i + 1);
        if (close < 0) return undefined;
        value = input.slice(i + 1, close);
        i = close + 1;
      } else {
        const match = /^[^\s>]*/.exec(input.slice(i))!;
        value = match[0];
        i += value.length;
      }
    }
    attributes.push([attrName.toLowerCase(), value]);
  }
}

/** The index after a comment starting at `<!--`, as the HTML tokenizer ends it. */
function commentEnd(input: string, start: number): number {
  const body = start + 4;
  // "<!-->" and "<!--->" are complete (empty) comments.
  if (input.startsWith('>', body)) return body + 1;
  if (input.startsWith('->', body)) return body + 2;
  const match = /--!?>/.exec(input.slice(body));
  return match ? body + match.index + match[0].length : input.length;
}

/** The index after a raw-text element's content and end tag (`</name` then space, `/` or `>`). */
function rawTextEnd(input: string, from: number, name: string): number {
  const pattern = new RegExp(`</${name}(?=[\\s/>])`, 'ig');
  pattern.lastIndex = from;
  const match = pattern.exec(input);
  if (!match) return input.length;
  const close = input.indexOf('>', match.index);
  return close < 0 ? input.length : close + 1;
}

function writeAttributes(tag: Tag): string {
  let out = '';
  const seen = new Set<string>();
  for (const [name, raw] of tag.attributes) {
    if (!ATTRIBUTES.has(name) || seen.has(name)) continue;
    seen.add(name);
    if (name === 'href') {
      if (tag.name !== 'a') continue;
      const url = decodeReferences(raw).trim();
      if (isSafeUrl(url)) out += ` href="${escapeHtml(url)}"`;
    } else if (name === 'colspan' || name === 'rowspan') {
      if ((tag.name === 'td' || tag.name === 'th') && /^\s*\d{1,3}\s*$/.test(raw)) {
        out += ` ${name}="${Number(raw)}"`;
      }
    } else if (name === 'scope') {
      const scope = raw.trim().toLowerCase();
      if (tag.name === 'th' && SCOPES.has(scope)) out += ` scope="${scope}"`;
    } else {
      out += ` ${name}="${escapeKeepingReferences(raw)}"`;
    }
  }
  if (tag.name === 'a') out += ' rel="noopener noreferrer"';
  return out;
}

/** Rich text from a notice document as safe HTML. */
export function sanitizeHtml(input: string): string {
  let out = '';
  /** Open elements, each with the attributes it was written with. */
  const open: Array<{name: string; attributes: string}> = [];
  /**
   * Formatting elements closed only because something around them closed
   * (`<p><strong>a</p><p>b`): the HTML parser opens them again before the
   * next text or inline element, and so do we, so the reader sees what the
   * element shows.
   */
  let reopen: Array<{name: string; attributes: string}> = [];
  const names = () => open.map((entry) => entry.name);
  const isOpen = (name: string) => names().includes(name);
  const close = (name: string) => {
    const at = names().lastIndexOf(name);
    if (at < 0) return;
    const popped: typeof open = [];
    while (open.length > at) {
      const entry = open.pop()!;
      out += `</${entry.name}>`;
      if (open.length > at) popped.unshift(entry);
    }
    const carried = popped.filter((entry) => FORMATTING.has(entry.name));
    reopen = BOUNDARIES.has(name) ? [] : [...reopen.filter((entry) => entry.name !== name), ...carried];
  };
  const reconstruct = () => {
    if (inTable()) return;
    for (const entry of reopen) {
      out += `<${entry.name}${entry.attributes}>`;
      open.push(entry);
    }
    reopen = [];
  };
  /** Closes `name` if it is open below the nearest of `boundaries`. */
  const closeWithin = (name: string, boundaries: readonly string[]) => {
    for (let i = open.length - 1; i >= 0; i--) {
      if (open[i].name === name) return close(name);
      if (boundaries.includes(open[i].name)) return;
    }
  };
  const inTable = () => {
    const list = names();
    const table = list.lastIndexOf('table');
    return table >= 0 && !list.slice(table + 1).some((name) => name === 'td' || name === 'th' || name === 'caption');
  };

  const start = (tag: Tag) => {
    const {name} = tag;
    // Implied ends, as the HTML parser would make them.
    if (['p', 'ul', 'ol', 'table'].includes(name)) closeWithin('p', ['li', 'td', 'th', 'caption', 'table']);
    if (name === 'li') closeWithin('li', ['ul', 'ol']);
    if (name === 'a') {
      close('a');
      reopen = reopen.filter((entry) => entry.name !== 'a');
    }
    if (name === 'td' || name === 'th') {
      closeWithin('td', ['tr', 'table']);
      closeWithin('th', ['tr', 'table']);
    }
    if (name === 'tr') closeWithin('tr', ['table']);
    if (name === 'thead' || name === 'tbody') {
      closeWithin('thead', ['table']);
      closeWithin('tbody', ['table']);
    }
    // Table parts outside a table would be dropped by the parser: drop them too.
    if (TABLE_PARTS.has(name) && !isOpen('table')) return;
    if (!TABLE_PARTS.has(name) && inTable()) return;
    if (INLINE.has(name)) reconstruct();
    const attributes = writeAttributes(tag);
    out += `<${name}${attributes}>`;
    if (!VOID.has(name)) open.push({name, attributes});
    if (BOUNDARIES.has(name)) reopen = [];
  };

  let i = 0;
  let text = '';
  const flushText = () => {
    // Text directly inside a table (not in a cell) would be moved out by the
    // parser; white space there is layout only.
    if (text && !(inTable() && !text.trim())) {
      reconstruct();
      out += escapeKeepingReferences(text);
    }
    text = '';
  };
  while (i < input.length) {
    const lt = input.indexOf('<', i);
    if (lt < 0) {
      text += input.slice(i);
      break;
    }
    text += input.slice(i, lt);
    const next = input[lt + 1] ?? '';
    if (/[a-z]/i.test(next) || (next === '/' && /[a-z]/i.test(input[lt + 2] ?? ''))) {
      const read = readTag(input, lt);
      if (!read) break; // the input ends inside a tag
      i = read.next;
      const {tag} = read;
      flushText();
      if (tag.name === 'plaintext' && !tag.end) break; // the rest of the input is its text
      if (tag.name === 'textarea' && !tag.end) {
        const end = rawTextEnd(input, i, tag.name);
        text = input.slice(i, end).replace(/<\/textarea[^>]*>$/i, '');
        i = end;
        if (!inTable()) out += escapeKeepingReferences(text);
        text = '';
        continue;
      }
      if (DROP_WITH_CONTENT.has(tag.name) || RAW_TEXT.has(tag.name)) {
        if (tag.end) continue;
        i = RAW_TEXT.has(tag.name) ? rawTextEnd(input, i, tag.name) : skipElement(input, i, tag.name);
        continue;
      }
      if (!ALLOWED.has(tag.name)) continue;
      if (tag.end) {
        if (tag.name === 'br')
          start({...tag, end: false}); // "</br>" is read as "<br>"
        else if (tag.name === 'p' && !isOpen('p')) out += '<p></p>';
        else close(tag.name);
      } else start(tag);
    } else if (next === '!') {
      flushText();
      i = input.startsWith('<!--', lt) ? commentEnd(input, lt) : endOfBogus(input, lt);
    } else if (next === '?' || next === '/') {
      // A processing instruction, or "</" not followed by a letter: a bogus comment.
      flushText();
      i = next === '/' && input[lt + 2] === '>' ? lt + 3 : endOfBogus(input, lt);
    } else {
      text += '<';
      i = lt + 1;
    }
  }
  flushText();
  while (open.length) out += `</${open.pop()!.name}>`;
  return out;
}

function endOfBogus(input: string, from: number): number {
  const close = input.indexOf('>', from);
  return close < 0 ? input.length : close + 1;
}

/**
 * The index after an element that is dropped with its content and is parsed
 * as markup (svg, math, template…): its own start and end tags counted.
 */
function skipElement(input: string, from: number, name: string): number {
  let depth = 1;
  let i = from;
  while (i < input.length) {
    const lt = input.indexOf('<', i);
    if (lt < 0) return input.length;
    const next = input[lt + 1] ?? '';
    if (input.startsWith('<!--', lt)) {
      i = commentEnd(input, lt);
      continue;
    }
    if (/[a-z]/i.test(next) || (next === '/' && /[a-z]/i.test(input[lt + 2] ?? ''))) {
      const read = readTag(input, lt);
      if (!read) return input.length;
      i = read.next;
      if (read.tag.name === name) depth += read.tag.end ? -1 : 1;
      else if (!read.tag.end && RAW_TEXT.has(read.tag.name)) i = rawTextEnd(input, i, read.tag.name);
      if (depth === 0) return i;
      continue;
    }
    i = lt + 1;
  }
  return input.length;
}
