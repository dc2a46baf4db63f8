// In a test file: the way through the run's one Prism to the file's own mock (global-setup.ts).
import { inject } from 'vitest';
import { READY, ROUTE_HEADER, startHop } from './relay.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The router behind the `through prism` project's Prism (global-setup.ts); absent elsewhere. */
    prismRouter?: string;
  }
}

export interface Relay {
  /** The URL to use instead of the mock's: every request to it goes through Prism to the mock. */
  url: string;
  stop(): Promise<void>;
}

/**
 * In the `through prism` project: a relay, on a local port, that sends each request through the run's
 * Prism to the mock at `mock`, so Prism validates it and its answer against the spec (with --errors: a
 * violation comes back as an error answer the test sees). Resolves once Prism is up. In any other
 * project: undefined.
 */
export async function throughPrism(mock: string): Promise<Relay | undefined> {
  const router = inject('prismRouter');
  if (router === undefined) return undefined;
  // Prism's URL, once it is up (the first file to ask starts it).
  const ready = await fetch(router, { headers: { [ROUTE_HEADER]: READY } });
  const prism = await ready.text();
  if (!ready.ok) throw new Error(`prism proxy did not start: ${prism}`);
  return startHop(
    () => new URL(prism),
    (headers) => ({ ...headers, [ROUTE_HEADER]: mock }),
  );
}
