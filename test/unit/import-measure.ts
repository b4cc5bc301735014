/**
 * Measures for the importer's tests: how much of a notice's text a document
 * keeps (word trigrams), how many sections got the kind a careful reader
 * gives them, and whether every fact found is in the text.
 */
import {documentText, type ImportResult} from '../../src/import/index.js';
import type {NoticeDocument, SectionKind} from '../../src/document/schema.js';

const words = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFC')
    .match(/[\p{L}\d]+/gu) ?? [];

export function trigrams(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}

/** Share of the source's word trigrams that the document's visible text also has. */
export function coverage(source: string, document: NoticeDocument): number {
  const want = trigrams(source);
  const have = trigrams(documentText(document));
  let kept = 0;
  for (const t of want) if (have.has(t)) kept++;
  return want.size ? kept / want.size : 1;
}

/** Share of sections whose kind is the expected one. */
export function kindAccuracy(document: NoticeDocument, expected: SectionKind[]): number {
  const got = document.sections.map((s) => s.kind);
  let right = 0;
  for (let i = 0; i < Math.max(got.length, expected.length); i++) if (got[i] === expected[i]) right++;
  return right / Math.max(got.length, expected.length);
}

const squashed = (text: string) => text.replace(/[\s\u00a0]+/g, ' ');

/** Facts of kinds that can be invented (names, numbers, addresses) that the text does not hold. */
export function inventedFacts(result: ImportResult, source: string): string[] {
  const text = squashed(source);
  return result.report.facts
    .filter((fact) => !/^rights|^updated$|^cookies\.services\[\d+\]\.name$/.test(fact.path))
    .filter((fact) => !text.includes(squashed(fact.value)))
    .map((fact) => `${fact.path}=${fact.value}`);
}

/** Leaf facts of `expected` found with the same value in `actual`, and those missed. */
export function compareFacts(expected: unknown, actual: unknown, path = ''): {found: string[]; missed: string[]} {
  const out = {found: [] as string[], missed: [] as string[]};
  if (expected && typeof expected === 'object') {
    for (const [key, value] of Object.entries(expected)) {
      const sub = compareFacts(value, (actual as Record<string, unknown> | undefined)?.[key], path ? `${path}.${key}` : key);
      out.found.push(...sub.found);
      out.missed.push(...sub.missed);
    }
    return out;
  }
  (expected === actual ? out.found : out.missed).push(`${path}=${String(expected)}`);
  return out;
}
