// Options are checked alike on the client and on each call: a bad value is a CivisValidationError
// naming it, before any request, whether the call is an SDK method, a list or `civis.raw`.
import { describe, expect, it } from 'vitest';
import { Civis, CivisError, CivisValidationError, MissingApiKeyError } from '../src/index.js';
import { json, KEY, stubClient, stubFetch } from './stub-fetch.js';

const BAD: [string, Record<string, unknown>, string][] = [
  ['a negative timeout', { timeout: -1 }, 'timeout'],
  ['a timeout that is a string', { timeout: 'x' }, 'timeout'],
  ['a timeout a timer cannot hold (2^31 ms)', { timeout: 2 ** 31 }, 'timeout'],
  ['a fractional timeout', { timeout: 1.5 }, 'timeout'],
  ['negative retries', { maxRetries: -3 }, 'maxRetries'],
  ['absurd retries', { maxRetries: 1e6 }, 'maxRetries'],
  ['retries as a string', { maxRetries: '3' }, 'maxRetries'],
  ['a zero response limit', { maxResponseBytes: 0 }, 'maxResponseBytes'],
  ['a signal that is not one', { signal: 'stop' }, 'signal'],
  ['a header name HTTP cannot carry', { headers: { 'bad name': 'x' } }, 'headers'],
];

describe('client options', () => {
  it.each([
    ...BAD,
    ['a negative initial backoff', { backoff: { initial: -1 } }, 'backoff.initial'],
    ['a backoff max that is not a number', { backoff: { max: '1s' } }, 'backoff.max'],
    ['a backoff that is not an object', { backoff: 5 }, 'backoff'],
    ['a backoff that is an array', { backoff: [500, 60_000] }, 'backoff'],
    ['a backoff with a misspelt key', { backoff: { inital: 100 } }, 'backoff.inital'],
    ['a ws: base URL', { baseUrl: 'ws://127.0.0.1:1' }, 'baseUrl'],
    ['a file: base URL', { baseUrl: 'file:///tmp/x' }, 'baseUrl'],
    ['credentials in the base URL', { baseUrl: `http://${KEY}:@127.0.0.1:1` }, 'baseUrl'],
    ['a base URL with a query', { baseUrl: 'http://127.0.0.1:1/api?x=1' }, 'baseUrl'],
    ['a base URL with an empty query', { baseUrl: 'http://127.0.0.1:1/?' }, 'baseUrl'],
    ['a base URL with a fragment', { baseUrl: 'http://127.0.0.1:1/api#v1' }, 'baseUrl'],
  ])('refuses %s when the client is made', (_, options, field) => {
    const stub = stubFetch(json(200, {}));
    let error: unknown;
    try {
      new Civis({ apiKey: KEY, baseUrl: 'http://127.0.0.1:9', fetch: stub.fetch, ...options });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CivisValidationError);
    expect((error as CivisValidationError).field).toBe(field);
    expect(String(error)).not.toContain(KEY);
    expect(stub.calls).toHaveLength(0);
  });

  it('refuses a missing key with a MissingApiKeyError, a CivisError', () => {
    const previous = process.env.CIVIS_API_KEY;
    delete process.env.CIVIS_API_KEY;
    try {
      expect(() => new Civis({ baseUrl: 'http://127.0.0.1:9' })).toThrow(MissingApiKeyError);
      expect(() => new Civis({ apiKey: '' })).toThrow(CivisError);
      expect(() => new Civis({ apiKey: '' })).toThrow(/CIVIS_API_KEY/);
    } finally {
      if (previous !== undefined) process.env.CIVIS_API_KEY = previous;
    }
  });

  it.each([
    ['a trailing tab', `${KEY}\t`],
    ['a trailing CR', `${KEY}\r`],
    ['a trailing line end', `${KEY}\r\n`],
    ['a leading space', ` ${KEY}`],
    ['a no-break space', `${KEY}\u00a0`],
  ])('refuses a key with %s, naming CIVIS_API_KEY, and never shows the key', (_, apiKey) => {
    for (const make of [
      () => new Civis({ apiKey, baseUrl: 'http://127.0.0.1:9' }),
      () => {
        const previous = process.env.CIVIS_API_KEY;
        process.env.CIVIS_API_KEY = apiKey;
        try {
          return new Civis({ baseUrl: 'http://127.0.0.1:9' });
        } finally {
          if (previous === undefined) delete process.env.CIVIS_API_KEY;
          else process.env.CIVIS_API_KEY = previous;
        }
      },
    ]) {
      const error = (() => {
        try {
          make();
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(CivisValidationError);
      expect(error).toMatchObject({ field: 'apiKey', message: expect.stringContaining('CIVIS_API_KEY') });
      expect(String(error)).not.toContain(KEY);
    }
  });

  it('refuses a key that is not well-formed Unicode (what would be sent is not the key), never showing it', () => {
    const apiKey = `${KEY}\ud800`;
    let error: unknown;
    try {
      new Civis({ apiKey, baseUrl: 'http://127.0.0.1:9' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CivisValidationError);
    expect(error).toMatchObject({ field: 'apiKey', message: 'apiKey must be well-formed Unicode' });
    expect(String(error)).not.toContain(KEY);
  });

  it.each([
    ['initial', { initial: undefined, max: 1 }],
    ['max', { initial: 1, max: undefined }],
  ])('takes the default for a backoff %s given as undefined, not a NaN wait', async (_, backoff) => {
    const { fetch, calls } = stubFetch(json(503, {}), json(200, { id: 7, name: 'n' }));
    const delays: number[] = [];
    const civis = new Civis({ apiKey: KEY, baseUrl: 'http://127.0.0.1:9', fetch, backoff });
    await civis.permissionSets.get(7, { onRetry: (event) => void delays.push(event.delay) });
    // The other bound is 1 ms, so the wait is 1 ms whatever the default of the one left undefined.
    expect(delays).toEqual([1]);
    expect(calls).toHaveLength(2);
  });

  it('accepts the bounds themselves', () => {
    const options = { timeout: 2 ** 31 - 1, maxRetries: 0, backoff: { initial: 0, max: 0 } };
    expect(() => new Civis({ apiKey: KEY, baseUrl: 'http://127.0.0.1:9', ...options })).not.toThrow();
  });
});

describe('per-call options', () => {
  it.each(BAD)(
    'refuses %s on an SDK method, a list and civis.raw, sending nothing',
    async (_, options, field) => {
      const { civis, calls } = stubClient(json(200, {}));
      const attempts: (() => Promise<unknown>)[] = [
        () => civis.permissionSets.get(7, options),
        () => civis.permissionSets.list({}, options).toArray(),
        () => civis.raw.GET('/permission_sets/{id}', { params: { path: { id: 7 } }, ...options }),
      ];
      for (const attempt of attempts) {
        const error = await Promise.resolve()
          .then(attempt)
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(CivisValidationError);
        expect((error as CivisValidationError).field).toBe(field);
      }
      expect(calls).toHaveLength(0);
    },
  );

  it('refuses a bad list option when the list is made, not when it is first read', () => {
    const { civis } = stubClient(json(200, []));
    expect(() => civis.permissionSets.list({}, { timeout: -1 })).toThrow(CivisValidationError);
  });

  it('never writes to the caller’s objects', async () => {
    const headers = Object.freeze({ 'x-trace': 't' });
    const backoff = Object.freeze({ initial: 1, max: 5 });
    const { fetch } = stubFetch(json(503, {}), json(200, { id: 7 }));
    const civis = new Civis(
      Object.freeze({ apiKey: KEY, baseUrl: 'http://127.0.0.1:9', fetch, headers, backoff }),
    );
    const options = Object.freeze({ headers, timeout: 1_000 });
    await expect(civis.permissionSets.get(7, options)).resolves.toEqual({ id: 7 });
    const init = Object.freeze({ params: Object.freeze({ path: Object.freeze({ id: 7 }) }), headers });
    await expect(civis.raw.GET('/permission_sets/{id}', init)).resolves.toMatchObject({ data: { id: 7 } });
  });
});
