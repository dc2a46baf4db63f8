import { availableParallelism } from 'node:os';
import { throughPrismProject } from '@civis-ts/prism-check/project';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Files run side by side: most tests run the CLI in process (test/helpers.ts), so a file is no longer
    // a storm of child processes. Two workers even on two cores: much of a file's time is waiting (on a
    // terminal, a held request, Prism starting), which the other worker fills.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // One module graph per worker, not per file: the files share one transform and import of the CLI's
    // source, the SDK and the mock. A run keeps nothing in module state (its streams and environment are
    // its Io), and each file starts its own mock.
    isolate: false,
    projects: [
      { extends: true, test: { name: 'cli', include: ['test/**/*.test.ts'] } },
      // The suites against the mock once more, through the run's one `prism proxy`. Files whose mock is
      // `validate: false` (faults Prism cannot carry) are not listed: they would only run again unchanged.
      throughPrismProject(['test/commands.test.ts', 'test/options-wire.test.ts']),
    ],
  },
});
