import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One Prism for the whole run, on a free port; its URL reaches the tests through provide/inject.
    globalSetup: ['./test/prism.global-setup.ts'],
    // `*.test-d.ts` are compiled, not run: they prove that calls breaking the spec do not compile. By tsgo,
    // the typecheck task's compiler (the same errors as tsc, in a fraction of the CPU).
    typecheck: {
      enabled: true,
      checker: 'tsgo',
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    // Generous: Prism shares two cores with every other package's tests.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
