import { defineConfig, type Options } from 'tsup';

const shared: Options = { entry: ['src/index.ts'], dts: true, target: 'es2022', sourcemap: false };

export default defineConfig([
  // Each build cleans only its own files, so the two can run side by side.
  { ...shared, format: 'esm', clean: ['!**/*.cjs', '!**/*.d.cts'] },
  // openapi-fetch's CJS build has only `exports.default`; esbuild's Node-mode interop (this package is
  // `type: module`) would make `require`d `createClient` the whole module object. Inline it in CJS.
  { ...shared, format: 'cjs', clean: ['!**/*.js', '!**/*.d.ts'], noExternal: ['openapi-fetch'] },
]);
