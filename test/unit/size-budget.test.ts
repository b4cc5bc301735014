/**
 * The size budget: everything a script-tag page downloads to show a notice
 * with its form and cookie panel, after brotli — dist/privacy-notice.js with
 * the translation for the page's interface language (the largest one
 * counts), or a language entry (privacy-notice.fi.js, .sv.js) alone,
 * whichever is larger; see scripts/size.js.
 * Bytes are deterministic, so this is an assertion; times are not, so they
 * live in `npm run bench`. `npm test` builds before it runs the unit tests.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {DIST, ENTRY, formatSizes, measureScriptTagDownload} from '../../scripts/size.js';

/** The target for one page: not met yet (see README, Performance and size). */
const TARGET_BROTLI = 25 * 1024;
/**
 * What we hold ourselves to meanwhile: today's size plus a little room, so
 * any growth has to be argued for. Lit (6.6 KB) and DOMPurify (9.9 KB) alone
 * take two thirds of the target; see the README for the split.
 */
const CEILING_BROTLI = 49 * 1024;

describe('size budget', () => {
  const sizes = measureScriptTagDownload();

  it(`keeps one page's script-tag download within ${CEILING_BROTLI / 1024} KB brotli`, () => {
    expect(
      sizes.page.brotli,
      `over the ceiling by ${sizes.page.brotli - CEILING_BROTLI} bytes:\n${formatSizes(sizes)}`
    ).toBeLessThanOrEqual(CEILING_BROTLI);
  });

  // Expected to fail until the download is cut to the target: when this
  // starts passing, vitest reports it, and the ceiling above can go.
  it.fails(`meets the ${TARGET_BROTLI / 1024} KB brotli target (not yet)`, () => {
    expect(sizes.page.brotli).toBeLessThanOrEqual(TARGET_BROTLI);
  });

  it('measures every entry: the generic one and one per interface language', () => {
    expect(sizes.pages.map((p) => p.entry).sort()).toEqual(['privacy-notice.fi.js', 'privacy-notice.js', 'privacy-notice.sv.js']);
  });

  it('measures a bundle that really holds the element, Lit and the sanitiser', () => {
    // Guards the budget against measuring a stub: the sizes must cover the
    // registered tag, Lit's template engine and DOMPurify.
    const code = sizes.files.map((f) => readFileSync(join(DIST, f.file), 'utf8')).join('\n');
    expect(sizes.files[0].file).toBe(ENTRY);
    expect(code).toContain('privacy-notice');
    expect(code).toContain('litHtmlVersions'); // Lit's template engine registers itself
    expect(code).toContain('ALLOWED_URI_REGEXP'); // DOMPurify's configuration
    expect(code).toContain('createPolicy(`privacy-notice`'); // the element's Trusted Types policy
  });
});
