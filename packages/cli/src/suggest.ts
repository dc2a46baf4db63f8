// "Did you mean": the known word nearest to a mistyped one, for unknown commands and options.

/** Edits (insert, delete, substitute, swap two neighbours) between two words. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    const above = d[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** The known word closest to `word`, if it is close enough to be what was meant (or `word` begins it). */
export function nearest(word: string, known: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  let best: { word: string; distance: number } | undefined;
  for (const candidate of known) {
    const score = candidate.startsWith(typed) && typed.length >= 3 ? 0.5 : distance(typed, candidate);
    if (!best || score < best.distance) best = { word: candidate, distance: score };
  }
  const allowed = Math.max(1, Math.floor(typed.length / 3));
  return best && best.distance <= allowed ? best.word : undefined;
}

/** ` (did you mean X?)`, or nothing. */
export function didYouMean(word: string, known: readonly string[], show = (w: string) => w): string {
  const match = nearest(word, known);
  return match === undefined ? '' : ` (did you mean ${show(match)}?)`;
}
