import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file starts a mock and runs the CLI as a child process per step: one file at a time keeps a
    // busy 2-core machine from running three process storms at once.
    fileParallelism: false,
  },
});
