import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  sourcemap: false,
  // Folds the generated constraints (plain constants) into where they are used, so an app's bundler need not.
  minifySyntax: true,
});
