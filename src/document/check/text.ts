/**
 * Reading a document's text: plain lower-case text of its sections, split
 * into sentences and clauses so that a rule can tell "you may" from "you may
 * not" and "not transferred" from "not transferred unless…".
 */
import {sectionKinds, type LocalizedText, type NoticeDocument, type NoticeSection, type SectionKind} from '../schema.js';
import {textVersions} from '../language.js';
import {CONDITION, EXCEPTION, NEGATION} from './words.js';

export {WORDS} from './words.js';

/** Rich text without its tags: a line for each block (a list item or a line has no full stop), a space for the rest. */
export const blockLines = (html: string) =>
  html.replace(/<(br|\/?(p|li|ul|ol|div|h[1-6]|tr|td|th|dt|dd|table|blockquote))\b[^>]*>/gi, '\n').replace(/<[^>]*>/g, ' ');

/** All language versions of a string, as lower-case plain text. */
export const plain = (value: LocalizedText | undefined): string =>
  blockLines(textVersions(value).join('\n'))
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .toLowerCase();

/** A section's body and the text of its structured facts. */
export const sectionText = (section: NoticeSection): string =>
  [
    plain(section.body),
    ...(section.purposes ?? []).map((p) => plain(p.purpose) + ' ' + plain(p.legitimateInterest)),
    ...(section.retention ?? []).map((r) => plain(r.data) + ' ' + plain(r.criteria) + ' ' + plain(r.text)),
  ].join('\n');

/** Whether a section covers any of these kinds (its `kind` or one of its `kinds`). */
export const covers = (section: NoticeSection, kinds: readonly SectionKind[]) => sectionKinds(section).some((kind) => kinds.includes(kind));

/**
 * The text of the sections that cover these kinds; with no kinds, of the
 * whole document: the introduction and every section.
 */
export function textOf(notice: NoticeDocument, kinds?: readonly SectionKind[]): string {
  const sections = notice.sections.filter((section) => !kinds || covers(section, kinds)).map(sectionText);
  return (kinds ? sections : [plain(notice.introduction), ...sections]).join('\n');
}

export const hasKind = (notice: NoticeDocument, kind: SectionKind) => notice.sections.some((section) => covers(section, [kind]));

export const EMAIL_OR_PHONE = /[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}|(\+|\b0)\d[\d ()-]{5,}\d/i;

/** The path of the first section of this kind, or `sections`. */
export const sectionPath = (notice: NoticeDocument, kind: SectionKind) => {
  const i = notice.sections.findIndex((section) => covers(section, [kind]));
  return i < 0 ? 'sections' : `sections[${i}]`;
};

// ---- Sentences, negation, conditions ---------------------------------------

/** The sentences of plain text: split at full stops and line ends. */
export const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);

/** The clauses of a sentence: split at commas, semicolons, colons and dashes. */
export const clauses = (sentence: string): string[] => sentence.split(/[,;:]\s+|\s[–—-]\s|\s\((?=\S)/);

export const negated = (clause: string) => NEGATION.test(clause);
/**
 * Whether a negation in the clause reaches what `pattern` matches: it comes
 * before the match ends ("ei voi perua", "kan inte återkallas", "cannot be
 * withdrawn"), not after it ("withdraw at no cost", "oikeus ei koske…").
 */
export function negates(clause: string, pattern: RegExp): boolean {
  const match = pattern.exec(clause);
  const negation = NEGATION.exec(clause);
  return !!match && !!negation && negation.index < match.index + match[0].length;
}
/** "…ei siirretä, ellei…": a negation with an exception still allows it. */
export const excepted = (sentence: string) => EXCEPTION.test(sentence);
export const conditional = (sentence: string) => CONDITION.test(sentence);

/**
 * Whether the text says what `pattern` matches: in a clause that is not
 * negated, or in a sentence whose negation has an exception ("not without
 * consent", "ei…, ellei…").
 */
export const says = (text: string, pattern: RegExp): boolean =>
  sentences(text).some(
    (sentence) =>
      pattern.test(sentence) &&
      (excepted(sentence) ||
        // "Om vi inte kommer överens kan du klaga…": the negation is the condition's.
        LEADING_CONDITION.test(sentence) ||
        clauses(sentence).some((clause) => pattern.test(clause) && !negates(clause, pattern)))
  );

/** A sentence that opens with a condition and has no comma to end it. */
const LEADING_CONDITION = /^(jos|mikäli|kun|if|when|unless|om|när|såvida)\s[^,;:]*$/;

/**
 * Whether the text flatly denies what `pattern` matches: a negated clause,
 * in a sentence with no condition or exception ("you may not…, if…" is not
 * a refusal), and no sentence that says it.
 */
export const denies = (text: string, pattern: RegExp): boolean =>
  !says(text, pattern) &&
  sentences(text).some(
    (sentence) => !conditional(sentence) && !excepted(sentence) && clauses(sentence).some((clause) => negates(clause, pattern))
  );

// ---- Small helpers ---------------------------------------------------------

/** The first language's text, cut to a readable length. */
export function short(value: LocalizedText): string {
  const text = (textVersions(value)[0] ?? '').replace(/<[^>]*>/g, '').trim();
  return text.length > 60 ? text.slice(0, 57) + '…' : text;
}

export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "a", "a and b", "a, b and c". */
export const listing = (words: readonly string[]) =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
