/**
 * Localised text in the editor: read one language of a field, write one
 * language back, count what is missing, find template placeholders. Pure.
 *
 * A field is a plain string (the document's first language) or an object of
 * language tag → text. Writing keeps that shape when it can: one language, a
 * plain string; several, an object. Nothing is ever filled in for a language
 * the author has not written.
 */
import type {LocalizedText, NoticeDocument} from '../document/schema.js';

export type Localized = LocalizedText | undefined;

/** The text of `field` in `lang` (a plain string belongs to `first`). */
export function textIn(field: Localized, lang: string, first: string): string {
  if (field === undefined) return '';
  if (typeof field === 'string') return lang === first ? field : '';
  return field[lang] ?? '';
}

/** `field` with `lang`'s text set to `value` (empty: that language removed). */
export function withText(field: Localized, lang: string, value: string, languages: readonly string[]): Localized {
  const first = languages[0];
  const map: Record<string, string> = field === undefined ? {} : typeof field === 'string' ? (field ? {[first]: field} : {}) : {...field};
  if (value) map[lang] = value;
  else delete map[lang];
  const keys = Object.keys(map);
  if (!keys.length) return undefined;
  if (languages.length === 1 && keys.length === 1 && keys[0] === first) return map[first];
  return map;
}

/** Whether text has anything a reader sees (tags and spaces are not). */
export const hasText = (html: string): boolean => /[^\s\u00a0]/.test(html.replace(/<[^>]*>|&nbsp;/g, ''));

/** The languages of `languages` in which a field with text in some language has none. */
function missingLanguages(field: Localized, languages: readonly string[]): string[] {
  if (field === undefined) return [];
  const present = languages.filter((lang) => hasText(textIn(field, lang, languages[0])));
  return present.length ? languages.filter((lang) => !present.includes(lang)) : [];
}

/** `[Yrityksen nimi]`, `[Company name]`: a place in a template still to fill. */
const PLACEHOLDER = /\[(?=[^\]\d]*\p{L})[^\][<>\n]{2,80}\]/u;

/** Every localised (or plain) string in a value, with its path: `sections[2].title`. */
function* stringsOf(value: unknown, path = ''): Generator<{path: string; text: string}> {
  if (typeof value === 'string') yield {path, text: value};
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsOf(item, `${path}[${i}]`);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) yield* stringsOf(item, path ? `${path}.${key}` : key);
}

/** Paths of the text fields that still hold a template placeholder, language keys dropped. */
export function unfilledPaths(notice: unknown, languages: readonly string[]): {path: string; text: string}[] {
  const found = new Map<string, string>();
  for (const {path, text} of stringsOf(notice)) {
    const match = PLACEHOLDER.exec(text);
    if (!match) continue;
    const field = languages.reduce((p, lang) => (p.endsWith(`.${lang}`) ? p.slice(0, -lang.length - 1) : p), path);
    if (!found.has(field)) found.set(field, match[0]);
  }
  return [...found].map(([path, text]) => ({path, text}));
}

/**
 * Names (of the controller, a contact, a service, a provider) are usually the
 * same in every language: written once, as a plain string, they lack no
 * translation. Written per language, they are counted like any text.
 */
export const isName = (path: string): boolean => /(^|\.)(name|provider)$/.test(path);

/** The translations a field at `path` lacks. */
export const missingAt = (field: Localized, path: string, languages: readonly string[]): string[] =>
  typeof field === 'string' && isName(path) ? [] : missingLanguages(field, languages);

/** How many text fields lack each translation (the first language counts too, when a translation has text it lacks). */
export function missingByLanguage(
  notice: NoticeDocument,
  each: (visit: (value: unknown, path: string) => void) => void
): Map<string, number> {
  const counts = new Map(notice.languages.map((lang) => [lang, 0]));
  each((value, path) => {
    for (const lang of missingAt(value as Localized, path, notice.languages)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  });
  return counts;
}
