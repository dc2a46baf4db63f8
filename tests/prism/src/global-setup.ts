// The `through prism` project's global setup: one `prism proxy` of the spec for the whole run, in front of
// a router that hands each request to the mock of the test file it came from (a file's relay names it in
// ROUTE_HEADER). Each file keeps its own mock (state, faults, request log); only Prism is shared.
import type { TestProject } from 'vitest/node';
import { type RunningPrism, startPrism } from './index.js';
import { READY, ROUTE_HEADER, startHop } from './relay.js';

/** A mock the router forwards to: this machine's, on a port, nothing else. */
const LOCAL = /^http:\/\/127\.0\.0\.1:\d+$/;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let prism: Promise<RunningPrism> | undefined;
  const router = await startHop(
    (headers) => {
      const mock = headers[ROUTE_HEADER];
      if (mock === READY) {
        // Started by the first file that asks, as late as one Prism a file used to start: its seconds
        // of CPU do not slow down the run's first files, which are busy enough loading.
        prism ??= startPrism({ mode: 'proxy', upstream: router.url });
        return prism.then(
          (running) => ({ status: 200, text: running.url }),
          (error: Error) => ({ status: 503, text: error.message }),
        );
      }
      if (typeof mock === 'string' && LOCAL.test(mock)) return new URL(mock);
      return { status: 502, text: `no ${ROUTE_HEADER} header naming a local mock: not from a relay` };
    },
    ({ [ROUTE_HEADER]: _, ...headers }) => headers,
  );
  project.provide('prismRouter', router.url);
  return async () => {
    await (await prism?.catch(() => undefined))?.stop();
    await router.stop();
  };
}
