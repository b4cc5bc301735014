/** The importer's shared second half: parsed blocks → sections, kinds, language, facts, a document and its report. */
import {SCHEMA_VERSION, type NoticeDocument, type NoticeSection} from '../document/schema.js';
import {validateNotice} from '../document/validate.js';
import {blockLines, blocksToHtml, firstLine, htmlToText, slugify, type ParsedInput} from './blocks.js';
import {findFacts} from './facts.js';
import {classifySection} from './kinds.js';
import {detectLanguage} from './language.js';
import {outline} from './outline.js';
import {emptyReport, ImportError, type ImportOptions, type ImportReport, type ImportResult} from './result.js';

/** Characters of HTML the format holds in one section's body. */
const MAX_BODY = 200_000;

/** Words that show a text is about personal data at all. */
const NOTICE_WORDS =
  /henkilötie|rekisteri|tietosuoja|personuppgift|dataskydd|integritet|personal data|personal information|privacy|gdpr|data protection/i;

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

function build(parsed: ParsedInput, report: ImportReport, options: ImportOptions): ImportResult {
  const {title, intro, drafts} = outline(parsed, report);

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
