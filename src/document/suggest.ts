/** Edit distance, a swap of neighbours counted once ("titel" → "title"). */
function distance(a: string, b: string): number {
  let before: number[] = [];
  let previous = [...Array(b.length + 1).keys()];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        previous[j] + 1,
        row[j - 1] + 1,
        previous[j - 1] + +(a[i - 1] != b[j - 1]),
        a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] ? before[j - 2] + 1 : 99
      );
    [before, previous] = [previous, row];
  }
  return previous[b.length];
}

/**
 * The known word an author most likely meant, or undefined when nothing is
 * close: a prefix match ("purpose" → "purposes") or at most a third of the
 * letters changed.
 */
export function suggest(word: string, known: readonly string[]): string | undefined {
  const lower = word.toLowerCase().slice(0, 60);
  let best: string | undefined;
  let bestScore = 99;
  for (const candidate of known) {
    const score =
      candidate.startsWith(lower) || lower.startsWith(candidate)
        ? Math.abs(candidate.length - lower.length) / 2
        : distance(lower, candidate);
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  return best && bestScore <= best.length / 3 ? best : undefined;
}
