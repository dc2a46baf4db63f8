import { throughPrismProject } from '@civis-ts/prism-check/project';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    hookTimeout: 60_000,
    testTimeout: 30_000,
    // One module graph per worker, not per file: the files share one import of the mock, its validators
    // and vitest (about half of the suite's CPU). A helper that holds hooks exports a function each file
    // calls (useCivisMock, killChildrenAfterAll), since a worker imports it once for all its files.
    isolate: false,
    projects: [
      { extends: true, test: { name: 'mock', include: ['test/**/*.test.ts'] } },
      // The official client's replay once more, through the run's one `prism proxy` in front of the built
      // CLI: Prism, an independent reader of the spec, checks every answer the fake gives (see the file's
      // header).
      throughPrismProject(['test/official-client.test.ts']),
    ],
  },
});
