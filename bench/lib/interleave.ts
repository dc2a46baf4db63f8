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

/**
 * `interleave`, also timing this process's CPU (user + system) per call in each batch: on a busy machine
 * the other processes stretch the wall time, much less the CPU a client spends itself.
 */
export async function interleaveWithCpu(
  contenders: readonly Timed[],
  rounds: number,
  batch: number,
): Promise<{ wall: Map<string, number[]>; cpu: Map<string, number[]> }> {
  const cpu = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  let warm = true;
  const measured = contenders.map((c) => {
    let start = process.cpuUsage();
    return {
      name: c.name,
      run: async (i: number) => {
        if (i === 0) start = process.cpuUsage();
        await c.run(i);
        if (i === batch - 1 && !warm) {
          const used = process.cpuUsage(start);
          cpu.get(c.name)?.push((used.user + used.system) / batch);
        }
      },
    };
  });
  // The warm-up batches (one per contender, in order) are not samples.
  const wall = await interleave(
    measured.map((m, index) => ({
      name: m.name,
      run: async (i: number) => {
        await m.run(i);
        if (warm && index === measured.length - 1 && i === batch - 1) warm = false;
      },
    })),
    rounds,
    batch,
  );
  return { wall, cpu };
}
