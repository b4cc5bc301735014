/**
 * Dates and names of languages and countries in the reader's
 * language, with each `Intl` formatter built once per locale and kept.
 */
import {cachedFormatter} from '../intl-cache.js';

/** "2024-05-31" → "31 May 2024" / "31. toukokuuta 2024". */
export function formatDate(isoDate: string, locale: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return cachedFormatter(
    `date|${locale}`,
    () => new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'})
  ).format(date);
}

/** A language's own name for itself, capitalised: "fi" → "Suomi", "sv" → "Svenska". */
export function autonym(tag: string): string {
  try {
    const name =
      cachedFormatter(`lang|${tag}`, () => new Intl.DisplayNames([tag], {type: 'language'})).of(tag) ??
      tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

/** "SE" → "Sweden" / "Ruotsi". */
export function countryName(code: string, locale: string): string {
  try {
    return (
      cachedFormatter(`region|${locale}`, () => new Intl.DisplayNames([locale], {type: 'region'})).of(
        code
      ) ?? code
    );
  } catch {
    return code;
  }
}
