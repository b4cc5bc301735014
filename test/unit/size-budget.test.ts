/**
 * The size budgets, per entry and interface language, as bytes after brotli
 * (bytes are deterministic, so these are assertions; times are not, so they
 * live in `npm run bench`). See scripts/size.js for what each step counts:
 *
 *   first paint   the entry and what it must load first (a translation for the
 *                 generic entry on a page in Finnish or Swedish)
 *   + setHTML     everything for the notice, form and cookie panel in a browser
 *                 with the Sanitizer API
 *   + DOMPurify   the same where DOMPurify must be loaded
 *
 * `npm test` builds before it runs the unit tests.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {DIST, ENTRY, formatBudgets, measureBudgets, measureScriptTagDownload} from '../../scripts/size.js';

const KB = 1024;
/** Issue 11's targets. Not met yet: see docs/performance.md for how far and why. */
const TARGETS = {firstPaint: 20 * KB, withSetHTML: 36 * KB, withDOMPurify: 47 * KB};
/**
 * What is asserted meanwhile: the largest page measured (a page in Finnish or
 * Swedish: 28.5 / 47.9 / 57.95 KB) with about half a kilobyte of room, so any
 * growth is argued for. Splitting the translations by feature took 3.5 KB off
 * the first paint in Finnish and Swedish (31.9 KB before) and added 0.9 KB to
 * the whole page (46.3 before: three chunks compress apart). The form's route
 * for a notice with no email address (say so first, copy the text, show the
 * postal address and phones; issue 15) added 0.6 KB to the form's chunk.
 * Since then the upgrade without a layout shift (FallbackAnchor), one style
 * sheet per view and the lint fixes took the largest first paint to 28.98 KB
 * (privacy-notice.js in Finnish), 20 bytes under the old 29 KB: the ceilings
 * move up by 0.5 / 0.2 / 0.2 KB to keep room for argued growth again.
 */
const CEILINGS = {firstPaint: 29.5 * KB, withSetHTML: 48.6 * KB, withDOMPurify: 58.7 * KB};

describe('size budgets', () => {
  const rows = measureBudgets();
  const table = formatBudgets(rows);

  it('measures every entry and language: the generic entry in en, fi and sv, and each language entry', () => {
    expect(rows.map((r) => `${r.entry} ${r.language}`)).toEqual([
      'privacy-notice.js en',
      'privacy-notice.js fi',
      'privacy-notice.js sv',
      'privacy-notice.fi.js fi',
      'privacy-notice.sv.js sv',
    ]);
  });

  for (const step of ['firstPaint', 'withSetHTML', 'withDOMPurify'] as const) {
    it(`keeps ${step} within ${CEILINGS[step] / KB} KB brotli for every entry and language (target ${TARGETS[step] / KB} KB)`, () => {
      for (const row of rows) {
        expect(row[step].brotli, `${row.entry} ${row.language}:\n${table}`).toBeLessThanOrEqual(CEILINGS[step]);
      }
    });
  }

  it('paints without the form, the cookie panel and DOMPurify: they are chunks loaded later', () => {
    for (const row of rows) {
      expect(row.files.firstPaint.filter((f) => /-part-|-purify-/.test(f))).toEqual([]);
      expect(row.files.withSetHTML.filter((f) => /-part-/.test(f))).toHaveLength(2);
      expect(row.files.withDOMPurify.filter((f) => /-purify-/.test(f))).toHaveLength(1);
    }
  });

  it("loads a language's form and cookie panel strings with those chunks, not before the first paint", () => {
    for (const row of rows) {
      const strings = (files: string[]) =>
        files.filter((f) => /^privacy-notice-(fi|sv)-(core|form|cookies)-/.test(f)).map((f) => f.split('-')[3]);
      if (row.language === 'en') {
        expect(strings(row.files.withSetHTML)).toEqual([]);
        continue;
      }
      expect(strings(row.files.firstPaint)).toEqual(row.entry === 'privacy-notice.js' ? ['core'] : []);
      expect(strings(row.files.withSetHTML).sort()).toEqual(
        [...(row.entry === 'privacy-notice.js' ? ['core'] : []), 'cookies', 'form'].sort()
      );
    }
  });

  it('measures bundles that really hold the element, Lit, consent and the sanitiser', () => {
    // Guards the budget against measuring a stub.
    const {files} = measureScriptTagDownload();
    const entry = readFileSync(join(DIST, ENTRY), 'utf8');
    const code = files.map((f) => readFileSync(join(DIST, f.file), 'utf8')).join('\n');
    expect(files[0].file).toBe(ENTRY);
    expect(entry).toContain('privacy-notice');
    expect(entry).toContain('litHtmlVersions'); // Lit's template engine registers itself
    expect(entry).toContain('createPolicy(`privacy-notice`'); // the element's Trusted Types policy
    expect(entry).toContain('data-privacy-category'); // gated scripts: consent runs in the entry
    expect(code).toContain('ALLOWED_URI_REGEXP'); // DOMPurify's configuration, in its chunk
  }, 60_000); // reads and compresses every bundle: seconds on a busy machine
});
