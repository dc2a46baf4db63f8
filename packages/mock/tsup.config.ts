import { defineConfig, type Options } from 'tsup';

// The spec is part of the fake: bundled, so the fake reads no file and runs where there is no file system.
const common: Options = {
  target: 'es2022',
  sourcemap: false,
  noExternal: ['@civis-ts/client/openapi.json'],
  removeNodeProtocol: false,
};

export default defineConfig([
  // ESM: the package and the bin, sharing one chunk.
  {
    ...common,
    entry: ['src/index.ts', 'src/cli.ts'],
    format: 'esm',
    dts: { entry: 'src/index.ts' },
    clean: true,
  },
  // CommonJS: the package only (the bin is ESM).
  { ...common, entry: ['src/index.ts'], format: 'cjs', dts: { entry: 'src/index.ts' } },
]);
