/**
 * `importNotice`: the notice you already have (plain text from a web page or
 * PDF, Markdown, HTML; .docx through `importDocx`) → a notice document and a
 * report of how it was read. Pure: no DOM, no I/O; runs in Node and the
 * browser. Every fact in the document is in the text, with its line in the
 * report; what is left out as page furniture is listed; what the format
 * needs and the text does not say is reported for the author to add.
 */
import {textVersions} from '../document/language.js';
import {SCHEMA_VERSION, type LocalizedText, type NoticeDocument, type NoticeSection, type SectionKind} from '../document/schema.js';
import {validateNotice} from '../document/validate.js';
import {
  blockLines,
  blocksToHtml,
  firstLine,
  htmlToText,
  slugify,
  type Block,
  type Dropped,
  type HeadingBlock,
  type ParsedInput,
  type SourceLine,
} from './blocks.js';
import {isMarketingSection} from './chrome.js';
import {findFacts, type FactFound} from './facts.js';
import {parseHtml} from './html.js';
import {classifySection, type Confidence} from './kinds.js';
import {detectLanguage} from './language.js';
import {parseMarkdown} from './markdown.js';
import {parseText} from './text.js';

export type InputFormat = 'text' | 'markdown' | 'html';

export interface ImportOptions {
  /** How to read the input; guessed from the file name and the text when absent. */
  format?: InputFormat;
  /** The file name, for guessing the format. */
  fileName?: string;
  /** The notice's language (BCP 47), when the guess should not decide. */
  lang?: string;
}

export interface SectionReport {
  id: string;
  title?: string;
  number?: string;
  kind: SectionKind;
  kinds: SectionKind[];
  confidence: Confidence;
  because: string;
  line: number;
}

export interface ImportReport {
  format: InputFormat | 'docx';
  languages: string[];
  /** Each language's share of the recognised words. */
  languageShares: Record<string, number>;
  title: {value: string; line?: number; found: boolean};
  sections: SectionReport[];
  facts: FactFound[];
  dropped: Dropped[];
  /** What the format needs and the text does not say, with where it goes. */
  authorMustAdd: {path: string; message: string}[];
  notes: string[];
}

export interface ImportResult {
  /** A document that passes `validateNotice`; absent when the input holds no notice. */
  document?: NoticeDocument;
  report: ImportReport;
  /** Why there is no document. */
  error?: string;
}

/** Characters of input accepted: a 5 MB saved web page and then some. */
export const MAX_INPUT_CHARS = 10 * 1024 * 1024;
/** Characters of HTML the format holds in one section's body. */
const MAX_BODY = 200_000;

export {importDocx, DocxError, MAX_DOCX_BYTES, MAX_DOCX_UNCOMPRESSED} from './docx.js';

/** The input's format from its name, else from its first characters. */
export function detectFormat(text: string, fileName?: string): InputFormat {
  const ext = /\.([a-z]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'txt') return 'text';
  const head = text.slice(0, 5000);
  if (/^\s*(<!doctype html|<html|<head|<body|<meta|<article|<main|<section|<div|<p[\s>]|<h[1-6][\s>]|<ul[\s>]|<table[\s>])/i.test(head))
    return 'html';
  if ((head.match(/<\/(p|div|h[1-6]|li|td|span|a)>/gi)?.length ?? 0) >= 5) return 'html';
  if (
    /^#{1,6}\s+\S/m.test(head) ||
    /^\S.*\n(=+|-{3,})\s*$/m.test(head) ||
    /\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\s]+\)|^\|.*\|\s*$/m.test(head)
  )
    return 'markdown';
  return 'text';
}

/** A report with nothing found yet. */
export const emptyReport = (format: ImportReport['format']): ImportReport => ({
  format,
  languages: [],
  languageShares: {},
  title: {value: '', found: false},
  sections: [],
  facts: [],
  dropped: [],
  authorMustAdd: [],
  notes: [],
});

/** Words of a notice's own title ("Tietosuojaseloste", "Integritetspolicy", "Privacy notice"). */
const NOTICE_TITLE =
  /tietosuojaseloste|rekisteriseloste|tietosuojakäytäntö|integritetspolicy|dataskyddsbeskrivning|registerbeskrivning|dataskyddspolicy|privacy (notice|policy|statement)|data protection (notice|policy)/i;

/** Words that show a text is about personal data at all. */
const NOTICE_WORDS =
  /henkilötie|rekisteri|tietosuoja|personuppgift|dataskydd|integritet|personal data|personal information|privacy|gdpr|data protection/i;

/** Reads a notice. Never throws: a failure is `error`, with what was read in `report`. */
export function importNotice(input: string, options: ImportOptions = {}): ImportResult {
  const format = options.format ?? detectFormat(input, options.fileName);
  return importParsed(
    format,
    () => {
      if (input.length > MAX_INPUT_CHARS) throw new ImportError(`is ${input.length} characters long; the limit is ${MAX_INPUT_CHARS}`);
      const text = input.replace(/^\uFEFF/, '');
      return format === 'html' ? parseHtml(text) : format === 'markdown' ? parseMarkdown(text) : parseText(text);
    },
    options
  );
}

export class ImportError extends Error {
  override name = 'ImportError';
}

/** The shared second half: parsed blocks → sections, kinds, facts, document. */
export function importParsed(format: ImportReport['format'], parse: () => ParsedInput, options: ImportOptions = {}): ImportResult {
  const report = emptyReport(format);
  let parsed: ParsedInput;
  try {
    parsed = parse();
  } catch (error) {
    return {report, error: error instanceof ImportError ? error.message : `could not be read: ${String(error)}`};
  }
  report.dropped.push(...parsed.dropped);
  try {
    return build(parsed, report, options);
  } catch (error) {
    return {report, error: `could not be imported: ${String(error)} (a bug in the importer)`};
  }
}

interface Draft {
  heading?: HeadingBlock;
  blocks: Block[];
}

function build(parsed: ParsedInput, report: ImportReport, options: ImportOptions): ImportResult {
  let {blocks} = parsed;
  let title: SourceLine | undefined = parsed.title;

  // Sections start at the level most headings have (ties: the shallowest). A heading
  // above that level before everything else is the title; later ones start sections too.
  let headings = blocks.filter((b): b is HeadingBlock => b.type === 'heading');
  const counts = new Map<number, number>();
  for (const h of headings) counts.set(h.level, (counts.get(h.level) ?? 0) + 1);
  let level = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  const first = headings[0];
  const titleLike = (h: HeadingBlock) => NOTICE_TITLE.test(h.text) && classifySection(h.text, '').confidence === 'low';
  if (
    first &&
    blocks[0] === first &&
    headings.length > 1 &&
    (first.level < level ||
      (counts.get(first.level) === 1 && headings.every((h) => h === first || h.level > first.level)) ||
      titleLike(first))
  ) {
    title = {text: first.text, line: first.line};
    blocks = blocks.slice(1);
    headings = headings.slice(1);
    if (!headings.some((h) => h.level === level)) level = Math.min(...headings.map((h) => h.level));
  }
  blocks = blocks.map((b) => (b.type === 'heading' && b.level < level ? {...b, level} : b));
  const intro: Block[] = [];
  const drafts: Draft[] = [];
  for (const block of blocks) {
    if (block.type === 'heading' && block.level === level) drafts.push({heading: block, blocks: []});
    else if (drafts.length) drafts[drafts.length - 1].blocks.push(block);
    else intro.push(block);
  }

  // Trailing marketing ("Ota yhteyttä" over a sales pitch) is page furniture.
  for (let i = drafts.length - 1; i >= Math.max(1, Math.floor(drafts.length / 2)); i--) {
    const draft = drafts[i];
    const text = draft.blocks
      .flatMap(blockLines)
      .map((l) => l.text)
      .join('\n');
    if (draft.heading && isMarketingSection(draft.heading.text, text)) {
      for (const gone of drafts.splice(i))
        for (const line of [
          ...(gone.heading ? [{text: gone.heading.text, line: gone.heading.line}] : []),
          ...gone.blocks.flatMap(blockLines),
        ])
          report.dropped.push({line: line.line, text: line.text, reason: 'marketing on the page after the notice'});
      break;
    }
  }

  // No headings: the whole text is one section.
  if (!drafts.length && intro.length) drafts.push({blocks: intro.splice(0)});
  const allText = [
    title?.text ?? '',
    ...[...intro, ...drafts.flatMap((d) => [...(d.heading ? [d.heading] : []), ...d.blocks])].flatMap(blockLines).map((l) => l.text),
  ].join('\n');
  if (!drafts.length || !allText.trim()) return {report, error: 'holds no text to import'};

  // Kinds.
  const classified = drafts.map((draft) => {
    const body = draft.blocks
      .flatMap(blockLines)
      .map((l) => l.text)
      .join('\n');
    return {draft, body, ...classifySection(draft.heading?.text, body)};
  });
  if (!classified.some((c) => c.kind !== 'other') && !NOTICE_WORDS.test(allText))
    return {report, error: 'holds no privacy notice: no heading or sentence about personal data was found'};

  // Language.
  const guess = detectLanguage(allText);
  report.languageShares = guess.shares;
  const language = options.lang ?? guess.language ?? 'und';
  report.languages = [language];
  if (!options.lang && !guess.language)
    report.authorMustAdd.push({
      path: 'languages',
      message: 'Too little text to tell its language: set `languages` (or import with --lang).',
    });
  for (const other of ['fi', 'sv', 'en'] as const)
    if (other !== language && guess.shares[other] >= 0.25)
      report.notes.push(
        `About ${Math.round(guess.shares[other] * 100)} % of the text's common words are ${other}: if the notice holds two languages, split them into translations.`
      );

  // Sections.
  const ids = new Set<string>();
  const sections: NoticeSection[] = [];
  for (const c of classified) {
    const heading = c.draft.heading;
    const base = (c.kind === 'other' ? slugify(heading?.text ?? '', 50) : c.kind) || 'section';
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    let html = blocksToHtml(c.draft.blocks);
    if (html.length > MAX_BODY) {
      // The format holds 200,000 characters a section: the rest is listed, not lost silently.
      const cut = html.lastIndexOf('</p>', MAX_BODY - 10);
      const rest = htmlToText(html.slice(cut > 0 ? cut + 4 : MAX_BODY));
      html = cut > 0 ? html.slice(0, cut + 4) : `<p>${htmlToText(html).slice(0, MAX_BODY - 20)}</p>`;
      report.dropped.push({
        line: heading?.line ?? 0,
        text: rest.slice(0, 200) + (rest.length > 200 ? '…' : ''),
        reason: `over the format's limit of ${MAX_BODY} characters for one section (${rest.length} characters left out: split the section)`,
      });
      report.authorMustAdd.push({
        path: `sections[${sections.length}].body`,
        message: `The section "${heading?.text ?? id}" is longer than the format allows; its end was left out (see the dropped text): split it into several sections.`,
      });
    }
    const section: NoticeSection = {id, kind: c.kind, body: html || '<p></p>'};
    if (heading?.number && /^[\da-z]+([.-][\da-z]+)*$/i.test(heading.number)) section.number = heading.number;
    if (c.kinds.length) section.kinds = c.kinds;
    if (heading) section.title = heading.text.slice(0, 500);
    sections.push(section);
    report.sections.push({
      id,
      ...(heading ? {title: heading.text} : {}),
      ...(section.number ? {number: section.number} : {}),
      kind: c.kind,
      kinds: c.kinds,
      confidence: c.confidence,
      because: c.because,
      line: heading?.line ?? firstLine(c.draft.blocks[0]),
    });
    if (!html)
      report.authorMustAdd.push({
        path: `sections[${sections.length - 1}].body`,
        message: `The section "${heading?.text ?? id}" has no text under its heading.`,
      });
    if (c.kind === 'other' && c.confidence === 'low')
      report.notes.push(
        `Section "${heading?.text ?? id}" (line ${report.sections[report.sections.length - 1].line}) is "other": its heading and text did not say which GDPR item it is; set its kind if it has one.`
      );
  }

  // Facts.
  const facts = findFacts({
    title,
    intro,
    sections: classified.map((c) => ({kind: c.kind, kinds: c.kinds, title: c.draft.heading?.text, blocks: c.draft.blocks})),
  });
  report.facts = facts.found;
  report.notes.push(...facts.notes);
  report.authorMustAdd.push(...facts.missing);

  // Title and names, never made up.
  const registerName = classified.find((c) => c.kind === 'register-name')?.draft.blocks.flatMap(blockLines)[0];
  let titleText: string = title?.text ?? '';
  if (title) report.title = {value: title.text, line: title.line, found: true};
  else {
    const stand =
      registerName ??
      (facts.controller ? {text: facts.controller.name as string, line: 0} : undefined) ??
      (drafts[0].heading ? {text: drafts[0].heading.text, line: drafts[0].heading.line} : undefined);
    titleText = stand?.text ?? 'Tietosuojaseloste';
    report.title = {value: titleText, ...(stand?.line ? {line: stand.line} : {}), found: false};
    report.authorMustAdd.push({
      path: 'title',
      message: `The text has no title of its own; "${titleText}" (${registerName ? "the register's name" : facts.controller ? "the controller's name" : 'the first heading'}) stands in: write the notice's title.`,
    });
  }
  const controller = facts.controller ?? {name: titleText.slice(0, 500)};
  if (!facts.controller)
    report.authorMustAdd.push({
      path: 'controller.name',
      message: `The title "${titleText}" stands in for the controller's name, which the format requires.`,
    });

  const slugSource = (facts.controller?.name as string | undefined) ?? registerName?.text ?? titleText;
  const document: NoticeDocument = {
    schemaVersion: SCHEMA_VERSION,
    id: slugify(slugSource, 60) || 'notice',
    languages: [language],
    title: titleText.slice(0, 500),
    ...(facts.updated ? {updated: facts.updated} : {}),
    controller,
    ...(intro.length ? {introduction: blocksToHtml(intro).slice(0, MAX_BODY)} : {}),
    ...(facts.legalReferences.length ? {legalReferences: facts.legalReferences} : {}),
    ...(facts.contacts.length ? {contacts: facts.contacts} : {}),
    sections,
    ...(facts.rights.length ? {rights: facts.rights} : {}),
    ...(facts.cookies ? {cookies: facts.cookies} : {}),
  };
  if (!facts.updated)
    report.authorMustAdd.push({path: 'updated', message: 'The text gives no date: add `updated` (the date the notice last changed).'});
  for (const [i, service] of (facts.cookies?.services ?? []).entries())
    report.authorMustAdd.push({
      path: `cookies.services[${i}].items`,
      message: `The text names ${service.name as string} but not its cookies: add each cookie's name, type and duration (the importer leaves items empty rather than guess).`,
    });
  if (!facts.rights.length)
    report.authorMustAdd.push({path: 'rights', message: 'No rights were found in the text: list the requests the controller accepts.'});

  const checked = validateNotice(document);
  if (!checked.ok)
    return {
      report,
      error: `made a document that is not valid (a bug in the importer): ${checked.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
    };
  return {document: checked.notice, report};
}

/** The visible text of a document's title, introduction and sections, for comparing and testing. */
export function documentText(document: NoticeDocument): string {
  const all = (value: LocalizedText | undefined) => textVersions(value).join('\n');
  return [
    all(document.title),
    htmlToText(all(document.introduction)),
    ...document.sections.flatMap((s) => [[s.number, all(s.title)].filter(Boolean).join(' '), htmlToText(all(s.body))]),
  ].join('\n');
}
