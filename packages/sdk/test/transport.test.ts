import { inspect } from 'node:util';
import { PERMISSION_SET_PAGE_LIMIT } from '@civis-ts/spec/facts';
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  Civis,
  CivisApiError,
  ConflictError,
  ConnectionError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  TimeoutError,
} from '../src/index.js';
import { errorBody, hang, json, KEY, stubClient, stubFetch } from './stub-fetch.js';

const SET = {
  id: 7,
  name: 'n',
  description: null,
  author: { id: 1, name: 'a', username: 'a', initials: 'A', online: true },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  archived: false,
};

const client = stubClient;

describe('transport: retries follow the service rules', () => {
  it.each([
    ['GET', 429, 4],
    ['GET', 502, 4],
    ['GET', 503, 4],
    ['GET', 504, 4],
    ['GET', 500, 1],
    ['PUT', 503, 4],
    ['DELETE', 502, 4],
    ['POST', 429, 4],
    ['POST', 503, 4],
    ['POST', 502, 1],
    ['POST', 504, 1],
    ['PATCH', 429, 1],
    ['PATCH', 503, 1],
  ])('%s answered %i is sent %i times', async (method, status, attempts) => {
    const { civis, calls } = client(errorBody(status));
    const calling = {
      GET: () => civis.permissionSets.get(7),
      PUT: () => civis.permissionSets.replace(7, { name: 'x' }),
      DELETE: () => civis.permissionSets.resources(7).delete('r'),
      POST: () => civis.permissionSets.create({ name: 'x' }),
      PATCH: () => civis.permissionSets.update(7, { name: 'x' }),
    }[method] as () => Promise<unknown>;
    await expect(calling()).rejects.toBeInstanceOf(CivisApiError);
    expect(calls).toHaveLength(attempts);
    expect(calls.every((call) => call.method === method)).toBe(true);
  });

  it('stops retrying at the first success and resends the same body', async () => {
    const { civis, calls } = client(errorBody(503), errorBody(503), json(200, SET));
    await expect(civis.permissionSets.replace(7, { name: 'x', description: 'd' })).resolves.toEqual(SET);
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((call) => call.body))).toEqual(new Set(['{"name":"x","description":"d"}']));
  });

  it('honours maxRetries per call and per client', async () => {
    const once = client(errorBody(503));
    await expect(once.civis.permissionSets.get(7, { maxRetries: 1 })).rejects.toBeInstanceOf(ServerError);
    expect(once.calls).toHaveLength(2);
    const stub = stubFetch(errorBody(503));
    const none = new Civis({ apiKey: KEY, baseUrl: 'http://127.0.0.1:9', fetch: stub.fetch, maxRetries: 0 });
    await expect(none.permissionSets.get(7)).rejects.toBeInstanceOf(ServerError);
    expect(stub.calls).toHaveLength(1);
  });

  it('retries connection failures only for idempotent methods', async () => {
    const get = client(new TypeError('fetch failed'), json(200, SET));
    await expect(get.civis.permissionSets.get(7)).resolves.toEqual(SET);
    expect(get.calls).toHaveLength(2);
    const post = client(new TypeError('fetch failed'), json(201, SET));
    await expect(post.civis.permissionSets.create({ name: 'x' })).rejects.toBeInstanceOf(ConnectionError);
    expect(post.calls).toHaveLength(1);
  });

  it('waits at least Retry-After (seconds) before retrying', async () => {
    const limited = errorBody(429, 'rate_limited');
    limited.headers.set('retry-after', '1');
    const { civis, calls } = client(limited, json(200, SET));
    await expect(civis.permissionSets.get(7)).resolves.toEqual(SET);
    expect(calls).toHaveLength(2);
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(990);
  });

  it('gives up at once, with retryAfter, when Retry-After exceeds the longest wait', async () => {
    const limited = errorBody(429, 'rate_limited');
    limited.headers.set('retry-after', '3600');
    const { civis, calls } = client(limited);
    const error = await civis.permissionSets.get(7).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(3600);
    expect(calls).toHaveLength(1);
  });

  it('times out each attempt, and retries a GET that timed out', async () => {
    const { civis, calls } = client(hang, json(200, SET));
    await expect(civis.permissionSets.get(7, { timeout: 50 })).resolves.toEqual(SET);
    expect(calls).toHaveLength(2);
    const stuck = client(hang);
    await expect(stuck.civis.permissionSets.get(7, { timeout: 20, maxRetries: 2 })).rejects.toBeInstanceOf(
      TimeoutError,
    );
    expect(stuck.calls).toHaveLength(3);
  });

  it('an abort cancels the call during a request and during a backoff wait', async () => {
    // During the request: the abort comes from inside fetch, once the attempt is under way.
    const controller = new AbortController();
    const during = client((init) => {
      const answer = hang(init);
      controller.abort(new Error('stop'));
      return answer;
    });
    await expect(during.civis.permissionSets.get(7, { signal: controller.signal })).rejects.toThrow('stop');
    expect(during.calls).toHaveLength(1);

    // During the wait: the abort comes one macrotask after onRetry, once the transport sleeps (the
    // default backoff waits at least 250 ms); `phase` shows it landed there and not in a request.
    const stub = stubFetch(errorBody(503));
    const waiting = new Civis({ apiKey: KEY, baseUrl: 'http://127.0.0.1:9', fetch: stub.fetch });
    const waitAbort = new AbortController();
    let phase = 'request';
    let abortedIn: string | undefined;
    const call = waiting.permissionSets.get(7, {
      signal: waitAbort.signal,
      onRequest: () => {
        phase = 'request';
      },
      onRetry: () => {
        phase = 'waiting';
        setImmediate(() => {
          abortedIn = phase;
          waitAbort.abort(new Error('stop waiting'));
        });
      },
    });
    await expect(call).rejects.toThrow('stop waiting');
    expect(abortedIn).toBe('waiting');
    // Settled: nothing of the call is left to send a retry.
    expect(stub.calls).toHaveLength(1);

    const before = client(json(200, SET));
    await expect(before.civis.permissionSets.get(7, { signal: AbortSignal.abort() })).rejects.toThrow();
    expect(before.calls).toHaveLength(0);
  });
});

describe('transport: reading the body', () => {
  it('reads a body whose characters are split across chunks, byte by byte', async () => {
    const set = { ...SET, name: 'Zürich 東京 🎉' };
    const bytes = new TextEncoder().encode(JSON.stringify(set));
    const oneByteAtATime = () =>
      new Response(
        new ReadableStream({
          start(controller) {
            for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
            controller.close();
          },
        }),
        { status: 200, headers: { 'content-type': 'application/json' } },
      );
    const { civis } = client(async () => oneByteAtATime());
    await expect(civis.permissionSets.get(7)).resolves.toEqual(set);
  });
});

describe('transport: requests and errors', () => {
  it('sends Basic auth, the user agent, per-call headers, snake_case query and encoded names', async () => {
    const { civis, calls } = client(json(200, []));
    await civis.permissionSets
      .list({ archived: 'all', author: [1, 7], orderDir: 'asc', pageNum: 2 }, { headers: { 'x-trace': 't' } })
      .toArray();
    const url = new URL(calls[0]?.url as string);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      archived: 'all',
      author: '1,7',
      // The largest page the spec allows, which the SDK asks for when none is given.
      limit: String(PERMISSION_SET_PAGE_LIMIT),
      order_dir: 'asc',
      page_num: '2',
    });
    expect(calls[0]?.headers.get('authorization')).toBe(`Basic ${btoa(`${KEY}:`)}`);
    expect(calls[0]?.headers.get('x-trace')).toBe('t');
    expect(calls[0]?.headers.get('user-agent')).toMatch(/^civis-ts/);

    const named = client(json(200, {}));
    await named.civis.permissionSets.resources(7).get('a/b?c#d %');
    expect(named.calls[0]?.url).toBe('http://127.0.0.1:9/permission_sets/7/resources/a%2Fb%3Fc%23d%20%25');
  });

  it.each([
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [500, ServerError],
  ])(
    'maps %i to its error class, with code, message, request id, method and url',
    async (status, ErrorClass) => {
      const { civis } = client(errorBody(status, 'some_code', 'What went wrong.'));
      const error = (await civis.permissionSets.get(7).catch((e: unknown) => e)) as CivisApiError;
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error).toMatchObject({
        status,
        code: 'some_code',
        message: 'What went wrong.',
        requestId: 'req-1',
        method: 'GET',
        url: 'http://127.0.0.1:9/permission_sets/7',
      });
    },
  );

  it('never shows the API key in an error, its stack, JSON or inspect output, nor in the client', async () => {
    const failures: unknown[] = [];
    for (const step of [errorBody(401), errorBody(503), new TypeError('fetch failed'), hang]) {
      const { civis } = client(step);
      failures.push(
        await civis.permissionSets.get(7, { timeout: 10, maxRetries: 0 }).catch((e: unknown) => e),
      );
      failures.push(civis);
    }
    for (const failure of failures) {
      const error = failure as Error;
      for (const text of [inspect(error, { depth: 10 }), JSON.stringify(error), String(error.stack)]) {
        expect(text).not.toContain(KEY);
        expect(text).not.toContain(btoa(`${KEY}:`));
      }
    }
  });

  it('keeps the last rate-limit headers', async () => {
    const { civis } = client(json(200, SET, { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '998' }));
    expect(civis.rateLimit).toBeUndefined();
    await civis.permissionSets.get(7);
    expect(civis.rateLimit).toEqual({ limit: 1000, remaining: 998 });
  });
});
