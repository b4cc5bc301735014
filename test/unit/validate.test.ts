import {describe, expect, it} from 'vitest';
import {formatIssue, validateNotice} from '../../src/document/validate.js';

const minimal = () => ({
  schemaVersion: 1,
  id: 'acme-customers',
  languages: ['fi', 'en'],
  title: {fi: 'Tietosuojaseloste', en: 'Privacy notice'},
  updated: '2024-05-31',
  controller: {name: 'Acme Oy'},
  sections: [{id: 'purposes', kind: 'purposes', body: '<p>Asiakassuhde.</p>'}],
});

type Doc = Record<string, unknown> & ReturnType<typeof minimal>;

/** The formatted errors for a document changed by `change`. */
function errorsAfter(change: (doc: Doc) => void): string[] {
  const doc = minimal() as Doc;
  change(doc);
  const result = validateNotice(doc);
  expect(result.ok).toBe(false);
  return result.errors.map(formatIssue);
}

describe('validateNotice', () => {
  it('accepts a minimal document', () => {
    const result = validateNotice(minimal());
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('accepts a document using every part of the format, and returns an equal copy', () => {
    const full = {
      ...minimal(),
      $schema: './privacy-notice.schema.json',
      effective: '2024-06-01',
      version: '2.1',
      summary: {fi: '<p>Lyhyesti.</p>', en: '<p>In short.</p>'},
      legalReferences: ['EU 2016/679', {fi: 'Tietosuojalaki 1050/2018', en: 'Data Protection Act 1050/2018'}],
      controller: {
        name: 'Acme Oy',
        businessId: '0112038-9',
        address: {street: 'Katu 1', postalCode: '00100', locality: 'Helsinki', country: 'FI'},
        email: 'tietosuoja@acme.fi',
        phone: '+358 40 123 4567',
        url: 'https://acme.fi/',
        representative: {name: 'Rep GmbH', email: 'rep@example.de'},
      },
      contacts: [{role: 'dpo', name: 'Maija', title: {fi: 'Tietosuojavastaava', en: 'DPO'}, email: 'dpo@acme.fi'}],
      sections: [
        {
          id: 'purposes',
          kind: 'purposes',
          title: {fi: 'Tarkoitukset', en: 'Purposes'},
          body: {fi: '<p>Asiakkuus.</p>', en: '<p>Customers.</p>'},
          purposes: [
            {purpose: 'Asiakkuus', legalBasis: ['A6-1-b']},
            {purpose: 'Analytiikka', legalBasis: ['A6-1-f'], legitimateInterest: 'Palvelun kehitys'},
          ],
          retention: [{data: 'Asiakastiedot', duration: 'P2Y', text: 'Kaksi vuotta.'}],
        },
      ],
      rights: [{type: 'access'}, {type: 'objection-direct-marketing', text: 'Aina.'}],
      cookies: {
        description: 'Evästeet.',
        services: [
          {
            id: 'google-analytics',
            name: 'Google Analytics',
            category: 'analytics',
            provider: 'Google Ireland Ltd',
            purpose: 'Kävijätilastot',
            privacyPolicy: 'https://policies.google.com/privacy',
            transferCountry: 'US',
            items: [
              {name: '_ga', type: 'cookie', duration: 'P2Y'},
              {name: '_ga_*', type: 'cookie', duration: 'P2Y', description: 'Istunto'},
              {name: 'consent', type: 'localStorage', duration: 'session'},
            ],
          },
        ],
      },
    };
    const result = validateNotice(JSON.stringify(full));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    const {$schema: _ignored, ...expected} = full;
    expect(result.notice).toEqual(expected);
  });

  describe('one error per class, with its path and plain words', () => {
    it('wrong type', () => {
      expect(errorsAfter((doc) => (doc.title = 5 as never))).toEqual(['title: expected text, found 5']);
      expect(errorsAfter((doc) => (doc.sections = {} as never))).toEqual(['sections: expected a list, found an object']);
      expect(errorsAfter((doc) => (doc.controller = 'Acme' as never))).toEqual(['controller: expected an object, found "Acme"']);
    });

    it('missing key', () => {
      expect(
        errorsAfter((doc) => {
          delete (doc as Partial<Doc>).controller;
          delete (doc.sections[0] as Partial<Doc['sections'][0]>).body;
        })
      ).toEqual(['controller: is missing', 'sections[0].body: is missing']);
    });

    it('empty text, empty translations, empty list', () => {
      expect(errorsAfter((doc) => (doc.title = '  ' as never))).toEqual(['title: must not be empty']);
      expect(errorsAfter((doc) => (doc.title = {} as never))).toEqual(['title: must not be empty']);
      expect(errorsAfter((doc) => (doc.languages = []))).toEqual(['languages: must not be empty']);
    });

    it('a word outside the vocabulary, with a suggestion when one is close', () => {
      expect(errorsAfter((doc) => (doc.sections[0].kind = 'purpose'))).toEqual([
        'sections[0].kind: "purpose" is not a known kind — did you mean "purposes"?',
      ]);
      expect(errorsAfter((doc) => (doc.sections[0].kind = 'Retension'))).toEqual([
        'sections[0].kind: "Retension" is not a known kind — did you mean "retention"?',
      ]);
      const [farOff] = errorsAfter((doc) => (doc.sections[0].kind = 'xyzzy'));
      expect(farOff).toBe(
        'sections[0].kind: "xyzzy" is not a known kind; use one of controller, contact, dpo, register-name, purposes, legal-basis, legitimate-interests, data-categories, sources, recipients, transfers, retention, rights, withdraw-consent, complaint, automated-decisions, requirement, security, cookies, other'
      );
    });

    it.each([
      ['updated', (doc: Doc) => (doc.updated = '31.5.2024'), 'updated: "31.5.2024" is not an ISO date like "2024-05-31"'],
      ['a month 13', (doc: Doc) => (doc.updated = '2024-13-01'), 'updated: "2024-13-01" is not an ISO date like "2024-05-31"'],
      ['id', (doc: Doc) => (doc.id = 'Acme Customers'), 'id: "Acme Customers" is not a slug (a-z, 0-9, -) like "data-content"'],
      [
        'section id',
        (doc: Doc) => (doc.sections[0].id = 'purposes-'),
        'sections[0].id: "purposes-" is not a slug (a-z, 0-9, -) like "data-content"',
      ],
      [
        'email',
        (doc: Doc) => (doc.controller = {name: 'A', email: 'privacy(at)acme.fi'} as never),
        'controller.email: "privacy(at)acme.fi" is not an email address like "privacy@example.fi"',
      ],
      [
        'url',
        (doc: Doc) => (doc.controller = {name: 'A', url: 'www.acme.fi'} as never),
        'controller.url: "www.acme.fi" is not an http: or https: address',
      ],
      [
        'javascript: url',
        (doc: Doc) => (doc.controller = {name: 'A', url: 'javascript:alert(1)'} as never),
        'controller.url: "javascript:alert(1)" is not an http: or https: address',
      ],
      [
        'phone',
        (doc: Doc) => (doc.controller = {name: 'A', phone: 'call us'} as never),
        'controller.phone: "call us" is not a phone number like "+358 40 123 4567"',
      ],
      [
        'duration',
        (doc: Doc) => ((doc.sections[0] as Record<string, unknown>).retention = [{duration: '2 years'}]),
        'sections[0].retention[0].duration: "2 years" is not an ISO 8601 duration like "P2Y"',
      ],
      [
        'empty duration',
        (doc: Doc) => ((doc.sections[0] as Record<string, unknown>).retention = [{duration: 'P'}]),
        'sections[0].retention[0].duration: "P" is not an ISO 8601 duration like "P2Y"',
      ],
      [
        'country',
        (doc: Doc) => (doc.controller = {name: 'A', address: {country: 'fi'}} as never),
        'controller.address.country: "fi" is not a country code like "FI"',
      ],
      ['language tag', (doc: Doc) => (doc.languages = ['suomi']), 'languages[0]: "suomi" is not a language tag like "fi" or "sv-FI"'],
      [
        'language key',
        (doc: Doc) => (doc.title = {fi_FI: 'Seloste'} as never),
        'title.fi_FI: "fi_FI" is not a language tag like "fi" or "sv-FI"',
      ],
      [
        'country',
        (doc: Doc) => (doc.controller = {name: 'A', address: {country: 'Finland'}} as never),
        'controller.address.country: is 7 characters long; the limit is 2 for a country code like "FI"',
      ],
    ])('a text in the wrong form: %s', (_name, change, message) => {
      expect(errorsAfter(change)).toEqual([message]);
    });

    it('too long', () => {
      expect(errorsAfter((doc) => (doc.title = 'x'.repeat(501) as never))).toEqual(['title: is 501 characters long; the limit is 500']);
      expect(errorsAfter((doc) => (doc.sections[0].body = 'x'.repeat(200_001)))).toEqual([
        'sections[0].body: is 200001 characters long; the limit is 200000',
      ]);
    });

    it('too many', () => {
      expect(errorsAfter((doc) => (doc.languages = Array(31).fill('fi')))).toEqual(['languages: has 31 entries; the limit is 30']);
    });

    it('duplicate section ids', () => {
      expect(
        errorsAfter((doc) =>
          doc.sections.push(
            {id: 'rights', kind: 'rights', body: 'a'},
            {id: 'purposes', kind: 'other', body: 'b'},
            {id: 'rights', kind: 'other', body: 'c'}
          )
        )
      ).toEqual([
        'sections[2].id: "purposes" is already the id of sections[0]',
        'sections[3].id: "rights" is already the id of sections[1]',
      ]);
    });

    it('a schemaVersion newer than this version, or not a version', () => {
      expect(errorsAfter((doc) => (doc.schemaVersion = 2))).toEqual([
        'schemaVersion: 2 is newer than this version understands (1); update privacy-notice',
      ]);
      expect(errorsAfter((doc) => (doc.schemaVersion = '1' as never))).toEqual(['schemaVersion: expected 1, found "1"']);
    });

    it('broken JSON, saying where', () => {
      const result = validateNotice('{"schemaVersion": 1,\n "id": }');
      expect(result.ok).toBe(false);
      expect(result.errors).toHaveLength(1);
      // Node 20 names the token, newer engines the position too; checkNotice adds line and column.
      expect(formatIssue(result.errors[0])).toMatch(/^document: is not valid JSON: Unexpected token/);
    });

    it('not an object at all', () => {
      expect(validateNotice('[]').errors.map(formatIssue)).toEqual(['document: expected an object, found a list']);
      expect(validateNotice(null).errors.map(formatIssue)).toEqual(['document: expected an object, found null']);
    });

    it('reports every error, not just the first', () => {
      expect(
        errorsAfter((doc) => {
          doc.id = 'X';
          doc.updated = 'today';
          doc.sections[0].kind = 'purpose';
        })
      ).toHaveLength(3);
    });
  });

  it('accepts a byte-order mark before the JSON', () => {
    const result = validateNotice('\uFEFF' + JSON.stringify(minimal()));
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('warns about unknown keys with a suggestion, and drops them, __proto__ included', () => {
    const result = validateNotice(
      '{"schemaVersion":1,"id":"a","languages":["fi"],"title":"T","updated":"2024-01-01","controller":{"name":"A"},"sections":[{"id":"s","kind":"other","body":"x","titel":"y"}],"__proto__":{"polluted":true},"titel":"x","$comment":"fine"}'
    );
    expect(result.ok).toBe(true);
    expect(result.warnings.map(formatIssue)).toEqual([
      'sections[0].titel: is not a known key and is ignored — did you mean "title"?',
      '__proto__: is not a known key and is ignored',
      'titel: is not a known key and is ignored — did you mean "title"?',
    ]);
    expect(({} as {polluted?: boolean}).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.notice)).toBe(Object.prototype);
    expect(Object.keys(result.notice!)).not.toContain('titel');
  });

  it('treats undefined (from a program) as an absent optional key', () => {
    expect(validateNotice({...minimal(), effective: undefined}).ok).toBe(true);
  });

  it('keeps a document written for a newer minor version usable: unknown keys only warn', () => {
    const result = validateNotice({...minimal(), accessibilityStatement: {url: 'https://x.fi'}});
    expect(result.ok).toBe(true);
    expect(result.warnings).toHaveLength(1);
  });
});

describe('validateNotice on hostile input', () => {
  it('ignores __proto__ and constructor keys without polluting anything', () => {
    const text = JSON.stringify({
      ...minimal(),
      controller: {name: 'A', constructor: {prototype: {polluted: true}}},
    }).replace('"title":', '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"title":');
    const result = validateNotice(text);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.path)).toEqual(['controller.constructor', '__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(result.notice, 'constructor')).toBe(false);
  });

  it('refuses __proto__ as a language of a text', () => {
    const result = validateNotice(JSON.stringify(minimal()).replace('"title":{', '"title":{"__proto__":"x",'));
    expect(result.errors.map(formatIssue)).toEqual(['title.__proto__: "__proto__" is not a language tag like "fi" or "sv-FI"']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('handles 10,000-deep nesting, as JSON text and as an object', () => {
    const deepText = '['.repeat(10_000) + ']'.repeat(10_000);
    const text = JSON.stringify(minimal()).replace('"title":', `"extra":${deepText},"title":`);
    expect(validateNotice(text).ok).toBe(true);

    let deep: unknown = 'bottom';
    for (let i = 0; i < 10_000; i++) deep = {fi: deep};
    const result = validateNotice({...minimal(), title: deep, summary: deep});
    expect(result.ok).toBe(false);
    expect(result.errors.map(formatIssue)).toEqual([
      'title.fi: expected text, found an object',
      'summary.fi: expected text, found an object',
    ]);
  });

  it('refuses a 20 MB string without echoing it', () => {
    const huge = 'x'.repeat(20 * 1024 * 1024);
    const result = validateNotice({...minimal(), title: huge, updated: huge});
    expect(result.errors.map(formatIssue)).toEqual([
      'title: is 20971520 characters long; the limit is 500',
      'updated: is 20971520 characters long; the limit is 10 for an ISO date like "2024-05-31"',
    ]);
    const keyed = validateNotice(JSON.stringify({...minimal(), [huge]: 1}));
    expect(keyed.ok).toBe(true);
    expect(keyed.warnings[0].path).toHaveLength(60);
    expect(keyed.warnings[0].message.length).toBeLessThan(100);
  });

  it('stops collecting after 200 issues', () => {
    const manyKeys = Object.fromEntries(Array.from({length: 100_000}, (_, i) => [`k${i}`, i]));
    const result = validateNotice({...minimal(), ...manyKeys});
    expect(result.ok).toBe(true);
    expect(result.warnings).toHaveLength(200);

    const badSections = Array.from({length: 5000}, () => ({id: 'X', kind: 'purpose', body: 1}));
    expect(validateNotice({...minimal(), sections: badSections}).errors).toHaveLength(200);
  });

  it('refuses lists longer than their limit before looking inside', () => {
    const result = validateNotice({...minimal(), sections: Array(1_000_000).fill(0)});
    expect(result.errors.map(formatIssue)).toEqual(['sections: has 1000000 entries; the limit is 5000']);
  });

  it('treats holes in a sparse list as missing entries', () => {
    const languages = ['fi'];
    languages[2] = 'en';
    expect(validateNotice({...minimal(), languages}).errors.map(formatIssue)).toEqual([
      'languages[1]: expected a language tag like "fi" or "sv-FI", found undefined',
    ]);
  });

  it('describes values JSON cannot hold without failing', () => {
    const result = validateNotice({...minimal(), title: 10n, id: Symbol('x')});
    expect(result.errors.map(formatIssue)).toEqual([
      'id: expected a slug (a-z, 0-9, -) like "data-content", found Symbol(x)',
      'title: expected text, found 10',
    ]);
  });
});
