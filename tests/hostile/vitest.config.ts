import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// One fast-check seed for the run, chosen here (before the workers start, so they all inherit it) and
// printed so a failure can be replayed with FC_SEED=<seed>.
process.env.FC_SEED ??= String(Math.floor(Math.random() * 2 ** 31));
console.info(
  `[hostile] fast-check seed ${process.env.FC_SEED} (replay: FC_SEED=${process.env.FC_SEED} pnpm test)`,
);

export default defineConfig({
  resolve: {
    // The suite proves the SDK's source as it stands, not a dist that may be stale while it is being fixed.
    // The subpath first: an alias also matches the paths under its key.
    alias: {
      '@civis-ts/sdk/sync': fileURLToPath(new URL('../../packages/sdk/src/sync.ts', import.meta.url)),
      '@civis-ts/sdk': fileURLToPath(new URL('../../packages/sdk/src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['./src/fast-check-seed.ts'],
    // One module graph per worker, not per file: the files share one transform and import of the SDK's
    // source and of vitest (about half of the suite's CPU); each undoes what it stubs or spies on.
    isolate: false,
    // Generous: Prism and the child processes share two cores with every other package's tests.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
