// The timing loop shared by the per-request benches: warm each contender up, then interleaved rounds of
// a batch of sequential calls each, in a rotated order; one sample (µs per call) per contender per round.
import { rotate } from './stats.ts';

export interface Timed {
  name: string;
  /** One call; `i` counts calls so a contender can vary its input. */
  run(i: number): Promise<void>;
}

export async function interleave(
  contenders: readonly Timed[],
  rounds: number,
  batch: number,
): Promise<Map<string, number[]>> {
  for (const c of contenders) for (let i = 0; i < batch; i++) await c.run(i);
  const samples = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const c of rotate(contenders, round)) {
      const start = performance.now();
      for (let i = 0; i < batch; i++) await c.run(i);
      samples.get(c.name)?.push(((performance.now() - start) * 1000) / batch);
    }
  }
  return samples;
}
