/**
 * Picking text in the reader's language from a notice document. Pure: no DOM.
 */
import {LANGUAGE_TAG_PATTERN} from './patterns.js';
import type {LocalizedText} from './schema.js';

/** A string taken from the document, and the language it is really in. */
export interface PickedText {
  text: string;
  /** The language of `text`: differs from the wanted one after a fallback. */
  lang: string;
  /** True when the wanted language was missing and another one was used. */
  fallback: boolean;
}

/** A BCP 47 tag as `Intl` spells it ("SV-fi" → "sv-FI"); undefined for one that is not a language tag. */
export function canonicalLanguageTag(tag: string): string | undefined {
  try {
    return LANGUAGE_TAG_PATTERN.test(tag) ? Intl.getCanonicalLocales(tag)[0] : undefined;
  } catch {
    return undefined;
  }
}

/** Every language version of a text, as written: "x" → ["x"], {fi: "a", en: "b"} → ["a", "b"]; nothing → []. */
export const textVersions = (value: LocalizedText | undefined): string[] =>
  value === undefined ? [] : typeof value === 'string' ? [value] : Object.values(value);

/** A tag's primary language, lower case: "sv-FI" → "sv". */
export const primaryLanguage = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The document language to show: the first of `wanted` (element lang,
 * ancestors' lang, browser languages, in that order) that the document has —
 * exact tag first, then the same primary language — else the document's
 * first language.
 */
export function negotiateLanguage(wanted: readonly string[], available: readonly string[]): string {
  for (const tag of wanted) {
    if (!tag) continue;
    const exact = available.find((a) => a.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const near = available.find((a) => primaryLanguage(a) === primaryLanguage(tag));
    if (near) return near;
  }
  return available[0];
}

/**
 * Text in `language`, falling back to the document's first language and then
 * to any language the string has.
 */
export function pickText(value: LocalizedText | undefined, language: string, languages: readonly string[]): PickedText | undefined {
  if (value === undefined) return undefined;
  const original = languages[0];
  if (typeof value === 'string') {
    return {text: value, lang: original, fallback: primaryLanguage(original) !== primaryLanguage(language)};
  }
  const order = [language, original, ...Object.keys(value)];
  for (const tag of order) {
    const text = Object.prototype.hasOwnProperty.call(value, tag) ? value[tag] : undefined;
    if (text !== undefined) {
      return {text, lang: tag, fallback: primaryLanguage(tag) !== primaryLanguage(language)};
    }
  }
  return undefined;
}
