// civis.raw over a scripted fetch: openapi-fetch's calling convention and result shape, on the SDK's
// one transport (retries, timeouts, headers), with error statuses answered rather than thrown.
import { describe, expect, it } from 'vitest';
import { ConnectionError, TimeoutError } from '../src/index.js';
import { errorBody, hang, json, KEY, type Step, stubClient } from './stub-fetch.js';

const SET = { id: 7, name: 'n' };

function client(...steps: Step[]) {
  const { civis, calls } = stubClient(...steps);
  return { raw: civis.raw, calls };
}

describe('civis.raw', () => {
  it('sends the path, query and JSON body as given, with the client headers', async () => {
    const { raw, calls } = client(json(200, [SET]), json(200, SET));
    const listed = await raw.GET('/permission_sets', {
      params: { query: { limit: 2, order: 'name', archived: undefined } },
      headers: { 'x-trace': 't' },
    });
    expect(listed).toEqual({ data: [SET], response: expect.any(Response) });
    const created = await raw.POST('/permission_sets/{id}/resources', {
      params: { path: { id: 7 } },
      body: { name: 'a/b', description: 'd' },
    });
    expect(created.data).toEqual(SET);
    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['GET', 'http://127.0.0.1:9/permission_sets?limit=2&order=name', undefined],
      ['POST', 'http://127.0.0.1:9/permission_sets/7/resources', '{"name":"a/b","description":"d"}'],
    ]);
    expect(calls[0]?.headers.get('x-trace')).toBe('t');
    expect(calls[1]?.headers.get('content-type')).toBe('application/json');
    expect(calls.every((c) => c.headers.get('authorization') === `Basic ${btoa(`${KEY}:`)}`)).toBe(true);
  });

  it('answers an error status with the parsed body in `error`, not a throw, and scrubs the key from it', async () => {
    const echo = json(403, { error: 'forbidden', errorDescription: `no access for ${KEY}`, code: 403 });
    const { raw } = client(echo, new Response('<html>oops</html>', { status: 404 }));
    const denied = await raw.GET('/permission_sets/{id}', { params: { path: { id: 7 } } });
    expect(denied.data).toBeUndefined();
    expect(denied.response.status).toBe(403);
    expect(denied.error).toEqual({
      error: 'forbidden',
      errorDescription: 'no access for [redacted]',
      code: 403,
    });
    const missing = await raw.GET('/permission_sets/{id}', { params: { path: { id: 8 } } });
    expect(missing.error).toBe('<html>oops</html>');
  });

  it('a 204 answers data undefined', async () => {
    const { raw } = client(json(204, null));
    const removed = await raw.DELETE('/permission_sets/{id}/resources/{name}', {
      params: { path: { id: 7, name: 'x' } },
    });
    expect(removed).toEqual({ data: undefined, response: expect.any(Response) });
    expect(removed.response.status).toBe(204);
    // A DELETE answered 200 with a body instead: still no data, as the operation promises none.
    const { raw: raw200 } = client(json(200, { ok: true }));
    const answered = await raw200.DELETE('/permission_sets/{id}/resources/{name}', {
      params: { path: { id: 7, name: 'x' } },
    });
    expect(answered.data).toBeUndefined();
  });

  it('retries like the SDK, and takes per-call maxRetries and timeout', async () => {
    const retried = client(errorBody(503), errorBody(503), json(200, SET));
    expect((await retried.raw.GET('/permission_sets/{id}', { params: { path: { id: 7 } } })).data).toEqual(
      SET,
    );
    expect(retried.calls).toHaveLength(3);

    const once = client(errorBody(503));
    const failed = await once.raw.GET('/permission_sets/{id}', {
      params: { path: { id: 7 } },
      maxRetries: 0,
    });
    expect([failed.response.status, once.calls.length]).toEqual([503, 1]);

    const slow = client(hang);
    const timedOut = slow.raw.GET('/permission_sets/{id}', {
      params: { path: { id: 7 } },
      timeout: 5,
      maxRetries: 0,
    });
    await expect(timedOut).rejects.toBeInstanceOf(TimeoutError);
  });

  it('throws what the transport throws: a failed connection, an abort', async () => {
    const down = client(new TypeError('fetch failed'));
    const path = { params: { path: { id: 7 } }, maxRetries: 0 };
    await expect(down.raw.GET('/permission_sets/{id}', path)).rejects.toBeInstanceOf(ConnectionError);
    const aborted = client(json(200, SET));
    const signal = AbortSignal.abort(new Error('stop'));
    await expect(aborted.raw.GET('/permission_sets/{id}', { ...path, signal })).rejects.toThrow('stop');
    expect(aborted.calls).toHaveLength(0);
  });
});
