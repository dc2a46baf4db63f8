// The hooks (client-wide with `use`, and per call) and the debug log built on them: every attempt,
// response and retry is seen, in order, and none of it carries the key.
import { describe, expect, it, vi } from 'vitest';
import { debugLog } from '../src/debug.js';
import { Civis, CivisError, RateLimitError, type RequestEvent, type ResponseEvent } from '../src/index.js';
import { errorBody, json, KEY, stubFetch } from './stub-fetch.js';

const SET = { id: 7, name: 'n' };
const base = { apiKey: KEY, baseUrl: 'http://127.0.0.1:9', backoff: { initial: 1, max: 5 } };

describe('hooks', () => {
  it('see each attempt, response and retry of the client’s calls, in order, without the key', async () => {
    const seen: [string, RequestEvent][] = [];
    const { fetch } = stubFetch(
      errorBody(503),
      new TypeError('fetch failed'),
      json(200, SET, { 'x-request-id': 'r-9' }),
    );
    const civis = new Civis({ ...base, fetch }).use({
      onRequest: (event) => seen.push(['request', event]),
      onResponse: (event) => seen.push(['response', event]),
      onRetry: (event) => seen.push(['retry', event]),
    });
    await civis.permissionSets.get(7);
    const url = 'http://127.0.0.1:9/permission_sets/7';
    expect(seen.map(([kind, e]) => [kind, e.attempt])).toEqual([
      ['request', 1],
      ['response', 1],
      ['retry', 1],
      ['request', 2],
      ['retry', 2],
      ['request', 3],
      ['response', 3],
    ]);
    expect(seen[1]?.[1]).toMatchObject({ method: 'GET', url, status: 503 });
    expect(seen[2]?.[1]).toMatchObject({ reason: 'HTTP 503', delay: expect.any(Number) });
    expect(seen[4]?.[1]).toMatchObject({ reason: expect.stringContaining('fetch failed') });
    expect(seen[6]?.[1]).toMatchObject({ status: 200, requestId: 'r-9' });
    const text = JSON.stringify(seen);
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(btoa(`${KEY}:`));
  });

  it('given to one call, give that call’s status, headers and request id next to its data', async () => {
    const { fetch } = stubFetch(json(200, SET, { 'x-request-id': 'r-1', etag: '"v1"' }));
    const civis = new Civis({ ...base, fetch });
    let answer: { status: number; headers: Headers; requestId?: string } | undefined;
    const data = await civis.permissionSets.get(7, { onResponse: (event) => (answer = event) });
    expect(data).toEqual(SET);
    expect(answer?.status).toBe(200);
    expect(answer?.requestId).toBe('r-1');
    expect(answer?.headers.get('etag')).toBe('"v1"');
  });

  it('a hook that throws fails the call with a CivisError whose cause is its error; nothing is sent', async () => {
    const { fetch, calls } = stubFetch(json(200, SET));
    const civis = new Civis({ ...base, fetch });
    const stop = new Error('refused by hook');
    const refuse = () => {
      throw stop;
    };
    const error = await civis.permissionSets.get(7, { onRequest: refuse }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CivisError);
    expect(error).toMatchObject({ message: 'The onRequest hook failed: refused by hook', cause: stop });
    expect(calls).toHaveLength(0);
  });

  it('an async hook is awaited: the request waits for it', async () => {
    const { fetch, calls } = stubFetch(json(200, SET));
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered = () => {};
    const inHook = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const civis = new Civis({ ...base, fetch }).use({
      onRequest: async () => {
        entered();
        await gate;
      },
    });
    const call = civis.permissionSets.get(7);
    await inHook;
    // The hook has started and not finished: nothing may have been sent yet.
    expect(calls).toHaveLength(0);
    release();
    await expect(call).resolves.toEqual(SET);
    expect(calls).toHaveLength(1);
  });

  it.each(['onRequest', 'onResponse', 'onRetry'] as const)(
    'an async %s hook that rejects fails the call with a CivisError, not an unhandled rejection',
    async (name) => {
      const unhandled: unknown[] = [];
      const record = (reason: unknown) => unhandled.push(reason);
      process.on('unhandledRejection', record);
      try {
        const { fetch } = stubFetch(errorBody(503), json(200, SET));
        const reason = new Error(`${name} said no`);
        const civis = new Civis({ ...base, fetch }).use({ [name]: async () => Promise.reject(reason) });
        const error = await civis.permissionSets.get(7).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(CivisError);
        expect((error as Error).cause).toBe(reason);
        // A rejection nobody handled is reported after the microtasks that follow it: let a macrotask pass.
        await new Promise((resolve) => setImmediate(resolve));
        expect(unhandled).toEqual([]);
      } finally {
        process.off('unhandledRejection', record);
      }
    },
  );

  it('hooks get copies: changing an event changes neither the next hook’s event nor the call’s error', async () => {
    const { fetch } = stubFetch(errorBody(429, 'rate_limited'), errorBody(429, 'rate_limited'));
    const seen: ResponseEvent[] = [];
    const civis = new Civis({ ...base, fetch, maxRetries: 0 }).use(
      {
        onRequest: (event) => {
          event.url = 'https://elsewhere.example/changed';
          event.method = 'DELETE';
        },
        onResponse: (event) => {
          event.url = 'https://elsewhere.example/changed';
          event.status = 200;
          event.headers.set('retry-after', '9');
        },
      },
      { onResponse: (event) => void seen.push(event) },
    );
    const error = await civis.permissionSets.get(7).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({
      url: 'http://127.0.0.1:9/permission_sets/7',
      method: 'GET',
      status: 429,
      retryAfter: undefined,
    });
    expect(seen[0]).toMatchObject({
      url: 'http://127.0.0.1:9/permission_sets/7',
      method: 'GET',
      status: 429,
    });
  });
});

it('hooks added with use run in order, client-wide ones before the call’s own', async () => {
  const order: string[] = [];
  const { fetch } = stubFetch(json(200, SET));
  const civis = new Civis({ ...base, fetch })
    .use({ onResponse: () => order.push('first') })
    .use({ onResponse: () => order.push('second') });
  await civis.permissionSets.get(7, { onResponse: () => order.push('call') });
  await civis.raw.GET('/permission_sets/{id}', { params: { path: { id: 7 } } });
  expect(order).toEqual(['first', 'second', 'call', 'first', 'second']);
});

describe('debugLog', () => {
  it('writes a line per response and per retry to the logger, without the key', async () => {
    const lines: string[] = [];
    const { fetch } = stubFetch(errorBody(502), json(200, SET));
    const civis = new Civis({ ...base, fetch }).use(debugLog({ debug: (line) => lines.push(line) }));
    await civis.permissionSets.get(7);
    expect(lines).toEqual([
      'civis: GET http://127.0.0.1:9/permission_sets/7 #1 502, request id req-1',
      expect.stringMatching(
        /^civis: GET http:\/\/127\.0\.0\.1:9\/permission_sets\/7 #1 retry in \d+ ms: HTTP 502$/,
      ),
      'civis: GET http://127.0.0.1:9/permission_sets/7 #2 200, request id req-1',
    ]);
    expect(lines.join('\n')).not.toContain(KEY);
  });

  it('writes to console.debug by default', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    try {
      const { fetch } = stubFetch(json(200, SET));
      await new Civis({ ...base, fetch }).use(debugLog()).permissionSets.get(7);
      expect(debug).toHaveBeenCalledTimes(1);
      expect(String(debug.mock.calls[0]?.[0])).toMatch(/^civis: GET .* #1 200/);
    } finally {
      debug.mockRestore();
    }
  });
});

it('a hook is called as a method of the object it was added in (`this` is that object)', async () => {
  const { fetch } = stubFetch(json(200, SET));
  const seen: unknown[] = [];
  const counter = {
    responses: 0,
    onResponse(this: { responses: number }) {
      this.responses++;
      seen.push(this);
    },
  };
  const civis = new Civis({ ...base, fetch }).use(counter);
  await civis.permissionSets.get(7);
  // Added with use and given to the call too: called as each.
  await civis.permissionSets.get(7, counter);
  expect(counter.responses).toBe(3);
  expect(seen.every((self) => self === counter)).toBe(true);
});
