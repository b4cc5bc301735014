/**
 * The size budget: everything a script-tag page downloads to show a notice
 * with its form and cookie panel is at most 25 KB after brotli — the entry
 * (dist/privacy-notice.js), any chunk it needs, and the translation for the
 * page's interface language (the largest one counts; see scripts/size.js).
 * Bytes are deterministic, so this is an assertion; times are not, so they
 * live in `npm run bench`. `npm test` builds before it runs the unit tests.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {DIST, ENTRY, formatSizes, measureScriptTagDownload} from '../../scripts/size.js';

const BUDGET_BROTLI = 25 * 1024;

describe('size budget', () => {
  const sizes = measureScriptTagDownload();

  it(`keeps the script-tag download within ${BUDGET_BROTLI / 1024} KB brotli`, () => {
    expect(
      sizes.page.brotli,
      `over budget by ${sizes.page.brotli - BUDGET_BROTLI} bytes:\n${formatSizes(sizes)}`
    ).toBeLessThanOrEqual(BUDGET_BROTLI);
  });

  it('measures a bundle that really holds the element, Lit and the sanitiser', () => {
    // Guards the budget against measuring a stub: the sizes must cover the
    // registered tag, Lit's template engine and DOMPurify.
    const code = sizes.files.map((f) => readFileSync(join(DIST, f.file), 'utf8')).join('\n');
    expect(sizes.files[0].file).toBe(ENTRY);
    expect(code).toContain('privacy-notice');
    expect(code).toContain('lit-html'); // Lit's trusted-types policy name
    expect(code).toContain('dompurify'); // DOMPurify's trusted-types policy name
  });
});
