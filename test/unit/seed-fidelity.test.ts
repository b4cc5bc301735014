/**
 * Every sentence of a seed notice is in its document, measured as the
 * importer's tests measure it (import-measure.ts): of the seed text's word
 * trigrams (three words in a row, case and punctuation aside), at least 98 %
 * occur in what the widget shows as the notice in its original language —
 * the title, the introduction and each section's number, title and body. The 2 % leaves room for a line
 * break inside an address, not for a dropped sentence.
 */
import {describe, expect, it} from 'vitest';
import {documentText} from '../../src/import/index.js';
import {coverage, trigrams} from './import-measure.js';
import {SEEDS, inLanguage, seedDocument, seedText, seedsPresent} from './seed-helpers.js';

describe('seed fidelity: the documents keep the seeds’ words', () => {
  it('finds the seed texts beside the repository (shared/seeds/)', () => {
    expect(seedsPresent()).toBe(true);
  });

  it.each(SEEDS.map((seed) => [seed.name, seed] as const))('%s keeps at least 98 % of its seed’s word trigrams', (_, seed) => {
    const text = seedText(seed);
    const document = inLanguage(seedDocument(seed));
    const shown = trigrams(documentText(document));
    const missing = [...trigrams(text)].filter((trigram) => !shown.has(trigram));
    expect(coverage(text, document), `missing: ${missing.join(' | ')}`).toBeGreaterThanOrEqual(0.98);
  });
});
