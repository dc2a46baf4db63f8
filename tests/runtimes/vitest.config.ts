import { defineConfig } from 'vitest/config';

// `pnpm test`: the packaging conventions only (fast). The matrix is `pnpm test:runtimes`.
export default defineConfig({
  test: { include: ['test/packaging.test.ts'] },
});
