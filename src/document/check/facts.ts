/**
 * Facts that can be verified: the Finnish business ID, laws no longer in
 * force, languages, and links.
 */
import {isValidFinnishBusinessId, looksLikeFinnishBusinessId} from '../finnish-business-id.js';
import {textVersions} from '../language.js';
import {noticeShape, type LocalizedText, type NoticeDocument} from '../schema.js';
import type {Shape} from '../shape.js';
import {count, plain, sentences, short, WORDS} from './text.js';
import {warning, type CheckWarning, type WarningCode} from './warnings.js';

export function facts(notice: NoticeDocument): CheckWarning[] {
  const out: CheckWarning[] = [];
  const add = (code: WarningCode, path: string, message: string) => out.push(warning(code, path, message));

  if (!notice.updated && !notice.changes?.length)
    add('updated-missing', 'updated', 'The notice does not say when it was last changed: no `updated` date and no `changes` entry.');

  const businessId = notice.controller.businessId;
  if (businessId) {
    if (looksLikeFinnishBusinessId(businessId)) {
      if (!isValidFinnishBusinessId(businessId))
        add(
          'business-id-check-digit',
          'controller.businessId',
          `"${businessId}" is written like a Finnish business ID (Y-tunnus), but its check digit is wrong.`
        );
    } else if (notice.controller.address?.country === 'FI')
      add(
        'business-id-format',
        'controller.businessId',
        `"${short(businessId)}" is not written like a Finnish business ID (1234567-8), though the controller's address is in Finland.`
      );
  }

  const lawAt = notice.sections.findIndex((section) => citesRepealedLaw(plain(section.body)));
  const lawInReferences = (notice.legalReferences ?? []).findIndex((reference) => citesRepealedLaw(plain(reference)));
  const lawInIntroduction = citesRepealedLaw(plain(notice.introduction));
  if (lawAt >= 0 || lawInReferences >= 0 || lawInIntroduction) {
    const cited =
      lawInReferences >= 0
        ? plain(notice.legalReferences![lawInReferences])
        : lawAt >= 0
          ? plain(notice.sections[lawAt].body)
          : plain(notice.introduction);
    add(
      'repealed-law',
      lawInReferences >= 0 ? `legalReferences[${lawInReferences}]` : lawAt >= 0 ? `sections[${lawAt}]` : 'introduction',
      /1998:204/.test(cited)
        ? "The notice refers to Sweden's Personal Data Act (personuppgiftslagen 1998:204), which is no longer in force."
        : 'The notice refers to the Personal Data Act (henkilötietolaki 523/1999), which is no longer in force.'
    );
  }

  out.push(...languageCoverage(notice));

  const links: {path: string; url: string}[] = [];
  walkText(noticeShape, notice, '', (value, path) => {
    if (typeof value === 'string' && /^http:\/\//i.test(value)) links.push({path, url: value});
    for (const text of textVersions(value))
      for (const [, url] of text.matchAll(/href\s*=\s*["']?(http:\/\/[^"'\s>]+)/gi)) links.push({path, url});
  });
  // One warning per link, however many places it appears in.
  const places = new Map<string, {url: string; paths: string[]}>();
  for (const {path, url} of links) {
    const key = url.toLowerCase().replace(/\/+$/, '');
    const entry = places.get(key) ?? places.set(key, {url, paths: []}).get(key)!;
    if (!entry.paths.includes(path)) entry.paths.push(path);
  }
  for (const {url, paths} of places.values())
    add(
      'insecure-link',
      paths[0],
      `${short(url)} uses http:, not https:${paths.length > 1 ? ` (also at ${listPaths(paths.slice(1))})` : ''}.`
    );
  return out;
}

/**
 * Calls `visit` for every string the document holds, with its path and
 * whether it is a localised text (and then whether it is rich text), by
 * walking the document's shape: no guessing which objects are translations.
 */
function walkText(
  shape: Shape<unknown>,
  value: unknown,
  path: string,
  visit: (value: LocalizedText, path: string, localized?: {rich: boolean}) => void
): void {
  const spec = shape.spec;
  if (value === undefined) return;
  if ('localized' in spec) {
    const inner = spec.localized.spec;
    visit(value as LocalizedText, path, {rich: 'text' in inner && inner.text.max > 500});
  } else if ('text' in spec) visit(value as string, path);
  else if ('list' in spec) (value as unknown[]).forEach((item, i) => walkText(spec.list, item, `${path}[${i}]`, visit));
  else if ('object' in spec) {
    const fields = {...spec.object, ...spec.optional};
    for (const [key, field] of Object.entries(fields))
      walkText(field, (value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, visit);
  }
}

/**
 * Declared languages missing from texts, and languages used but not declared.
 * A plain string counts as the first language: a name or a label may well be
 * the same in every language, so only rich text must have each one.
 */
function languageCoverage(notice: NoticeDocument): CheckWarning[] {
  const declared = notice.languages.map((tag) => tag.toLowerCase());
  const missing = new Map<string, string[]>();
  const undeclared = new Map<string, string[]>();
  const note = (map: Map<string, string[]>, tag: string, path: string) => map.set(tag, [...(map.get(tag) ?? []), path]);
  walkText(noticeShape, notice, '', (value, path, localized) => {
    if (!localized) return;
    if (typeof value === 'string') {
      if (localized.rich) for (const tag of notice.languages.slice(1)) note(missing, tag, path);
      return;
    }
    const has = Object.keys(value).map((tag) => tag.toLowerCase());
    for (const tag of notice.languages) if (!has.includes(tag.toLowerCase())) note(missing, tag, path);
    for (const tag of Object.keys(value)) if (!declared.includes(tag.toLowerCase())) note(undeclared, tag, path);
  });
  return [
    ...[...missing].map(([tag, list]) =>
      warning(
        'language-missing',
        list[0],
        `${count(list.length, 'text has', 'texts have')} no "${tag}" version, though "${tag}" is in \`languages\`: ${listPaths(list)}.`
      )
    ),
    ...[...undeclared].map(([tag, list]) =>
      warning(
        'language-undeclared',
        list[0],
        `${count(list.length, 'text has', 'texts have')} a "${tag}" version, but "${tag}" is not in \`languages\`: ${listPaths(list)}.`
      )
    ),
  ];
}

/** "a, b, c and 4 more". */
const listPaths = (list: string[]) => list.slice(0, 3).join(', ') + (list.length > 3 ? ` and ${list.length - 3} more` : '');

/**
 * Whether a text cites a Personal Data Act as law: a sentence that names it
 * and does not say it is gone ("henkilötietolaki kumottiin", "replaced by").
 */
const citesRepealedLaw = (text: string) =>
  sentences(text).some((sentence) => WORDS.repealedLaw.test(sentence) && !WORDS.invalidated.test(sentence));
