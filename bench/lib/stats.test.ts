import { describe, expect, it } from 'vitest';
import { median, pairedRatios } from './stats.ts';

describe('pairedRatios', () => {
  it('divides each round by the same round of the baseline, so drift cancels out', () => {
    // The machine slows down by half in the last rounds: both contenders feel it.
    const base = [100, 100, 100, 150, 150];
    const client = [110, 110, 110, 165, 165];
    expect(pairedRatios(client, base)).toEqual([1.1, 1.1, 1.1, 1.1, 1.1]);
    expect(median(pairedRatios(client, base))).toBeCloseTo(1.1);
  });

  it('refuses samples that are not one per round on both sides', () => {
    expect(() => pairedRatios([1, 2], [1])).toThrow(/unpaired/);
  });
});
