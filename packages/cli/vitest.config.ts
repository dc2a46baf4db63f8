import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file starts a mock and runs the CLI as a child process per step: one file at a time keeps a
    // busy 2-core machine from running three process storms at once.
    fileParallelism: false,
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
