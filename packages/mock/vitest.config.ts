import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Prism takes 1-3 s to listen on a busy 2-core machine; requests themselves are fast.
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
