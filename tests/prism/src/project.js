// The `through prism` vitest project of a package's config: the given suites once more, each request
// through `prism proxy` (Prism, an independent reader of the spec, checks every request and response),
// with one Prism for the run (global-setup.ts) and each file's own mock behind it (through.ts).
// JavaScript, not TypeScript: a vitest config loads what it imports from a package with Node itself.
import { fileURLToPath } from 'node:url';

const GLOBAL_SETUP = fileURLToPath(new URL('./global-setup.ts', import.meta.url));

/** @type {import('./project.d.ts').throughPrismProject} */
export function throughPrismProject(include) {
  return { extends: true, test: { name: 'through prism', include, globalSetup: [GLOBAL_SETUP] } };
}
