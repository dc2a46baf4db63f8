import { defineConfig } from 'tsup';

const PRIVATE = /^@civis-ts\/spec(\/|$)/;

export default defineConfig({
  entry: ['src/index.ts', 'src/cli.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  // @civis-ts/spec is private (never published): what this package reads of it is bundled in
  // (and no public type names it: the declarations cannot inline it).
  noExternal: [PRIVATE],
  sourcemap: false,
  // The CJS build needs import.meta.url (createRequire finds the bundled spec and Prism with it).
  shims: true,
});
