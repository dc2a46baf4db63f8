import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  // One build for both formats, so the declarations are made once (as .d.ts and .d.cts). openapi-fetch
  // stays external in both: src/client.ts takes its CJS build's `.default` (see there).
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  sourcemap: false,
});
