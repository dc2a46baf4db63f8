// Whatever mix of faults the server throws, no call is sent more than 1 + maxRetries times, and each
// resend is one the method rules allow: the failure before it was retryable for that method.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import '../src/fast-check-seed.js';
import { calls, clientOf, METHODS, retries, settle } from '../src/fixtures.js';
import { type HostileServer, startHostileServer } from '../src/hostile-server.js';
import { apiError, type Reply, resetBeforeResponse, resetMidBody } from '../src/replies.js';

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(() => server.stop());

type Fault = number | 'reset' | 'mid-body' | 'ok';
const reply = (fault: Fault, success: Reply): Reply =>
  fault === 'ok'
    ? success
    : fault === 'reset'
      ? resetBeforeResponse
      : fault === 'mid-body'
        ? resetMidBody(200, { id: 7 })
        : apiError(fault, { 'Retry-After': '0' });

it('sends = the first non-retryable outcome, capped at 1 + maxRetries', async () => {
  const fault = fc.constantFrom<Fault>(400, 404, 409, 429, 500, 502, 503, 504, 'reset', 'mid-body', 'ok');
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...METHODS),
      fc.integer({ min: 0, max: 4 }),
      fc.array(fault, { minLength: 1, maxLength: 8 }),
      async (method, maxRetries, faults) => {
        server.reset();
        server.fallback = calls[method].success;
        server.script(...faults.map((f) => reply(f, calls[method].success)));
        await settle(calls[method].call(clientOf(server, { maxRetries })));
        // The model: stop at the first outcome the method may not retry on, or when retries run out.
        const stop = faults.findIndex(
          (f) => f === 'ok' || !retries(method, typeof f === 'number' ? f : 'connection'),
        );
        const expected = Math.min(stop === -1 ? faults.length + 1 : stop + 1, 1 + maxRetries);
        expect(server.requests).toHaveLength(expected);
      },
    ),
    { numRuns: 80 },
  );
});
