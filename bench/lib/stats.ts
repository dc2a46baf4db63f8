// Medians and spreads: the machines are shared and noisy, so a single timing means nothing.
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

/** `p25–p75`, the spread of the middle half of the samples. */
export function iqr(values: readonly number[], digits = 0): string {
  return `${quantile(values, 0.25).toFixed(digits)}–${quantile(values, 0.75).toFixed(digits)}`;
}

/** The same items in a different order each round, so no variant always runs first or last. */
export function rotate<T>(items: readonly T[], round: number): T[] {
  const k = round % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

export const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;

/**
 * Each round's sample divided by the baseline's sample of the same round (`interleave` keeps them in
 * round order). Their median is the paired ratio: a slow stretch of the machine slows both sides of a
 * round, so it cancels out, where a ratio of two medians taken over different rounds keeps it.
 */
export function pairedRatios(values: readonly number[], base: readonly number[]): number[] {
  if (values.length !== base.length) throw new Error(`unpaired samples: ${values.length} vs ${base.length}`);
  return values.map((value, round) => value / (base[round] as number));
}
