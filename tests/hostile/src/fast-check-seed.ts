// Every worker uses the run's seed (set in vitest.config.ts) so a failing property replays exactly.
import fc from 'fast-check';

export const FC_SEED = Number(process.env.FC_SEED ?? 0);
fc.configureGlobal({ seed: FC_SEED, numRuns: Number(process.env.FC_RUNS ?? 100) });
