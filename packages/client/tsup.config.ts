import { defineConfig, type Options } from 'tsup';

const shared: Options = { entry: ['src/index.ts'], dts: true, target: 'es2022', sourcemap: false };

export default defineConfig([
  // Each build cleans only its own files, so the two can run side by side.
  { ...shared, format: 'esm', clean: ['!**/*.cjs', '!**/*.d.cts'] },
  // openapi-fetch stays external in both: src/client.ts takes its CJS build's `.default` (see there).
  { ...shared, format: 'cjs', clean: ['!**/*.js', '!**/*.d.ts'] },
]);
