/**
 * The interface translations split by feature (scripts/split-locales.js):
 * the committed modules match lit-localize's, every string of the widget is
 * in exactly one of them, and the form's and the cookie panel's strings are
 * not in the notice's own (first paint) module.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {SPLIT_DIR, featureOf, messageFeatures, splitModules} from '../../scripts/split-locales.js';

const ids = (code: string) => [...code.matchAll(/^\s*'([\w-]+)': /gm)].map((m) => m[1]);

describe('translations split by feature', () => {
  const features = messageFeatures();
  const modules = splitModules(features);

  it('are up to date with src/generated/locales (node scripts/split-locales.js)', () => {
    for (const [name, text] of modules) expect(readFileSync(join(SPLIT_DIR, name), 'utf8'), name).toBe(text);
  });

  it("hold each widget string once, in its feature, and none of the editor's", () => {
    for (const locale of ['fi', 'sv']) {
      const all = ids(readFileSync(join(SPLIT_DIR, '..', 'locales', `${locale}.ts`), 'utf8'));
      const split = ['core', 'form', 'cookies'].flatMap((f) => ids(modules.get(`${locale}-${f}.ts`)!));
      expect(new Set(split).size).toBe(split.length);
      expect(split.filter((id) => id.startsWith('editor-'))).toEqual([]);
      expect(all.filter((id) => !split.includes(id) && features.has(id))).toEqual([]);
      // Most of the interface text is the form's and the cookie panel's.
      expect(ids(modules.get(`${locale}-core.ts`)!).length).toBeLessThan(split.length / 2);
    }
  });

  it('files each source file under its feature', () => {
    expect(featureOf('src/form/request-text.ts')).toBe('form');
    expect(featureOf('src/views/contact-form-outcome.ts')).toBe('form');
    expect(featureOf('src/views/cookie-panel-names.ts')).toBe('cookies');
    expect(featureOf('src/views/sections.ts')).toBe('core');
    expect(featureOf('src/editor/help.ts')).toBe(undefined);
  });
}, 60000);
