/**
 * The importer on the five real notices in ../shared/seeds/, as they are:
 * plain text copied from web pages and PDFs. The expected kinds and facts
 * were written by reading each seed, heading by heading; the figures this
 * test prints are the ones docs/cli-import.md quotes.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {SectionKind} from '../../src/document/schema.js';
import {validateNotice} from '../../src/document/validate.js';
import {importNotice} from '../../src/import/index.js';
import {compareFacts, coverage, inventedFacts, kindAccuracy} from './import-measure.js';

const seed = (name: string) => readFileSync(new URL(`../../../shared/seeds/${name}.txt`, import.meta.url), 'utf8');

interface Expected {
  file: string;
  title?: string;
  kinds: SectionKind[];
  facts: Record<string, unknown>;
  /** Lines a careful reader calls page furniture, not notice. */
  chrome: string[];
}

const seeds: Record<string, Expected> = {
  'arbonaut-proms': {
    file: '000_b637b4023ffd70b5',
    title: 'Arbonaut ProMS -palvelun REKISTERISELOSTE',
    kinds: ['controller', 'purposes', 'data-categories', 'sources', 'recipients', 'security', 'rights'],
    facts: {
      controller: {name: 'Oy Arbonaut Ltd.', address: {street: 'Kaislakatu 2', postalCode: '80130', locality: 'Joensuu'}},
      contacts: [{role: 'register-contact', name: 'Tuomo Puumalainen', email: 'proms@arbonaut.com', phone: '+358 50 4364479'}],
      rights: [{type: 'access'}],
    },
    chrome: ['mailto:proms@arbonaut.com'],
  },
  'aristokrata-prosist': {
    file: '001_597d04846a1ade29',
    title: 'TIETOSUOJASELOSTE',
    kinds: [
      'controller',
      'contact',
      'register-name',
      'legal-basis',
      'purposes',
      'data-categories',
      'sources',
      'recipients',
      'transfers',
      'rights',
      'security',
      'cookies',
    ],
    facts: {
      controller: {
        name: "Aristokrata tmi – PRO'SIST",
        businessId: '1563115-5',
        address: {street: 'Haapatie 2 B 7', postalCode: '28400', locality: 'Ulvila'},
      },
      contacts: [{role: 'register-contact', name: 'Noora Ylimys', email: 'noora.ylimys@prosist.fi', phone: '+358 (0)44 270 8139'}],
      cookies: {
        services: [{name: 'Google Analytics', category: 'analytics', items: [], privacyPolicy: 'http://www.google.fi/policies/privacy/'}],
      },
    },
    chrome: [],
  },
  propentus: {
    file: '002_ecf86816e8bf7385',
    kinds: [
      'controller',
      'contact',
      'register-name',
      'purposes',
      'data-categories',
      'data-categories',
      'data-categories',
      'sources',
      'recipients',
      'security',
      'retention',
      'rights',
      'rights',
      'rights',
      'automated-decisions',
    ],
    facts: {
      controller: {
        name: 'Propentus Oy',
        phone: '010 321 3150',
        address: {street: 'Prikaatintie 9', postalCode: '45100', locality: 'Kouvola'},
      },
      contacts: [
        {
          role: 'register-contact',
          name: 'Annika Valokari-Tähtinen',
          title: 'Markkinointikoordinaattori',
          phones: [{number: '010 321 3150'}, {number: '050 372 1690'}],
          address: {street: 'Prikaatintie 9', postalCode: '45100', locality: 'Kouvola'},
        },
        {
          role: 'dpo',
          name: 'Heidi Eklund-Karvonen',
          title: 'Tietosuojavastaava',
          phones: [{number: '010 321 3150'}, {number: '050 374 9901'}],
          address: {street: 'Prikaatintie 9', postalCode: '45100', locality: 'Kouvola'},
        },
      ],
    },
    chrome: [
      'Login to your account',
      'Username *',
      'Password *',
      'Ota yhteyttä',
      'Haluatko kuulla lisää tai nähdä demon? Ota yhteyttä identiteetinhallinnan asiantuntijaamme tai jätä soittopyyntö.',
      'Katsotaan yhdessä miten organisaatiosi hyötyisi eniten Propentus United Identity -palvelukokonaisuudesta.',
      'Tämä sähköpostiosoite on suojattu spamboteilta. Tarvitset JavaScript-tuen nähdäksesi sen. +358 (0)10 321 3152',
    ],
  },
  arjasmaa: {
    file: '003_3707d14185269fe4',
    title: 'TIETOSUOJASELOSTE – ASIAKASTIETOREKISTERI',
    kinds: ['controller', 'register-name', 'purposes', 'data-categories', 'sources', 'recipients', 'security', 'rights', 'other'],
    facts: {
      controller: {
        name: 'Hanna Kemppe',
        email: 'hanna.kemppe@kemppe.fi',
        phone: '040 730 6752',
        address: {street: 'Haikankatu 4', postalCode: '21200', locality: 'Raisio'},
      },
    },
    chrome: [],
  },
  'pro-tyoturva': {
    file: '004_6d065ad1fc66e94d',
    title: 'Pro Työturva -palvelun tietosuojaseloste - asiakasrekisteri',
    kinds: ['controller', 'contact', 'register-name', 'purposes', 'data-categories', 'sources', 'recipients', 'transfers', 'security'],
    facts: {
      controller: {
        name: 'Pro PK-Pilvipalvelut',
        businessId: '2855354-7',
        url: 'http://www.protyoturva.fi/',
        address: {street: 'Syvälahdentie 13', postalCode: '83460', locality: 'Harinjärvi'},
      },
      contacts: [{role: 'register-contact', name: 'Hannu Hirvonen', phone: '050 63 882'}],
      rights: [{type: 'objection-direct-marketing'}],
    },
    chrome: [
      'Ota yhteyttä',
      'Kiinnostuitko? Heräsikö lisäkysymyksiä? Kerromme mielellämme lisää - jätä yhteystietosi alla olevalla lomakkeella, niin palaamme tuota pikaa asiaan!',
      '*pakollinen kenttä',
      'Palvelua toteuttamassa',
    ],
  },
};

const figures: string[] = [];

describe('importNotice on the seed notices', () => {
  it.each(Object.keys(seeds))('%s', (name) => {
    const expected = seeds[name];
    const source = seed(expected.file);
    const result = importNotice(source, {fileName: `${expected.file}.txt`});
    expect(result.error).toBeUndefined();
    const document = result.document!;
    expect(validateNotice(document).ok).toBe(true);
    expect(document.languages).toEqual(['fi']);
    if (expected.title) expect(document.title).toBe(expected.title);

    // Nothing disappears silently: what was dropped is exactly the page furniture.
    const dropped = result.report.dropped.map((d) => d.text.trim());
    expect(new Set(dropped)).toEqual(new Set(expected.chrome));
    const notice = source
      .split('\n')
      .filter((line) => !expected.chrome.includes(line.replace(/[\s\u00a0]+/g, ' ').trim()))
      .join('\n');
    const kept = coverage(notice, document);
    expect(kept).toBeGreaterThanOrEqual(0.98);

    const kinds = kindAccuracy(document, expected.kinds);
    expect(kinds).toBeGreaterThanOrEqual(0.9);
    expect(document.sections.length).toBe(expected.kinds.length);

    const facts = compareFacts(expected.facts, document);
    expect(facts.missed).toEqual([]);
    const invented = inventedFacts(result, source);
    expect(invented).toEqual([]);
    // Section numbers are kept apart from titles.
    for (const section of document.sections) expect(String(section.title ?? '')).not.toMatch(/^\d+[.)]\s/);

    figures.push(
      `${name}: coverage ${kept.toFixed(3)}, kinds ${(kinds * 100).toFixed(0)} % of ${expected.kinds.length}, facts ${facts.found.length} found / ${facts.missed.length} missed / ${invented.length} invented, ${result.report.facts.length} facts reported, ${dropped.length} lines dropped`
    );
  });

  it('prints the figures', () => {
    console.info(figures.join('\n'));
    expect(figures).toHaveLength(Object.keys(seeds).length);
  });

  it('keeps Propentus refusing objection in its own words', () => {
    const {document} = importNotice(seed('002_ecf86816e8bf7385'));
    const objection = document!.rights!.find((r) => r.type === 'objection');
    expect(objection).toMatchObject({offered: false});
    expect(objection!.text).toContain('ei ole mahdollista kieltää tietojen käsittelyä');
  });

  it('reports what the author must add rather than making it up', () => {
    const {document, report} = importNotice(seed('002_ecf86816e8bf7385'));
    // Propentus has no title of its own: its register's name stands in, reported.
    expect(document!.title).toBe('Propentuksen yhteystietorekisteri');
    expect(report.title.found).toBe(false);
    expect(report.authorMustAdd.map((a) => a.path)).toContain('title');
    expect(report.authorMustAdd.map((a) => a.path)).toContain('updated');
    // MailChimp is named as the email service of direct marketing, not as
    // anything on the website: no cookie service, a note instead.
    expect(document!.cookies).toBeUndefined();
    expect(report.notes.join('\n')).toMatch(/names MailChimp, but not as something on your website/);
  });

  it('a service named with cookies or analytics becomes a cookie service without invented cookies', () => {
    const {document, report} = importNotice(seed('001_597d04846a1ade29'));
    expect(document!.cookies!.services.map((s) => s.name)).toEqual(['Google Analytics']);
    expect(document!.cookies!.services[0].items).toEqual([]);
    expect(report.authorMustAdd.map((a) => a.path)).toContain('cookies.services[0].items');
  });
});
