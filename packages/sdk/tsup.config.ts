import { defineConfig } from 'tsup';

export default defineConfig({
  // The debug log is an entry of its own: an app that does not import it carries none of it.
  entry: ['src/index.ts', 'src/debug.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  sourcemap: false,
  // Folds the generated constraints (plain constants) into where they are used, so an app's bundler need not.
  minifySyntax: true,
});
