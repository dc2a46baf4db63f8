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

export default defineConfig([
  // ESM: the package, its MSW handlers and the bin, sharing one chunk.
  {
    ...common,
    entry: ['src/index.ts', 'src/msw.ts', 'src/cli.ts'],
    format: 'esm',
    dts: { entry: ['src/index.ts', 'src/msw.ts'] },
    clean: true,
  },
  // CommonJS: the package only (the bin is ESM).
  {
    ...common,
    entry: ['src/index.ts', 'src/msw.ts'],
    format: 'cjs',
    dts: { entry: ['src/index.ts', 'src/msw.ts'] },
  },
]);
