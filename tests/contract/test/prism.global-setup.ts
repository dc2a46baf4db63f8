// Starts one `prism mock` of the client's bundled spec for the whole run: the raw client is checked
// against Prism's reading of the spec, not against our own fake.
import { startPrism } from '@civis-ts/prism-check';
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
