// Every method under every fault: retried only where the service promises the request was not
// processed, and never sent more than 1 + maxRetries times. Counted at the server.
import { CivisApiError, ConnectionError, TimeoutError } from '@civis-ts/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  abortAfterArrival,
  calls,
  clientOf,
  METHODS,
  type Method,
  permissionSet,
  retries,
  settle,
} from '../src/fixtures.js';
import { type HostileServer, startHostileServer } from '../src/hostile-server.js';
import { apiError, hang, type Reply, repeat, resetBeforeResponse, resetMidBody } from '../src/replies.js';

const MAX_RETRIES = 3;
let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(() => server.stop());
beforeEach(() => server.reset());

/**
 * Only a reply that never comes needs the short timeout, and its abort waits until the server has the
 * request: a 150 ms timer on every case turned a slow 429 into a TimeoutError on a loaded machine, and a
 * request cut before it left was counted in no test, or late in the next one.
 */
function run(method: Method, failure: Reply, times: number) {
  server.script(...repeat(times, failure), calls[method].success);
  const timing = failure === hang ? { timeout: 150, fetch: abortAfterArrival(server) } : {};
  return settle(calls[method].call(clientOf(server, { maxRetries: MAX_RETRIES, ...timing })));
}

describe.each(METHODS)('%s', (method) => {
  for (const status of [429, 500, 502, 503, 504]) {
    for (const burst of [2, MAX_RETRIES + 2]) {
      const retried = retries(method, status);
      const outcome = retried && burst <= MAX_RETRIES ? 'succeeds' : 'fails';
      it(`a burst of ${burst} × ${status} ${outcome} after ${retried ? Math.min(burst + 1, 1 + MAX_RETRIES) : 1} sends`, async () => {
        const { value, error } = await run(method, apiError(status, { 'Retry-After': '0' }), burst);
        if (outcome === 'succeeds') {
          expect(error).toBeUndefined();
          expect(value).toEqual(method === 'DELETE' ? undefined : permissionSet());
          expect(server.requests).toHaveLength(burst + 1);
        } else {
          expect(error).toBeInstanceOf(CivisApiError);
          expect((error as CivisApiError).status).toBe(status);
          expect(server.requests).toHaveLength(retried ? 1 + MAX_RETRIES : 1);
        }
        expect(server.requests.every((request) => request.method === method)).toBe(true);
      });
    }
  }

  const connectionFaults: [string, Reply, typeof ConnectionError][] = [
    ['a reset before any byte', resetBeforeResponse, ConnectionError],
    ['a reset mid-body', resetMidBody(200, permissionSet()), ConnectionError],
    ['no answer at all', hang, TimeoutError],
  ];
  for (const [name, fault, ErrorClass] of connectionFaults) {
    const retried = retries(method, 'connection');
    it(`${name} forever: ${ErrorClass.name} after ${retried ? 1 + MAX_RETRIES : 1} sends`, async () => {
      const { error } = await run(method, fault, 1 + MAX_RETRIES);
      expect(error).toBeInstanceOf(ErrorClass);
      expect(server.requests).toHaveLength(retried ? 1 + MAX_RETRIES : 1);
    });
    if (retried) {
      it(`${name} once, then success: resolves after 2 sends`, async () => {
        const { value, error } = await run(method, fault, 1);
        expect(error).toBeUndefined();
        expect(value).toEqual(method === 'DELETE' ? undefined : permissionSet());
        expect(server.requests).toHaveLength(2);
      });
    }
  }
});
