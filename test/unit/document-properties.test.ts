/**
 * Property tests: whatever it is given, validateNotice and checkNotice answer
 * (never throw) and hand back only what the format knows. No timing
 * assertions; each property has a bounded number of runs.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {checkNotice} from '../../src/document/check.js';
import {validateNotice} from '../../src/document/validate.js';

const valid = {
  schemaVersion: 1,
  id: 'acme-customers',
  languages: ['fi', 'en', 'sv'],
  title: {fi: 'Tietosuojaseloste', en: 'Privacy notice', sv: 'Dataskyddsbeskrivning'},
  updated: '2024-05-31',
  summary: '<p>Lyhyesti.</p>',
  legalReferences: ['EU 2016/679'],
  controller: {
    name: 'Acme Oy',
    businessId: '0112038-9',
    address: {street: 'Katu 1', postalCode: '00100', locality: 'Helsinki', country: 'FI'},
    email: 'tietosuoja@acme.fi',
  },
  contacts: [{role: 'dpo', name: 'Maija', email: 'dpo@acme.fi'}],
  sections: [
    {
      id: 'purposes',
      kind: 'purposes',
      body: {fi: '<p>Asiakkuus.</p>', en: '<p>Customers.</p>'},
      purposes: [{purpose: 'Asiakkuus', legalBasis: ['A6-1-a', 'A6-1-f']}],
      retention: [{data: 'Kaikki', duration: 'P2Y'}],
    },
    {id: 'transfers', kind: 'transfers', body: 'Tietoja siirretään Yhdysvaltoihin.'},
  ],
  rights: [{type: 'access'}, {type: 'complaint'}],
  cookies: {
    services: [
      {
        id: 'ga',
        name: 'Google Analytics',
        category: 'analytics',
        transferCountry: 'US',
        items: [{name: '_ga_*', type: 'cookie', duration: 'P2Y'}],
      },
    ],
  },
};

type Json = unknown;

/** Every path into a JSON value, as lists of keys and indexes. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...paths(item, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...prefix, key]));
  return out;
}
const allPaths = paths(valid).filter((path) => path.length > 0);

const DELETE = Symbol('delete');

/** A copy of `valid` with one value replaced or deleted. */
function mutate(path: (string | number)[], replacement: unknown): Json {
  const copy = structuredClone(valid) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as typeof parent;
  const last = path[path.length - 1];
  if (replacement === DELETE) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
}

/** Runs both functions; asserts the shape of what they answer. */
function answersSanely(input: unknown): void {
  const validation = validateNotice(input);
  expect(typeof validation.ok).toBe('boolean');
  expect(validation.ok ? validation.errors.length === 0 : validation.errors.length > 0).toBe(true);
  for (const issue of [...validation.errors, ...validation.warnings]) {
    expect(typeof issue.path).toBe('string');
    expect(typeof issue.message).toBe('string');
  }
  const report = checkNotice(input);
  expect(report.valid).toBe(validation.ok);
  for (const warning of report.warnings) expect(warning.code).toMatch(/^[a-z-]+$/);
}

describe('validateNotice and checkNotice never throw', () => {
  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.json(), (text) => answersSanely(text)),
      {numRuns: 300}
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => answersSanely(value)),
      {numRuns: 300}
    );
  });

  it('on arbitrary JavaScript values, prototype tricks included', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
          key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'sections', 'fi')),
        }),
        (value) => answersSanely(value)
      ),
      {numRuns: 300}
    );
  });

  it('on arbitrary text, and on valid JSON text cut short or spliced', () => {
    const text = JSON.stringify(valid);
    fc.assert(
      fc.property(fc.string(), (input) => answersSanely(input)),
      {numRuns: 200}
    );
    fc.assert(
      fc.property(fc.nat({max: text.length}), fc.nat({max: text.length}), fc.string({maxLength: 5}), (start, end, insert) =>
        answersSanely(text.slice(0, start) + insert + text.slice(end))
      ),
      {numRuns: 300}
    );
  });

  it('on a valid document with one value replaced by anything, or deleted', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...allPaths),
        fc.oneof(fc.constant(DELETE), fc.jsonValue(), fc.anything({withNullPrototype: true})),
        (path, replacement) => answersSanely(mutate(path, replacement))
      ),
      {numRuns: 500}
    );
  });

  it('on a valid document with an unknown key added anywhere: it stays valid, with a warning', () => {
    const objects = allPaths.filter((path) => {
      const value = path.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], valid);
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    });
    fc.assert(
      fc.property(fc.constantFrom([], ...objects), fc.string(), fc.jsonValue(), (path, name, value) => {
        const copy = structuredClone(valid) as Record<string, unknown>;
        const target = path.reduce<Record<string | number, unknown>>((at, k) => at[k] as never, copy);
        // No key of the format starts with "x-"; language-tag objects refuse it instead.
        target['x-' + name] = value;
        answersSanely(copy);
        const result = validateNotice(copy);
        const inTranslations = typeof path[path.length - 1] === 'string' && /^(title|body)$/.test(String(path[path.length - 1]));
        expect(result.ok).toBe(!inTranslations);
        if (result.ok) expect(result.warnings).toHaveLength(1);
      }),
      {numRuns: 300}
    );
  });
});

describe('what validation hands back', () => {
  it('is a plain copy holding only known keys, whatever keys were added', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue(), {maxKeys: 5}), (extra) => {
        const input = JSON.parse(JSON.stringify({...extra, ...valid}));
        const result = validateNotice(input);
        expect(result.ok).toBe(true);
        expect(result.notice).toEqual(valid);
        expect(result.notice).not.toBe(input);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      {numRuns: 200}
    );
  });
});
