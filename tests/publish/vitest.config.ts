import { defineConfig } from 'vitest/config';

// One long end-to-end test: a build, a publish and two installs from the network on a shared 2-core box.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 900_000, hookTimeout: 120_000 },
});
