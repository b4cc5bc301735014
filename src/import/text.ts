/**
 * Plain text as copied from a web page or a PDF: hard-wrapped lines, a blank
 * line after every line (PDF copies), "•" and "-" bullets nested by
 * indentation, "1." / "1)" numbering, and page furniture around the notice.
 * Headings are inferred: a short line without final punctuation that starts
 * a paragraph and is followed by body text, or one worded like the headings
 * real notices use.
 */
import {linkify, type Block, type Dropped, type ListBlock, type ListItem, type ParsedInput, type SourceLine} from './blocks.js';
import {isPageChrome} from './chrome.js';
import {classifyHeading} from './kinds.js';

interface Line {
  /** 1-based line number of the first physical line. */
  no: number;
  text: string;
  indent: number;
  /** Blank lines before it. */
  gap: number;
  marker?: {kind: 'bullet' | 'number' | 'letter'; value: string};
}

const BULLET = /^([•●◦▪▫‣∙·\-–—*+➢►o])\s+(\S.*)$/u;
const NUMBERED = /^(\d{1,3}(?:\.\d{1,3}){0,3})[.)]\s+([\p{L}"'“(].*)$/u;
const LETTER = /^([A-Za-z])\)\s+(\S.*)$/;
const ENDS_SENTENCE = /[.!?]["'”’)]?$/;
const ENDS_PUNCT = /[.,;:!?]$/;

/** Lines longer than this are body text whatever they look like. */
const MAX_HEADING = 100;

/** True for a line shaped like a heading: short, capitalised, no final punctuation, no contact data. */
function headingShaped(text: string, max = MAX_HEADING): boolean {
  if (text.length > max || text.length < 2) return false;
  if (ENDS_PUNCT.test(text)) return false;
  if (!/^[\p{Lu}]/u.test(text)) return false;
  if (/@|https?:|www\./i.test(text)) return false;
  if ((text.match(/\d/g)?.length ?? 0) >= 4) return false;
  // "Rekisterin yhteyshenkilö: Tuomo Puumalainen" is a label and its value.
  if (/\S:\s+\S/.test(text)) return false;
  return text.split(/\s+/).length <= 12;
}

/** A heading worded like the headings real notices use ("Rekisterinpitäjä", "Your rights"). */
const isKnownHeading = (text: string) => headingShaped(text) && classifyHeading(text).confidence === 'high';

const hasContactData = (text: string) => /@|\b\d{5}\b|\b\d{3} \d{2}\b|(?:\+\d{2,3}|\b0\d{1,3})[\s-]?\d{2,4}[\s-]?\d{2,4}/.test(text);

/** "Tietosuojavastaava Heidi Eklund-Karvonen": a role and a name, not an all-capitals heading. */
const namesSomeone = (text: string) => text !== text.toUpperCase() && /\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s|$)/u.test(text);

export function parseText(input: string): ParsedInput {
  const dropped: Dropped[] = [];
  const physical = input.split(/\r\n|\r|\n/).map((raw, i) => {
    const clean = raw
      .replace(/\t/g, '    ')
      .replace(/[\u00a0\u2007\u202f]/g, ' ')
      .replace(/[\u200b\ufeff]/g, '')
      .trimEnd();
    return {no: i + 1, raw: clean};
  });
  const allText = input;

  // Page furniture and link residue go first, each listed in the report.
  const kept: {no: number; raw: string}[] = [];
  for (const line of physical) {
    const text = line.raw.trim();
    const chrome = text && isPageChrome(text);
    if (chrome) {
      dropped.push({line: line.no, text, reason: chrome});
      kept.push({no: line.no, raw: ''});
      continue;
    }
    const mailto = /^mailto:(\S+@\S+)$/i.exec(text);
    if (mailto && allText.split(mailto[1]).length > 2) {
      dropped.push({line: line.no, text, reason: 'a link target copied with the page; the address is in the text'});
      kept.push({no: line.no, raw: ''});
      continue;
    }
    kept.push(line);
  }

  // Physical lines with their markers and the blank lines before them.
  const lines: Line[] = [];
  let gap = 0;
  for (const {no, raw} of kept) {
    const text = raw.trim();
    if (!text) {
      gap++;
      continue;
    }
    const indent = raw.length - raw.trimStart().length;
    const line: Line = {no, text, indent, gap: lines.length ? gap : 0};
    gap = 0;
    let m: RegExpExecArray | null;
    if ((m = BULLET.exec(text)) && (m[1] !== 'o' || indent > 0)) line.marker = {kind: 'bullet', value: m[1]};
    // "2016/679" or "1.1.2024" are not numbering.
    else if ((m = NUMBERED.exec(text)) && !/^\d+\.\d+\.\d{2,4}\b/.test(text)) line.marker = {kind: 'number', value: m[1]};
    else if ((m = LETTER.exec(text))) line.marker = {kind: 'letter', value: m[1]};
    if (m && line.marker) line.text = m[2].trim();
    lines.push(line);
  }

  // How wide the text was wrapped, and whether a PDF copy put a blank line after every line.
  const lengths = lines
    .map((l) => l.text.length)
    .filter((n) => n > 20)
    .sort((a, b) => a - b);
  const p90 = lengths.length ? lengths[Math.floor(lengths.length * 0.9)] : 0;
  const wrapped = p90 > 0 && p90 <= 200;
  const long = (text: string) => wrapped && text.length >= p90 * 0.7;
  let wrapsAcrossBlanks = 0;
  for (let i = 1; i < lines.length; i++)
    if (lines[i].gap && !lines[i].marker && /^\p{Ll}/u.test(lines[i].text) && !ENDS_SENTENCE.test(lines[i - 1].text)) wrapsAcrossBlanks++;
  const spaced = wrapsAcrossBlanks >= 2;

  // Hard-wrapped lines joined into logical lines.
  const logical: (Line & {lines: SourceLine[]})[] = [];
  for (const line of lines) {
    const prev = logical[logical.length - 1];
    // A line of contact details ("puh. 040…", "nimi@…") stands on its own.
    const lower =
      /^[\p{Ll}(]/u.test(line.text) &&
      !/^(\S+@\S+|https?:|www\.|(puh|p|tel|gsm|mob|puhelin|email|e-mail|sähköposti|s-posti|tfn|telefon|phone|fax)\b\.?)/i.test(line.text);
    const continues =
      !!prev &&
      !line.marker &&
      // A sentence never starts in lower case: such a line goes on from the one before.
      (line.gap <= 1 && lower
        ? true
        : !ENDS_SENTENCE.test(prev.text) &&
          (line.gap === 0 ? long(prev.text) : line.gap === 1 && spaced && long(prev.text) && !isKnownHeading(line.text)));
    if (continues) {
      prev.text += ' ' + line.text;
      prev.lines[prev.lines.length - 1].text += ' ' + line.text;
      continue;
    }
    logical.push({...line, lines: [{text: line.text, line: line.no}]});
  }

  const blocks: Block[] = [];
  let title: SourceLine | undefined;
  const unitStart = (i: number) => i === 0 || logical[i].gap > 0;
  const sameUnitAfter = (i: number) => i + 1 < logical.length && logical[i + 1].gap === 0;

  for (let i = 0; i < logical.length; i++) {
    const line = logical[i];
    const next = logical[i + 1];
    const prevBlock = blocks[blocks.length - 1];

    // The first line, shaped like a heading and not a section's: the notice's title.
    if (i === 0 && !line.marker && headingShaped(line.text, 140) && !isKnownHeading(line.text)) {
      title = {text: line.text, line: line.no};
      continue;
    }
    if (line.marker?.kind === 'letter' && headingShaped(line.text) && next && !next.marker) {
      blocks.push({type: 'heading', level: 3, text: line.text, number: line.marker.value, line: line.no, explicit: false});
      continue;
    }
    if (line.marker?.kind === 'number' && headingShaped(line.text)) {
      // "1. Etunimi" directly followed by "2. Sukunimi" is a list, not two headings.
      const listy =
        (next?.marker?.kind === 'number' && next.gap === 0) || (i > 0 && logical[i - 1].marker?.kind === 'number' && line.gap === 0);
      if (!listy) {
        const depth = line.marker.value.split('.').length;
        blocks.push({
          type: 'heading',
          level: depth === 1 ? 1 : 2,
          text: line.text,
          number: line.marker.value,
          line: line.no,
          explicit: false,
        });
        continue;
      }
    }
    if (!line.marker && unitStart(i) && headingShaped(line.text)) {
      const card =
        namesSomeone(line.text) &&
        logical.slice(i + 1).some((l, k, rest) => rest.slice(0, k + 1).every((x) => x.gap === 0) && hasContactData(l.text));
      const strong = isKnownHeading(line.text);
      const nextIsBody =
        !!next &&
        (next.gap === 0 ||
          (next.marker !== undefined && next.marker.kind === 'bullet') ||
          !headingShaped(next.text) ||
          (next.marker?.kind === 'number' && !headingShaped(next.text)));
      const afterHeading = prevBlock?.type === 'heading' && prevBlock.level === 1;
      if (!card && next && (strong ? true : !afterHeading && nextIsBody)) {
        blocks.push({type: 'heading', level: 1, text: line.text, line: line.no, explicit: false});
        continue;
      }
    }

    // Body: a list, short lines that list things, or a paragraph.
    if (line.marker && line.marker.kind !== 'letter') {
      const list = collectList(logical, i);
      blocks.push(list.block);
      i = list.end - 1;
      continue;
    }
    const unit = [line];
    while (sameUnitAfter(i) && !logical[i + 1].marker) unit.push(logical[++i]);
    blocks.push(...unitBlocks(unit));
  }
  return {blocks, dropped, title};
}

/** A run of lines in one block: a paragraph with line breaks, or a list of short lines. */
function unitBlocks(unit: (Line & {lines: SourceLine[]})[]): Block[] {
  const short = (l: Line) => l.text.length <= 80 && !ENDS_SENTENCE.test(l.text) && !hasContactData(l.text);
  const lead = ENDS_PUNCT.test(unit[0].text) && unit[0].text.endsWith(':') ? 1 : 0;
  const rest = unit.slice(lead);
  const enough = lead ? rest.length >= 2 : rest.length >= 3;
  if (enough && rest.every(short) && rest.every((l) => /^\p{Lu}/u.test(l.text))) {
    const out: Block[] = [];
    if (lead) out.push(paragraph([unit[0]]));
    out.push({
      type: 'list',
      ordered: false,
      items: rest.map((l) => ({html: linkify(l.text), lines: l.lines, children: []})),
    });
    return out;
  }
  return [paragraph(unit)];
}

const paragraph = (unit: (Line & {lines: SourceLine[]})[]): Block => ({
  type: 'paragraph',
  html: unit.map((l) => linkify(l.text)).join('<br>'),
  lines: unit.flatMap((l) => l.lines),
});

/** Bullets and numbered items from `start`, nested by indentation. */
function collectList(lines: (Line & {lines: SourceLine[]})[], start: number): {block: ListBlock; end: number} {
  const root: ListBlock = {type: 'list', ordered: lines[start].marker?.kind === 'number', items: []};
  const stack: {indent: number; list: ListBlock}[] = [{indent: lines[start].indent, list: root}];
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!line.marker || line.marker.kind === 'letter') break;
    if (i > start && line.gap > 1) break;
    // A numbered heading after a list ends it.
    if (i > start && line.marker.kind === 'number' && line.gap > 0 && headingShaped(line.text) && lines[i + 1] && !lines[i + 1].marker)
      break;
    while (stack.length > 1 && line.indent < stack[stack.length - 1].indent) stack.pop();
    let top = stack[stack.length - 1];
    if (line.indent > top.indent && top.list.items.length) {
      const parent = top.list.items[top.list.items.length - 1];
      const child: ListBlock = {type: 'list', ordered: line.marker.kind === 'number', items: []};
      parent.children.push(child);
      stack.push({indent: line.indent, list: child});
      top = stack[stack.length - 1];
    }
    const item: ListItem = {html: linkify(line.text), lines: line.lines, children: []};
    top.list.items.push(item);
  }
  return {block: root, end: i};
}
