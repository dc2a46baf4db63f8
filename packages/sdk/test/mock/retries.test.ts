// Retry behaviour against the fake's fault injection. These go to the fake directly: the faults are
// about the connection and the status line, which Prism's proxy would answer for itself.
import { beforeEach, describe, expect, it } from 'vitest';
import { ConnectionError, RateLimitError, ServerError, TimeoutError } from '../../src/index.js';
import { useMock } from './start.js';

// Each request as the mock takes it: a timeout's abort is held until its request has arrived (below).
let arrived = 0;
const arrivals = new EventTarget();
const ctx = useMock({
  validate: false,
  onRequest: () => {
    arrived += 1;
    arrivals.dispatchEvent(new Event('request'));
  },
});

/**
 * A fetch whose abort (the client's timeout) reaches the wire only once the mock has taken the request.
 * The client's timer still fires and the client still reports a TimeoutError; but on a slow machine a
 * 100 ms timer can fire before the request has left, so the mock would never see it (one request short)
 * or see it late, in the next test's log. Requests here are sent one at a time: the n-th send is the
 * n-th arrival.
 */
const abortAfterArrival: typeof fetch = (input, init = {}) => {
  const wire = new AbortController();
  const target = arrived + 1;
  const signal = init.signal;
  signal?.addEventListener(
    'abort',
    () => {
      const forward = () => {
        if (arrived < target) return;
        arrivals.removeEventListener('request', forward);
        wire.abort(signal.reason);
      };
      arrivals.addEventListener('request', forward);
      forward();
    },
    { once: true },
  );
  return fetch(input, { ...init, signal: wire.signal });
};
beforeEach(() => {
  ctx.mock.state.reset();
  ctx.mock.faults.clear();
  ctx.mock.requests.length = 0;
});

const sent = (method: string) => ctx.mock.requests.filter((request) => request.method === method).length;

describe('retries against the mock', () => {
  const calls = {
    GET: () => ctx.civis({ direct: true }).permissionSets.get(1),
    PUT: () => ctx.civis({ direct: true }).permissionSets.replace(1, { name: 'again' }),
    DELETE: () =>
      ctx
        .civis({ direct: true })
        .permissionSets.shares(1)
        .revoke({ groups: [1] }),
    POST: () => ctx.civis({ direct: true }).permissionSets.create({ name: 'new' }),
    PATCH: () => ctx.civis({ direct: true }).permissionSets.update(1, { name: 'patched' }),
  };

  it.each([
    ['GET', 429, 3],
    ['GET', 502, 3],
    ['GET', 504, 3],
    ['PUT', 503, 3],
    ['DELETE', 502, 3],
    ['POST', 429, 3],
    ['POST', 503, 3],
    ['POST', 502, 1],
    ['PATCH', 503, 1],
    ['GET', 500, 1],
  ] as const)('%s after two %i answers: sent %i times', async (method, status, times) => {
    ctx.mock.faults.inject({ status, count: 2, method });
    const outcome = await calls[method]().then(
      () => 'ok',
      (error: unknown) => error,
    );
    expect(sent(method)).toBe(times);
    if (times === 3) expect(outcome).toBe('ok');
    else expect(outcome).toBeInstanceOf(ServerError);
  });

  it('never sends more than 1 + maxRetries', async () => {
    ctx.mock.faults.inject({ status: 503, count: 10 });
    await expect(ctx.civis({ direct: true, maxRetries: 2 }).permissionSets.get(1)).rejects.toBeInstanceOf(
      ServerError,
    );
    expect(ctx.mock.requests).toHaveLength(3);
  });

  it('waits for Retry-After given in seconds and as an HTTP date', async () => {
    for (const retryAfterOf of [() => '1', () => new Date(Date.now() + 2_500).toUTCString()]) {
      const retryAfter = retryAfterOf();
      ctx.mock.requests.length = 0;
      ctx.mock.faults.inject({ status: 429, retryAfter });
      // A date 2.5 s ahead can leave more than the usual 2 s test cap: allow a longer wait here.
      await ctx.civis({ direct: true, backoff: { initial: 5, max: 5_000 } }).permissionSets.get(1);
      const [first, second] = ctx.mock.requests;
      expect(ctx.mock.requests).toHaveLength(2);
      // HTTP dates have whole seconds: more than 1 s remains of a date 2.5 s ahead.
      expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(990);
    }
  });

  it('a Retry-After longer than the longest wait fails at once with a RateLimitError carrying it', async () => {
    ctx.mock.faults.inject({ status: 429, retryAfter: '86400' });
    const error = await ctx
      .civis({ direct: true })
      .permissionSets.get(1)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(86_400);
    expect(ctx.mock.requests).toHaveLength(1);
  });

  it('retries a GET after a dropped connection, a cut body and a timeout; never a POST', async () => {
    for (const drop of ['before-response', 'mid-body', 'hang'] as const) {
      ctx.mock.requests.length = 0;
      ctx.mock.faults.inject({ drop, method: 'GET' });
      const set = await ctx
        .civis({ direct: true, timeout: 300, fetch: abortAfterArrival })
        .permissionSets.get(1);
      expect(set.id).toBe(1);
      expect(ctx.mock.requests).toHaveLength(2);
    }
    ctx.mock.requests.length = 0;
    ctx.mock.faults.inject({ drop: 'mid-body', method: 'POST' });
    await expect(ctx.civis({ direct: true }).permissionSets.create({ name: 'once' })).rejects.toBeInstanceOf(
      ConnectionError,
    );
    ctx.mock.faults.inject({ drop: 'hang', method: 'POST' });
    await expect(
      ctx
        .civis({ direct: true, fetch: abortAfterArrival })
        .permissionSets.create({ name: 'once' }, { timeout: 100 }),
    ).rejects.toBeInstanceOf(TimeoutError);
    expect(ctx.mock.requests).toHaveLength(2);
  });

  it('an abort during the backoff wait stops the retries', async () => {
    ctx.mock.faults.inject({ status: 503, count: 5, retryAfter: '1' });
    const controller = new AbortController();
    // Where the call is when the abort lands, from its own hooks: the test fails unless it is the wait.
    let phase = 'before';
    let abortedIn: string | undefined;
    const call = ctx.civis({ direct: true }).permissionSets.get(1, {
      signal: controller.signal,
      onRequest: () => {
        phase = 'request';
      },
      onResponse: () => {
        phase = 'response';
      },
      onRetry: ({ delay }) => {
        phase = 'waiting';
        expect(delay).toBeGreaterThanOrEqual(1_000);
        // After the hook returns the transport starts its 1 s wait: the abort comes one macrotask later.
        setImmediate(() => {
          abortedIn = phase;
          controller.abort(new Error('cancelled'));
        });
      },
    });
    await expect(call).rejects.toThrow('cancelled');
    expect(abortedIn).toBe('waiting');
    // The call has settled: nothing of it is left to send anything, so this holds without waiting.
    expect(phase).toBe('waiting');
    expect(ctx.mock.requests).toHaveLength(1);
  });
});
