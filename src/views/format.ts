/**
 * Dates and names of languages and countries in the reader's language, and
 * the direction a language is written in, with each `Intl` formatter built
 * once per locale and kept (../intl-cache.ts). Pure: the element, the form and
 * the static render all format dates here.
 */
import {cached, dateTimeFormat, displayNames} from '../intl-cache.js';

/**
 * "2024-05-31" → "31 May 2024" / "31. toukokuuta 2024". A date the calendar
 * does not have, or one `Intl` cannot format, is shown as written: never
 * "Invalid Date", never a RangeError.
 */
export function formatDate(isoDate: string, locale: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: that one reads the years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return isoDate;
  try {
    return dateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(date);
  } catch {
    return isoDate;
  }
}

/** Scripts written right to left, for engines without `Intl.Locale#getTextInfo`. */
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);

/**
 * The direction a language is written in: "ar", "he", "fa", "ur" → `rtl`;
 * anything else, or a tag `Intl` cannot read, → `ltr`.
 */
export const directionOf = cached((tag): 'ltr' | 'rtl' => {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & {
      getTextInfo?: () => {direction?: string};
      textInfo?: {direction?: string};
    };
    const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
    return RTL_SCRIPTS.has(locale.maximize().script ?? '') ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
});

/** A language's own name for itself, capitalised: "fi" → "Suomi", "sv" → "Svenska". */
export function autonym(tag: string): string {
  try {
    const name = displayNames(tag, {type: 'language'}).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

/** "SE" → "Sweden" / "Ruotsi". */
export function countryName(code: string, locale: string): string {
  try {
    return displayNames(locale, {type: 'region'}).of(code) ?? code;
  } catch {
    return code;
  }
}
