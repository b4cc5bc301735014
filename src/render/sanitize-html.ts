/**
 * Rich text → safe HTML, as a string, with no DOM: the static renderer's
 * sanitiser (in the browser the element uses DOMPurify, src/sanitize.ts, with
 * the same allow-list from src/sanitize/rules.ts).
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
 *
 * Tags, comments and raw text are read by ./html-tokens.ts; attributes are
 * kept or dropped by ./allowed-attributes.ts.
 */
import {ALLOWED_TAGS, DROP_WITH_CONTENT as DROPPED} from '../sanitize/rules.js';
import {writeAttributes} from './allowed-attributes.js';
import {escapeKeepingReferences} from './escape.js';
import {commentEnd, endOfBogus, RAW_TEXT, rawTextEnd, readTag, skipElement, type Tag} from './html-tokens.js';

const ALLOWED = new Set(ALLOWED_TAGS);
const VOID = new Set(['br']);

const DROP_WITH_CONTENT = new Set(DROPPED);
const TABLE_PARTS = new Set(['caption', 'thead', 'tbody', 'tr', 'th', 'td']);
/** The HTML parser's formatting elements among ours: reopened after an implied end. */
const FORMATTING = new Set(['a', 'b', 'i', 'strong', 'em']);
/** Elements whose start reopens them first (text does too). */
const INLINE = new Set([...FORMATTING, 'br']);
/** Where the parser stops carrying formatting over (its "markers"). */
const BOUNDARIES = new Set(['td', 'th', 'caption', 'table']);

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
