import { defineConfig } from 'tsup';

const PRIVATE = /^@civis-ts\/spec(\/|$)/;

export default defineConfig({
  // `bin` is the civis-ts binary; `index` exports `run` for programs that embed the CLI. ESM output is
  // split, so that `civis-ts --help` loads the command table and nothing else: the SDK, YAML and the
  // permission-set planner are imported only by the commands that need them.
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm', 'cjs'],
  // Bundled from the declarations the compiler wrote before tsup (`tsgo -p tsconfig.build.json`, the
  // build script): tsup's own d.ts step would compile the sources once more, the slow part of a build.
  dts: { entry: { index: '.dts/index.d.ts' } },
  splitting: true,
  clean: true,
  target: 'es2022',
  // @civis-ts/spec is private (never published): what this package reads of it is bundled in
  // (and no public type names it: the declarations cannot inline it).
  noExternal: [PRIVATE],
  sourcemap: false,
});
