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

describe('validateNotice', () => {
  it('accepts a minimal document', () => {
    const result = validateNotice(minimal());
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('suggests the kind the author meant', () => {
    const doc = minimal();
    doc.sections[0].kind = 'purpose';
    const result = validateNotice(doc);
    expect(result.errors.map(formatIssue)).toEqual([
      'sections[0].kind: "purpose" is not a known kind — did you mean "purposes"?',
    ]);
  });

  it('warns about unknown keys and drops them, __proto__ included', () => {
    const result = validateNotice(
      '{"schemaVersion":1,"id":"a","languages":["fi"],"title":"T","updated":"2024-01-01","controller":{"name":"A"},"sections":[{"id":"s","kind":"other","body":"x"}],"__proto__":{"polluted":true},"titel":"x"}'
    );
    expect(result.ok).toBe(true);
    expect(result.warnings.map(formatIssue)).toEqual([
      '__proto__: is not a known key and is ignored',
      'titel: is not a known key and is ignored — did you mean "title"?',
    ]);
    expect(({} as {polluted?: boolean}).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.notice)).toBe(Object.prototype);
  });
});
