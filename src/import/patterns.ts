/**
 * The shapes of the facts a notice states: addresses, numbers, names. Each
 * pattern is linear (no nested quantifiers over the same characters), so a
 * 1 MB line costs a scan, not a hang.
 */
import {isValidFinnishBusinessId} from '../document/finnish-business-id.js';

export const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,5}\.[a-z]{2,24}\b/gi;
export const URL_PATTERN = /https?:\/\/[^\s<>"'\u00a0]{1,2000}/gi;
/** The web addresses in a text, without the punctuation that ends the sentence around them. */
export const urlsIn = (text: string): string[] => [...text.matchAll(URL_PATTERN)].map((m) => m[0].replace(/[.,;:!?)\]>]+$/, ''));
/** Finnish, Swedish and international phone numbers, as written. */
export const PHONE = /(?<![\w+/.,-])(?:\+\d{1,3}[\s-]?(?:\(0\)[\s-]?)?\d{1,4}|\(?0\d{1,4}\)?)(?:[\s-]?\d{2,4}){1,4}(?![\w-]|[.,]\d)/g;
/** Street and house number, postal code (Finnish 5 digits, Swedish "123 45"), locality. */
const ADDRESS =
  /(\p{Lu}[\p{L}'-]{1,40}(?:\s\p{L}[\p{L}'.-]{0,40}){0,2}?)\s(\d{1,4}(?:\s?[A-Za-z](?:\s?\d{1,3})?)?(?:\s?-\s?\d{1,3})?)(?:,\s*|\s+)(?:(FI|SE|AX)-)?(\d{5}|\d{3}\s\d{2})\s(\p{Lu}[\p{L}-]{1,40}(?:\s\p{Lu}[\p{L}-]{1,40})?)/u;
const ADDRESS_LABEL =
  /^(?:käyntiosoite|postiosoite|katuosoite|osoite|laskutusosoite|besöksadress|postadress|gatuadress|adress|address|visiting address|postal address|street address|office)\s+/i;

/** One person's name: two or three capitalised words, double names hyphenated. */
export const NAME = /\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}/u;
export const ORGANISATION =
  /(?:^|[\s(])(?:oy|oyj|ab|abp|ltd|tmi|ky|ay|ry|r\.y\.|inc|llc|gmbh|a\/s|aps|hb|kb|sa|bv|plc|osuuskunta|säätiö|stiftelse|yhdistys|förening|föreningen|association|foundation|kommun|kaupunki|kunta|group|konserni|koncern)(?:$|[\s,.)])/i;

export interface PostalAddressFound {
  street: string;
  postalCode: string;
  locality: string;
  country?: string;
  index: number;
  length: number;
}

export function findAddress(line: string): PostalAddressFound | undefined {
  const match = ADDRESS.exec(line);
  if (!match) return undefined;
  let street = `${match[1]} ${match[2]}`;
  while (ADDRESS_LABEL.test(street)) street = street.replace(ADDRESS_LABEL, '');
  // "Oy Arbonaut Ltd. Käyntiosoite Kaislakatu 2": the street is the words after a label.
  if (/\d/.test(match[1])) return undefined;
  return {
    street,
    postalCode: match[4],
    locality: match[5],
    country: match[3] === 'FI' || match[3] === 'AX' ? 'FI' : match[3] === 'SE' ? 'SE' : undefined,
    index: match.index + match[0].indexOf(street),
    length: match[0].length - match[0].indexOf(street),
  };
}

export interface IdFound {
  value: string;
  kind: 'y-tunnus' | 'organisationsnummer' | 'vat';
  valid: boolean;
  index: number;
}

const luhn = (digits: string) =>
  [...digits].reverse().reduce((sum, d, i) => {
    const n = Number(d) * (i % 2 ? 2 : 1);
    return sum + (n > 9 ? n - 9 : n);
  }, 0) %
    10 ===
  0;

const VAT_COUNTRIES = 'AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK';

/** Business ids in a line: a Y-tunnus, a Swedish organisationsnummer, an EU VAT number. */
export function findBusinessIds(line: string): IdFound[] {
  const out: IdFound[] = [];
  const labelled = (at: number, label: RegExp) => label.test(line.slice(Math.max(0, at - 40), at));
  for (const m of line.matchAll(/(?<![\w-])(\d{7})-(\d)(?![\w-])/g)) {
    const valid = isValidFinnishBusinessId(m[0]);
    if (valid || labelled(m.index ?? 0, /y-?tunnus|y-?tun\.|business id|fo-nummer|företagsnummer/i))
      out.push({value: m[0], kind: 'y-tunnus', valid, index: m.index ?? 0});
  }
  for (const m of line.matchAll(/(?<![\w-])(\d{6})-(\d{4})(?![\w-])/g)) {
    // The third digit of an organisationsnummer is 2 or more; a personnummer's is a month.
    const valid = Number(m[1][2]) >= 2 && luhn(m[1] + m[2]);
    if (valid || labelled(m.index ?? 0, /org\.?\s?n(?:r|umm?er)|organisationsnummer/i))
      out.push({value: m[0], kind: 'organisationsnummer', valid, index: m.index ?? 0});
  }
  for (const m of line.matchAll(new RegExp(`(?<![\\w-])(${VAT_COUNTRIES})\\s?(\\d[\\dA-Z]{7,11})(?![\\w-])`, 'g'))) {
    const value = m[1] + m[2];
    const valid =
      m[1] === 'FI'
        ? /^\d{8}$/.test(m[2]) && isValidFinnishBusinessId(`${m[2].slice(0, 7)}-${m[2][7]}`)
        : m[1] === 'SE'
          ? /^\d{10}01$/.test(m[2]) && luhn(m[2].slice(0, 10))
          : /^\d+$/.test(m[2]);
    if (valid || labelled(m.index ?? 0, /vat|alv|moms|mwst|tva|iva|btw/i)) out.push({value, kind: 'vat', valid, index: m.index ?? 0});
  }
  return out;
}

/** Digits in a phone-number-like match, or 0 when it is not one. */
export function phoneDigits(candidate: string): number {
  const digits = candidate.replace(/\(0\)/, '').replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15 ? digits : 0;
}

/** Dates as real notices write them: 31.5.2024, 2024-05-31, 31 May 2024. */
const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  januari: 1,
  februari: 2,
  mars: 3,
  maj: 5,
  juni: 6,
  juli: 7,
  augusti: 8,
  oktober: 10,
};

export function isoDate(text: string): string | undefined {
  let m = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text);
  let y: number, mo: number, d: number;
  if (m) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text))) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /\b(\d{1,2})\s+([a-z]+)\s+(\d{4})\b/i.exec(text)) && MONTHS[m[2].toLowerCase()])
    [d, mo, y] = [Number(m[1]), MONTHS[m[2].toLowerCase()], Number(m[3])];
  else if ((m = /\b([a-z]+)\s+(\d{1,2}),?\s+(\d{4})\b/i.exec(text)) && MONTHS[m[1].toLowerCase()])
    [mo, d, y] = [MONTHS[m[1].toLowerCase()], Number(m[2]), Number(m[3])];
  else return undefined;
  const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !isNaN(date.getTime()) && date.toISOString().startsWith(iso) && y >= 1990 && y <= 2100 ? iso : undefined;
}
