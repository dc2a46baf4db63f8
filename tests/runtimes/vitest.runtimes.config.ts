import { defineConfig } from 'vitest/config';

// `pnpm test:runtimes`: the matrix. At most three runtimes install at once on the shared 2-core machines.
export default defineConfig({
  test: { include: ['matrix/**/*.test.ts'], maxConcurrency: 3, testTimeout: 300_000, hookTimeout: 120_000 },
});
