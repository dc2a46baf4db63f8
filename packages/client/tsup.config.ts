import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  // One build for both formats, so the declarations are made once (as .d.ts and .d.cts). openapi-fetch
  // stays external in both: src/client.ts takes its CJS build's `.default` (see there).
  format: ['esm', 'cjs'],
  // Bundled from the declarations the compiler wrote before tsup (`tsgo -p tsconfig.build.json`, the
  // build script): tsup's own d.ts step would compile the sources once more, the slow part of a build.
  dts: { entry: { index: '.dts/index.d.ts' } },
  clean: true,
  target: 'es2022',
  sourcemap: false,
});
