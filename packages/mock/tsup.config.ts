import { defineConfig, type Options } from 'tsup';

const common: Options = {
  target: 'es2022',
  sourcemap: false,
  // The spec is part of the fake: bundled, so the fake reads no file and runs where there is no file
  // system. @civis-ts/spec is private (never published): what this package reads of it is bundled in (and
  // no public type names it: the declarations cannot inline it).
  noExternal: ['@civis-ts/client/openapi.json', /^@civis-ts\/spec(\/|$)/],
  // `import('node:http')` stays `node:http` (Deno and Bun resolve the prefixed name).
  removeNodeProtocol: false,
};

// Bundled from the declarations the compiler wrote before tsup (`tsgo -p tsconfig.build.json`, the build
// script): tsup's own d.ts step would compile the sources once more per format, the slow part of a build.
const dts = { entry: { index: '.dts/index.d.ts', msw: '.dts/msw.d.ts' } };

export default defineConfig([
  // ESM: the package, its MSW handlers and the bin, sharing one chunk.
  {
    ...common,
    entry: ['src/index.ts', 'src/msw.ts', 'src/cli.ts'],
    format: 'esm',
    dts,
    clean: true,
  },
  // CommonJS: the package only (the bin is ESM). It carries its own copy of the generated validators,
  // the bulk of either build: a chunk has one format, `require()` of an ESM chunk fails on the Node 20
  // releases the engines field allows before 20.19, and an ESM build that imported a CommonJS chunk would
  // no longer load in a browser as it is (the runtime matrix's Chromium row loads it so).
  {
    ...common,
    entry: ['src/index.ts', 'src/msw.ts'],
    format: 'cjs',
    dts,
  },
]);
