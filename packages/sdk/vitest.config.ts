import { throughPrismProject } from '@civis-ts/prism-check/project';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One module graph per worker, not per file: no file here depends on fresh module state (each
    // starts and stops its own mock, and undoes what it stubs), and the files then share one import of
    // the SDK, the mock and vitest (about a third of the suite's CPU).
    isolate: false,
    projects: [
      { extends: true, test: { name: 'sdk', include: ['test/**/*.test.ts'] } },
      // The suites against the mock once more, through the run's one `prism proxy`. Files whose mock is
      // `validate: false` (faults Prism cannot carry) are not listed: they would only run again unchanged.
      throughPrismProject(['test/mock/methods.test.ts', 'test/mock/pagination.test.ts']),
    ],
  },
});
