/**
 * How to reach someone, as a notice writes it: emails, phone numbers (with
 * their labels), a postal address and web addresses in some lines, and
 * putting them on the controller or a contact.
 */
import type {NoticeContact, PhoneEntry} from '../document/schema.js';
import type {SourceLine} from './blocks.js';
import {EMAIL, findAddress, findBusinessIds, PHONE, phoneDigits, URL_PATTERN, urlsIn, type PostalAddressFound} from './patterns.js';

const GENERIC_PHONE_LABEL =
  /^(puh(elin)?|puhelinnumero|p\.|tel(efon|ephone)?|phone|mobile|matkapuhelin|gsm|mob|mobil|nro|numero|number|nummer|tfn)\.?:?$/i;

export interface Reach {
  emails: SourceLine[];
  phones: {number: string; label?: string; at: SourceLine}[];
  address?: {found: PostalAddressFound; at: SourceLine};
  urls: SourceLine[];
}

/** Emails, phones, an address and web addresses in some lines. */
export function reach(lines: SourceLine[]): Reach {
  const out: Reach = {emails: [], phones: [], urls: []};
  for (const at of lines) {
    let rest = at.text;
    for (const m of rest.matchAll(EMAIL)) out.emails.push({text: m[0], line: at.line});
    for (const text of urlsIn(rest)) out.urls.push({text, line: at.line});
    const address = findAddress(rest);
    if (address && !out.address) out.address = {found: address, at};
    // Mask what is not a phone number: addresses, ids, emails, web addresses, dates.
    rest = rest
      .replace(EMAIL, (s) => ' '.repeat(s.length))
      .replace(URL_PATTERN, (s) => ' '.repeat(s.length))
      .replace(/\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/g, (s) => ' '.repeat(s.length));
    for (const id of findBusinessIds(rest))
      rest = rest.slice(0, id.index) + ' '.repeat(id.value.length) + rest.slice(id.index + id.value.length);
    if (address) rest = rest.slice(0, address.index) + ' '.repeat(address.length) + rest.slice(address.index + address.length);
    let last = 0;
    for (const m of rest.matchAll(PHONE)) {
      const number = m[0].trim();
      if (!phoneDigits(number)) continue;
      const before = rest
        .slice(last, m.index)
        .replace(/^[\s,;/]+|[\s,;:–-]+$/g, '')
        .trim();
      last = (m.index ?? 0) + m[0].length;
      const label =
        before && !GENERIC_PHONE_LABEL.test(before) && before.split(/\s+/).length <= 4 && !/\d|@/.test(before) && !/[.!?]/.test(before)
          ? before.replace(/\s*:$/, '')
          : undefined;
      out.phones.push({number, ...(label ? {label} : {}), at});
    }
  }
  return out;
}

const uniqueBy = <T>(items: T[], key: (item: T) => string) => items.filter((item, i) => items.findIndex((x) => key(x) === key(item)) === i);

export function collectEmails(who: {email?: string; emails?: {address: string}[]}): string[] {
  return [who.email, ...(who.emails ?? []).map((e) => e.address)].filter((e): e is string => !!e).map((e) => e.toLowerCase());
}

/** Puts found emails, phones and an address on a controller or contact. */
export function applyReach(
  who: {email?: string; emails?: {address: string}[]; phone?: string; phones?: PhoneEntry[]; address?: NoticeContact['address']},
  r: Reach,
  path: string,
  fact: (path: string, value: string, at: SourceLine) => void
) {
  const emails = uniqueBy(r.emails, (e) => e.text.toLowerCase());
  if (emails.length === 1) {
    who.email = emails[0].text;
    fact(`${path}.email`, emails[0].text, emails[0]);
  } else if (emails.length > 1) {
    who.emails = emails.slice(0, 10).map((e, i) => {
      fact(`${path}.emails[${i}].address`, e.text, e);
      return {address: e.text};
    });
  }
  const phones = uniqueBy(r.phones, (p) => p.number.replace(/\D/g, '')).slice(0, 10);
  if (phones.length === 1 && !phones[0].label) {
    who.phone = phones[0].number;
    fact(`${path}.phone`, phones[0].number, phones[0].at);
  } else if (phones.length) {
    who.phones = phones.map((p, i) => {
      fact(`${path}.phones[${i}].number`, p.number, p.at);
      if (p.label) fact(`${path}.phones[${i}].label`, p.label, p.at);
      return p.label ? {number: p.number, label: p.label} : {number: p.number};
    });
  }
  if (r.address) {
    const {street, postalCode, locality, country} = r.address.found;
    who.address = {street, postalCode, locality, ...(country ? {country} : {})};
    fact(`${path}.address.street`, street, r.address.at);
    fact(`${path}.address.postalCode`, postalCode, r.address.at);
    fact(`${path}.address.locality`, locality, r.address.at);
  }
}
