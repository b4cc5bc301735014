/**
 * repairNotice: the lenient reading the element renders. Properties over
 * mutated and random documents (never throws, idempotent, output passes the
 * strict validator, never adds text), then one example per bad-input class.
 */
import {readdirSync, readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {repairNotice} from '../../src/document/repair.js';
import {normaliseText} from '../../src/document/shape.js';
import {formatIssue, validateNotice} from '../../src/document/validate.js';

const valid = {
  schemaVersion: 1,
  id: 'acme-customers',
  languages: ['fi', 'en'],
  title: {fi: 'Tietosuojaseloste', en: 'Privacy notice'},
  updated: '2024-05-31',
  introduction: '<p>Tämä seloste kertoo…</p>',
  controller: {
    name: 'Acme Oy',
    phones: [{number: '050 372 1690', label: {fi: 'arkisin'}}],
    email: 'tietosuoja@acme.fi',
  },
  contacts: [{role: 'dpo', name: 'Maija', email: 'dpo@acme.fi'}],
  sections: [
    {id: 'purposes', number: '1', kind: 'purposes', kinds: ['legal-basis'], body: {fi: '<p>Asiakkuus.</p>', en: '<p>Customers.</p>'}},
    {id: 'retention', number: '2', kind: 'retention', body: 'Säilytämme.', retention: [{criteria: 'Asiakkuuden ajan.'}]},
  ],
  rights: [{type: 'access'}, {type: 'objection', offered: false, text: 'Ei vastustamisoikeutta.'}],
  changes: [{date: '2024-05-31', version: '2', summary: 'Uusi muoto.'}],
};

/** Every string value in a JSON value (keys name fields; they are not text). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => strings(item, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => strings(item, out));
  return out;
}

/** Identifiers lenient mode may make up: none of them is text a reader sees. */
const MADE_UP = /^(section-\d+|.+-\d+|other|notice|und)$/;

/** Asserts the four properties of one repair. */
function repairsSoundly(input: unknown): void {
  const first = repairNotice(input);
  expect(Array.isArray(first.issues)).toBe(true);
  if (!first.notice) return;
  // The output passes the strict validator…
  const strict = validateNotice(first.notice);
  expect(strict.errors.map(formatIssue)).toEqual([]);
  // …repairing it again changes nothing…
  expect(repairNotice(first.notice).notice).toEqual(first.notice);
  // …and every string in it was in the input (normalised, perhaps cut short).
  const given = strings(input).map((s) => normaliseText(s).toLowerCase());
  const placeholders = first.placeholders.map((path) => (path === 'title' ? first.notice!.title : first.notice!.controller.name));
  for (const text of strings(first.notice)) {
    if (placeholders.includes(text) || MADE_UP.test(text) || typeof text !== 'string') continue;
    const core = text.replace(/…$/, '').toLowerCase();
    expect(
      given.some((g) => g.includes(core)),
      `"${text.slice(0, 60)}" was not in the input`
    ).toBe(true);
  }
}

/** Every path into a JSON value. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...paths(item, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...prefix, key]));
  return out;
}

function mutate(path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(valid) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as typeof parent;
  parent[path[path.length - 1]] = replacement;
  return copy;
}

const hostileValue = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.constant('\u200b'),
  fc.constant('050 372 1690 (arkisin)'),
  fc.constant('en_US'),
  fc.constant('2025-02-30'),
  fc.constant('x'.repeat(600)),
  fc.constant('a\u0007b\u202e'),
  fc.constant('\ud800lone'),
  fc.constant(1e308),
  fc.constant(-1),
  fc.constant({}),
  fc.constant([]),
  fc.string(),
  fc.anything()
);

describe('repairNotice properties', () => {
  it('a valid document comes back whole, with no issues', () => {
    const {notice, issues} = repairNotice(valid);
    expect(issues).toEqual([]);
    expect(notice).toEqual(validateNotice(valid).notice);
  });

  it('never throws, is idempotent, passes strict, adds no text: one value replaced anywhere', () => {
    const all = paths(valid).filter((p) => p.length);
    fc.assert(
      fc.property(fc.constantFrom(...all), hostileValue, (path, value) => {
        repairsSoundly(mutate(path, value));
      }),
      {numRuns: 600}
    );
  });

  it('the same for anything at all', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => repairsSoundly(value)),
      {numRuns: 300}
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({id: fc.string(), kind: fc.string(), body: fc.string(), title: fc.string()}), {maxLength: 8}),
        (sections) => repairsSoundly({...valid, sections})
      ),
      {numRuns: 300}
    );
  });

  it('the seed documents need no repair', () => {
    const dir = new URL('../../demo/notices/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      expect(
        repairNotice(text).issues.filter((i) => !/not a known key/.test(i.message)),
        file
      ).toEqual([]);
    }
  });
});

describe('repairNotice, class by class', () => {
  // The changes break the document's types on purpose (a string for a list, a missing title).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Broken = any;
  const repaired = (change: (doc: Broken) => void) => {
    const doc = structuredClone(valid) as Broken;
    change(doc);
    const result = repairNotice(doc);
    repairsSoundly(doc);
    return result;
  };

  it('a phone number with words in it leaves out that number only', () => {
    const {notice, issues} = repaired((d) => (d.controller.phones[0].number = '050 372 1690 (arkisin)'));
    expect(notice!.controller.phones).toEqual([]);
    expect(notice!.controller.email).toBe('tietosuoja@acme.fi');
    expect(issues.map((i) => i.path)).toContain('controller.phones[0].number');
  });

  it('a 501-character title is cut with an ellipsis', () => {
    const {notice, issues} = repaired((d) => (d.title.fi = 'T'.repeat(501)));
    expect((notice!.title as Record<string, string>).fi).toBe('T'.repeat(499) + '…');
    expect(issues[0].message).toMatch(/501 characters long; the limit is 500/);
  });

  it('text under a malformed language tag is kept as "und"', () => {
    const {notice} = repaired((d) => (d.sections[0].body = {en_US: '<p>Customers.</p>'}));
    expect(notice!.sections[0].body).toEqual({und: '<p>Customers.</p>'});
  });

  it('a malformed language tag is left out; case is canonical', () => {
    const {notice} = repaired((d) => (d.languages = ['FI', 'en_US', 'fi']));
    expect(notice!.languages).toEqual(['fi']);
    expect(repaired((d) => (d.languages = 'fi')).notice!.languages).toEqual(['und']);
    expect(repaired((d) => (d.languages = ['sv-fi'])).notice!.languages).toEqual(['sv-FI']);
  });

  it('a date that does not exist is left out', () => {
    const {notice, issues} = repaired((d) => (d.updated = '2025-02-30'));
    expect(notice!.updated).toBeUndefined();
    expect(issues.map(formatIssue)).toContain('updated: "2025-02-30" is not a date that exists');
  });

  it('repeated and unusable section ids: the first keeps its id, the rest get new ones', () => {
    const {notice} = repaired((d) => {
      d.sections.push({...d.sections[0]}, {...d.sections[1], id: '__proto__'}, {...d.sections[1], id: ''});
      d.sections.push({...d.sections[1], id: 'section-4'});
    });
    expect(notice!.sections.map((s) => s.id)).toEqual(['purposes', 'retention', 'purposes-2', 'section-4-2', 'section-5', 'section-4']);
  });

  it('an invisible or empty title goes; the section stays', () => {
    const {notice} = repaired((d) => (d.sections[0].title = '\u200b\u00ad '));
    expect(notice!.sections[0].title).toBeUndefined();
    expect(notice!.sections).toHaveLength(2);
  });

  it('controls and bidi overrides are removed, lone surrogates replaced', () => {
    const {notice} = repaired((d) => (d.sections[1].body = 'a\u0007b\u202ec\ud800d'));
    expect(notice!.sections[1].body).toBe('abc\ufffdd');
  });

  it('a newer schemaVersion is shown with a warning', () => {
    const {notice, issues} = repaired((d) => (d.schemaVersion = 2));
    expect(notice!.schemaVersion).toBe(1);
    expect(issues.map(formatIssue)).toContain('schemaVersion: 2 is newer than this version understands (1); update privacy-notice');
  });

  it('no title and no controller: interface text, marked as such', () => {
    const {notice, placeholders} = repaired((d) => {
      delete d.title;
      delete d.controller;
    });
    expect(placeholders).toEqual(['title', 'controller.name']);
    expect(notice!.title).toBe('Privacy notice');
    const nameless = repaired((d) => {
      delete d.title;
      delete d.controller.name;
    });
    expect(nameless.placeholders).toEqual(['controller.name', 'title']);
    expect(nameless.notice!.title).toBe('Privacy notice');
    const named = repaired((d) => delete d.title);
    expect(named.notice!.title).toBe('Acme Oy');
    expect(named.placeholders).toEqual([]);
  });

  it('nothing to show: not JSON, not an object, a JSON string, no section with text', () => {
    expect(repairNotice('{').notice).toBeUndefined();
    expect(repairNotice('[1]').notice).toBeUndefined();
    expect(repairNotice(JSON.stringify(JSON.stringify(valid))).notice).toBeUndefined();
    const empty = repairNotice({...valid, sections: [{id: 'a', kind: 'other', body: '<p> </p>'}]});
    expect(empty.notice).toBeUndefined();
    expect(empty.issues.map(formatIssue)).toContain('sections: no section has any text to show');
  });

  it('a BOM and unknown keys anywhere are ignored', () => {
    const {notice, issues} = repairNotice('\ufeff' + JSON.stringify({...valid, extra: 1, sections: [{...valid.sections[0], x: 2}]}));
    expect(notice!.sections).toHaveLength(1);
    expect(issues.every((i) => /not a known key/.test(i.message))).toBe(true);
  });
});
