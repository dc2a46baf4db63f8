import { defineConfig } from 'tsup';

const PRIVATE = /^@civis-ts\/spec(\/|$)/;

export default defineConfig({
  // The debug log and `sync` are entries of their own: an app that does not import them carries none of
  // them. Split in both formats, so the entries share one copy of the code they have in common (one
  // CivisError class: `instanceof` holds across `@civis-ts/sdk` and `@civis-ts/sdk/sync`, CommonJS too).
  entry: ['src/index.ts', 'src/debug.ts', 'src/sync.ts'],
  format: ['esm', 'cjs'],
  splitting: true,
  treeshake: true,
  // Bundled from the declarations the compiler wrote before tsup (`tsgo -p tsconfig.build.json`, the
  // build script): tsup's own d.ts step would compile the sources once more, the slow part of a build.
  dts: { entry: { index: '.dts/index.d.ts', debug: '.dts/debug.d.ts', sync: '.dts/sync.d.ts' } },
  clean: true,
  target: 'es2022',
  // @civis-ts/spec is private (never published): what this package reads of it is bundled in
  // (and no public type names it: the declarations cannot inline it).
  noExternal: [PRIVATE],
  sourcemap: false,
  // Folds the generated constraints (plain constants) into where they are used, so an app's bundler need not.
  minifySyntax: true,
});
