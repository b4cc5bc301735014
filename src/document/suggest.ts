/** Edit distance with swapped neighbours counted once ("titel" → "title"). */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const rows: number[][] = [Array.from({length: b.length + 1}, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = (rows[i] = [i]);
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        rows[i - 1][j] + 1,
        row[j - 1] + 1,
        rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

/**
 * The known word an author most likely meant, or undefined when nothing is
 * close: a prefix match ("purpose" → "purposes") or at most a third of the
 * letters changed.
 */
export function suggest(
  word: string,
  known: readonly string[]
): string | undefined {
  const lower = word.toLowerCase().slice(0, 64);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of known) {
    const score =
      candidate.startsWith(lower) || lower.startsWith(candidate)
        ? Math.abs(candidate.length - lower.length) * 0.5
        : distance(lower, candidate);
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best !== undefined &&
    bestScore <= Math.max(1, Math.floor(best.length / 3))
    ? best
    : undefined;
}
