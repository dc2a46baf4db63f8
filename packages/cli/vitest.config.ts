import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Files run side by side: most tests run the CLI in process (test/helpers.ts), so a file is no longer
    // a storm of child processes, and the files that wait on a terminal or a held request overlap.
    projects: [
      { extends: true, test: { name: 'cli', include: ['test/**/*.test.ts'] } },
      // The suites against the mock once more, through `prism proxy` in front of it: Prism, an independent
      // reader of the spec, checks every request and response. Files whose mock is `validate: false`
      // (faults Prism cannot carry) are not listed: they would only run again unchanged.
      {
        extends: true,
        test: {
          name: 'through prism',
          include: ['test/commands.test.ts', 'test/options-wire.test.ts'],
          env: { CIVIS_TEST_THROUGH_PRISM: '1' },
        },
      },
    ],
  },
});
