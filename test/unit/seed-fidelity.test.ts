/**
 * Every sentence of a seed notice is in its document: of the seed text's word
 * trigrams (three words in a row, case and punctuation aside), at least 98 %
 * occur in what the widget shows as the notice in its original language —
 * the title, the introduction and each section's number, title and body.
 * The 2 % leaves room for a mended typo or a line break inside an address,
 * not for a dropped sentence.
 */
import {describe, expect, it} from 'vitest';
import {SEEDS, original, plainText, seedDocument, seedText, seedsPresent, words} from './seed-helpers.js';

const trigrams = (list: string[]) => list.slice(2).map((_, i) => `${list[i]} ${list[i + 1]} ${list[i + 2]}`);

/** The notice as it reads, in its first language: one run of words. */
function shownWords(seed: (typeof SEEDS)[number]): string[] {
  const notice = seedDocument(seed);
  const language = notice.languages[0];
  const parts = [original(notice.title, language), original(notice.introduction, language)];
  for (const section of notice.sections)
    parts.push(section.number, original(section.title, language), original(section.body, language));
  return words(parts.filter((part): part is string => !!part).map(plainText).join('\n'));
}

export function coverage(seed: (typeof SEEDS)[number]) {
  const wanted = trigrams(words(seedText(seed)));
  const shown = new Set(trigrams(shownWords(seed)));
  const missing = wanted.filter((trigram) => !shown.has(trigram));
  return {ratio: 1 - missing.length / wanted.length, missing};
}

describe('seed fidelity: the documents keep the seeds’ words', () => {
  it('finds the seed texts beside the repository (shared/seeds/)', () => {
    expect(seedsPresent()).toBe(true);
  });

  it.each(SEEDS.map((seed) => [seed.name, seed] as const))('%s keeps at least 98 % of its seed’s word trigrams', (_, seed) => {
    const {ratio, missing} = coverage(seed);
    expect(ratio, `missing: ${missing.join(' | ')}`).toBeGreaterThanOrEqual(0.98);
  });
});
