// "Did you mean …?" for a mistyped command, option or language: the known word closest to what was
// typed by edit distance, when it is close enough to be the likely intent.

/**
 * Edit distance (optimal string alignment): insertions, deletions, substitutions and swaps of two
 * neighbouring letters (`swfit`), each of cost one.
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      let best = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (before[j - 2] as number) + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The closest of `known` to `typed` (case ignored), if at most a third of its letters differ (at
 * least one, at most three); ties go to the first. A word that starts another (`gen` for
 * `generate`) counts as close.
 */
export function closest(typed: string, known: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const candidate = name.toLowerCase();
    const distance = word.length >= 2 && candidate.startsWith(word) ? 1 : editDistance(word, candidate);
    if (!best || distance < best.distance) best = { name, distance };
  }
  const allowed = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  return best && best.distance <= allowed ? best.name : undefined;
}

/** `; did you mean 'x'?` or nothing. */
export function didYouMean(typed: string, known: readonly string[], prefix = ''): string {
  const match = closest(typed, known);
  return match === undefined ? '' : `; did you mean '${prefix}${match}'?`;
}
