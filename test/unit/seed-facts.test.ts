/**
 * The seed notices state only what their texts state. Each document in
 * demo/notices/ was made from a real notice (shared/seeds/); every structured
 * fact in it — a phone number, an email address, a business id, an address on
 * the web, a person's name, a cookie service, a legal basis, a date, a section
 * number, a right — must be one its seed text gives. A fact the text does not
 * give is invented, however likely it is.
 */
import {describe, expect, it} from 'vitest';
import {emailsOf, phonesOf, type LegalBasis, type NoticeDocument} from '../../src/document/schema.js';
import {repairNotice} from '../../src/document/repair.js';
import {validateNotice} from '../../src/document/validate.js';
import {SEEDS, flat, original, plainText, seedDocument, seedText, type Seed} from './seed-helpers.js';

const cases = SEEDS.map((seed) => [seed.name, seed] as const);

/** A phone number as digits, in the national form: "+358 (0)44 270 8139" → "0442708139". */
const phoneDigits = (phone: string) => phone.replace('(0)', '').replace(/\D/g, '').replace(/^358/, '0');

/** Every phone number the text writes. */
const phonesIn = (text: string) => (text.match(/\+?\d[\d ()-]{4,}\d/g) ?? []).map(phoneDigits).filter((digits) => digits.length >= 7);

/** Every string of a value, however deep (for addresses inside rich text). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function people(notice: NoticeDocument) {
  const {controller} = notice;
  return [controller, ...(controller.representative ? [controller.representative] : []), ...(notice.contacts ?? [])];
}

/** Words that name each legal basis of Art. 6(1) in a Finnish notice. */
const NAMES_OF_BASIS: Record<LegalBasis, RegExp> = {
  'A6-1-a': /suostumu/i,
  'A6-1-b': /sopimu/i,
  'A6-1-c': /lakisääteinen velvoite|oikeudellisen velvoitteen/i,
  'A6-1-d': /elintärkeä/i,
  'A6-1-e': /yleistä etua|julkisen vallan/i,
  'A6-1-f': /oikeutettu(a|jen)? etu/i,
};

/** Ways a Finnish text writes the date 2018-05-25. */
const datesWritten = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return [iso, `${+d}.${+m}.${y}`, `${d}.${m}.${y}`];
};

describe('seed facts: each document states only what its seed text states', () => {
  it.each(cases)('%s is valid as it is, with nothing to repair', (_, seed) => {
    const document = seedDocument(seed);
    const result = validateNotice(document);
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(repairNotice(document).issues).toEqual([]);
  });

  it.each(cases)('%s: every phone number is one the text gives', (_, seed) => {
    const text = phonesIn(seedText(seed));
    const notice = seedDocument(seed);
    const numbers = people(notice).flatMap((who) => phonesOf(who).map((entry) => entry.number));
    const linked = strings(notice).flatMap((s) => [...s.matchAll(/href="tel:([^"]+)"/g)].map((m) => m[1]));
    for (const number of [...numbers, ...linked]) expect(text, number).toContain(phoneDigits(number));
  });

  it.each(cases)('%s: every email address is one the text gives', (_, seed) => {
    const text = seedText(seed).toLowerCase();
    const notice = seedDocument(seed);
    const addresses = people(notice).flatMap((who) => emailsOf(who).map((entry) => entry.address));
    const linked = strings(notice).flatMap((s) => [...s.matchAll(/mailto:([^"?]+)/g)].map((m) => m[1]));
    for (const address of [...addresses, ...linked]) expect(text, address).toContain(address.toLowerCase());
  });

  it.each(cases)('%s: the business id, the web addresses and the names are the text’s', (_, seed) => {
    const text = seedText(seed);
    const notice = seedDocument(seed);
    if (notice.controller.businessId) expect(text).toContain(notice.controller.businessId);
    const urls = [
      notice.controller.url,
      notice.controller.representative?.url,
      ...(notice.cookies?.services ?? []).map((service) => service.privacyPolicy),
      ...strings(notice).flatMap((s) => [...s.matchAll(/href="(https?:[^"]+)"/g)].map((m) => m[1])),
    ].filter((url): url is string => !!url);
    for (const url of urls) expect(text, url).toContain(url);
    const language = notice.languages[0];
    const names = people(notice).map((who) => original(who.name, language));
    for (const name of names) expect(text, name).toContain(name);
  });

  it.each(cases)('%s: a cookie service only as far as the text names it', (_, seed) => {
    const text = seedText(seed);
    const notice = seedDocument(seed);
    for (const service of notice.cookies?.services ?? []) {
      expect(text, service.id).toContain(original(service.name, notice.languages[0]));
      if (service.provider) expect(text, `${service.id}.provider`).toContain(original(service.provider, notice.languages[0]));
      // No text names the country a service sends data to.
      expect(service.transferCountry, `${service.id}.transferCountry`).toBeUndefined();
      for (const item of service.items) expect(text, `${service.id}: ${item.name}`).toContain(item.name);
    }
  });

  it.each(cases)('%s: a legal basis or legitimate interest only where the text names it', (_, seed) => {
    const text = seedText(seed);
    const notice = seedDocument(seed);
    const purposes = notice.sections.flatMap((section) => section.purposes ?? []);
    for (const purpose of purposes) {
      for (const basis of purpose.legalBasis ?? []) expect(text, basis).toMatch(NAMES_OF_BASIS[basis]);
      const interest = original(purpose.legitimateInterest, notice.languages[0]);
      if (interest) expect(flat(text), interest).toContain(flat(interest));
    }
    // None of the five ties a basis to a purpose or names a legitimate interest.
    expect(purposes.filter((purpose) => purpose.legalBasis || purpose.legitimateInterest)).toEqual([]);
  });

  it.each(cases)('%s: no country after a postal address, in any language, unless the text names it', (_, seed) => {
    const text = seedText(seed);
    // "Haikankatu 4, 21200 Raisio, Finland": the country was inferred from the postal code.
    const countries = strings(seedDocument(seed)).flatMap((s) =>
      [...s.matchAll(/\b\d{5} [\p{L}-]+, (\p{Lu}[\p{L}-]+)/gu)].map((m) => m[1])
    );
    for (const country of countries) expect(text, country).toContain(country);
  });

  it.each(cases)('%s: a date only where the text gives it', (_, seed) => {
    const text = seedText(seed);
    const notice = seedDocument(seed);
    const dates = [notice.updated, notice.effective, ...(notice.changes ?? []).map((change) => change.date)];
    for (const date of dates.filter((d): d is string => !!d))
      expect(
        datesWritten(date).some((written) => text.includes(written)),
        date
      ).toBe(true);
  });

  it.each(cases)('%s: every section number is a heading number in the text', (_, seed) => {
    const text = seedText(seed);
    for (const {number} of seedDocument(seed).sections.filter((section) => section.number)) {
      const heading = new RegExp(`^\\s*${number!.replace(/\./g, '\\.')}\\.?\\s+\\S`, 'm');
      expect(text, number).toMatch(heading);
    }
  });

  it.each(cases)('%s: every right is granted, limited or refused in the text’s own words', (_, seed) => {
    const text = flat(seedText(seed));
    const notice = seedDocument(seed);
    for (const right of notice.rights ?? []) {
      const said = original(right.text, notice.languages[0]);
      expect(said, right.type).toBeTruthy();
      const sentences = plainText(said!)
        .split(/(?<=[.!?])\s+/)
        .filter((s) => s.trim());
      for (const sentence of sentences) expect(text, `${right.type}: ${sentence}`).toContain(flat(sentence));
    }
  });
});

describe('seed facts, one by one', () => {
  const bySeed = (name: string) => seedDocument(SEEDS.find((seed) => seed.name === name) as Seed);

  it('002 Propentus: both numbers of each contact person; no objection; erasure and complaint as far as the text goes', () => {
    const notice = bySeed('propentus');
    expect(notice.contacts!.map((contact) => phonesOf(contact).map((phone) => phoneDigits(phone.number)))).toEqual([
      ['0103213150', '0503721690'],
      ['0103213150', '0503749901'],
    ]);
    const rights = Object.fromEntries(notice.rights!.map((right) => [right.type, right]));
    expect(rights.objection.offered).toBe(false);
    expect(original(rights.erasure.text, 'fi')).toContain(
      'käsittelyn kannalta virheellinen, tarpeeton, puutteellinen tai vanhentunut tieto'
    );
    expect(original(rights.complaint.text, 'fi')).toContain('Kiistatapauksissa');
    expect(notice.cookies).toBeUndefined();
  });

  it('003 Arjasmaa: the register keeper is the person the text names; forbidding publication stays in its own words', () => {
    const notice = bySeed('arjasmaa');
    expect(notice.controller.name).toBe('Hanna Kemppe');
    expect(notice.rights!.map((right) => right.type)).not.toContain('objection-direct-marketing');
    const purposes = notice.sections.find((section) => section.kind === 'purposes')!;
    expect(original(purposes.body, 'fi')).toContain('Asiakkaalla on oikeus kieltää tietojen julkaiseminen');
    expect(notice.cookies).toBeUndefined();
  });

  it('001 Aristokrata: Google Analytics as the text names it, no cookie the text does not name', () => {
    const [service, ...others] = bySeed('aristokrata-prosist').cookies!.services;
    expect(others).toEqual([]);
    expect(service).toMatchObject({name: 'Google Analytics', category: 'analytics', items: []});
  });
});
