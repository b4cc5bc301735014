import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {buildSchema, formatSchema, schemaFile} from '../../scripts/write-schema.js';
import {jsonPattern, toJsonSchema, type JsonSchema} from '../../src/document/json-schema.js';
import {noticeShape} from '../../src/document/schema.js';
import {validateNotice} from '../../src/document/validate.js';

const generated = () => buildSchema({noticeShape, toJsonSchema});
const published = () => JSON.parse(readFileSync(schemaFile, 'utf8')) as JsonSchema;

const noticesDir = new URL('../../demo/notices/', import.meta.url);
const seeds = (() => {
  try {
    return readdirSync(noticesDir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
})();

/**
 * The part of JSON Schema that privacy-notice.schema.json uses, enough to
 * check documents against the published file without a new dependency.
 * Returns the paths that fail.
 */
function schemaErrors(schema: JsonSchema, value: unknown, path = ''): string[] {
  const s = schema as {
    type?: string;
    const?: unknown;
    enum?: unknown[];
    anyOf?: JsonSchema[];
    properties?: Record<string, JsonSchema>;
    required?: string[];
    items?: JsonSchema;
    minItems?: number;
    maxItems?: number;
    minLength?: number;
    maxLength?: number;
    pattern?: string;
    propertyNames?: JsonSchema;
    additionalProperties?: JsonSchema;
    minProperties?: number;
  };
  const at = path || 'document';
  if ('const' in s && value !== s.const) return [`${at}: const`];
  if (s.enum && !s.enum.includes(value)) return [`${at}: enum`];
  if (s.anyOf) return s.anyOf.some((option) => !schemaErrors(option, value, path).length) ? [] : [`${at}: anyOf`];
  if (s.type === 'string') {
    if (typeof value !== 'string') return [`${at}: type`];
    if (value.length < (s.minLength ?? 0) || value.length > (s.maxLength ?? Infinity)) return [`${at}: length`];
    if (s.pattern && !new RegExp(s.pattern, 'u').test(value)) return [`${at}: pattern`];
  }
  if (s.type === 'array') {
    if (!Array.isArray(value)) return [`${at}: type`];
    if (value.length < (s.minItems ?? 0) || value.length > (s.maxItems ?? Infinity)) return [`${at}: items`];
    return value.flatMap((item, i) => schemaErrors(s.items!, item, `${path}[${i}]`));
  }
  if (s.type === 'object') {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return [`${at}: type`];
    const object = value as Record<string, unknown>;
    const errors = (s.required ?? []).filter((key) => !(key in object)).map((key) => `${at}.${key}: required`);
    if (Object.keys(object).length < (s.minProperties ?? 0)) errors.push(`${at}: minProperties`);
    for (const [key, item] of Object.entries(object)) {
      const sub = path ? `${path}.${key}` : key;
      if (s.properties?.[key]) errors.push(...schemaErrors(s.properties[key], item, sub));
      else if (s.additionalProperties) errors.push(...schemaErrors(s.additionalProperties, item, sub));
      if (s.propertyNames) errors.push(...schemaErrors(s.propertyNames, key, `${sub}(name)`));
    }
    return errors;
  }
  return [];
}

describe('privacy-notice.schema.json', () => {
  it('is what scripts/write-schema.js makes from the validator now (run `npm run schema` if not)', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(formatSchema(generated()));
  });

  it('is a draft 2020-12 schema with an id, a title and help for the main keys', () => {
    const schema = published() as {
      $schema: string;
      $id: string;
      title: string;
      description: string;
      properties: Record<
        string,
        {description?: string; items?: {properties: Record<string, {description?: string; enumDescriptions?: string[]; enum?: string[]}>}}
      >;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/.+\/privacy-notice\.schema\.json$/);
    expect(schema.title).toBeTruthy();
    expect(schema.description).toMatch(/GDPR/);
    for (const key of ['schemaVersion', 'id', 'languages', 'title', 'updated', 'controller', 'sections', 'rights', 'cookies'])
      expect(schema.properties[key].description, key).toBeTruthy();
    const kind = schema.properties.sections.items!.properties.kind;
    expect(kind.enumDescriptions).toHaveLength(kind.enum!.length);
    expect(kind.enumDescriptions![kind.enum!.indexOf('retention')]).toMatch(/13\(2\)\(a\)/);
  });

  it('refuses to describe a key the schema does not have', async () => {
    const script = await import('../../scripts/write-schema.js');
    const descriptions = script.DESCRIPTIONS as Record<string, string>;
    descriptions['sections[].kindd'] = 'typo';
    try {
      expect(generated).toThrow(/sections\[\]\.kindd/);
    } finally {
      delete descriptions['sections[].kindd'];
    }
  });

  it('accepts what the validator accepts, and refuses what it refuses', () => {
    const schema = published();
    const good = {
      $schema: 'https://unpkg.com/privacy-notice/privacy-notice.schema.json',
      schemaVersion: 1,
      id: 'acme',
      languages: ['fi', 'sv-FI'],
      title: {fi: 'Seloste', 'sv-FI': 'Beskrivning'},
      updated: '2024-05-31',
      controller: {name: 'Acme Oy', url: 'HTTPS://acme.fi'},
      sections: [{id: 'a', kind: 'purposes', body: 'x', retention: [{duration: 'P2Y'}]}],
    };
    expect(validateNotice(good).ok).toBe(true);
    expect(schemaErrors(schema, good)).toEqual([]);
    const bad = {...good, updated: '2024-13-01', sections: [{id: 'A', kind: 'purpose'}]};
    expect(validateNotice(bad).ok).toBe(false);
    expect(schemaErrors(schema, bad)).toEqual([
      'updated: pattern',
      'sections[0].body: required',
      'sections[0].id: pattern',
      'sections[0].kind: enum',
    ]);
  });

  it.runIf(seeds.length > 0)('accepts every document in demo/notices/', () => {
    const schema = published();
    for (const name of seeds) {
      const document = JSON.parse(readFileSync(new URL(name, noticesDir), 'utf8'));
      expect(schemaErrors(schema, document), name).toEqual([]);
    }
  });
});

describe('jsonPattern', () => {
  it('spells out the i flag, which JSON Schema patterns do not have', () => {
    expect(jsonPattern(/^https?:\/\/\S+$/i)).toBe('^[hH][tT][tT][pP][sS]?:\\/\\/\\S+$');
    expect(jsonPattern(/^[a-z]{2,3}(-[a-z\d]{2,8})*$/i)).toBe('^[a-zA-Z]{2,3}(-[a-zA-Z\\d]{2,8})*$');
    expect(jsonPattern(/^P\d+Y$/)).toBe('^P\\d+Y$');
    expect(() => jsonPattern(/a/g)).toThrow();
  });

  it('matches the same strings as the RegExp it came from', () => {
    const pattern = /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i;
    const json = new RegExp(jsonPattern(pattern));
    for (const tag of ['fi', 'FI', 'sv-FI', 'zh-Hant-TW', 'f', 'fi_FI', 'x-private', 'EN-gb'])
      expect(json.test(tag), tag).toBe(pattern.test(tag));
  });
});
