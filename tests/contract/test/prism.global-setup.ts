// Starts one `prism mock` on the client's bundled spec for the whole run. Vitest skips this teardown on
// SIGINT/SIGTERM; startPrism also kills its child on exit and on those signals, so none is left behind.
import { startPrism } from '@civis-ts/mock';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const prism = await startPrism({ mode: 'mock' });
  project.provide('prismUrl', prism.url);
  return () => prism.stop();
}
