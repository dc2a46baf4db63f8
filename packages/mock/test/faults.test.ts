// Fault injection, through both doors (HTTP and in process), and proof that the fake checks its own
// answers: a response the spec does not allow becomes a 500 naming the violation, listed in `violations`.
// Faults are exempt: a test asks for them (a malformed body is how a client's handling of one is tested).
import { describe, expect, it } from 'vitest';
import type { Mock } from '../src/index.js';
import { BASIC, useFetchMock, useMock } from './helpers.js';

const mock = useMock();
const inProcess = useFetchMock();

const get = (base: string, path = '/permission_sets/1', init: RequestInit = {}) =>
  fetch(`${base}${path}`, { ...init, headers: { Authorization: BASIC } });

it('a response of the fake that breaks the spec is a 500 naming the violation, and listed', async () => {
  (mock.state.permissionSets.get(1) as { name: unknown }).name = 7;
  const response = await get(mock.url);
  expect(response.status).toBe(500);
  expect(await response.json()).toEqual({
    error: 'internal_error',
    errorDescription: "The mock's 200 answer to getPermissionSet breaks the spec: body.name: must be string",
    code: 500,
  });
  expect(mock.violations.splice(0)).toEqual([
    {
      operationId: 'getPermissionSet',
      method: 'GET',
      path: '/permission_sets/1',
      status: 200,
      message: 'body.name: must be string',
    },
  ]);
  // A fault's body is what the test asked for: not checked.
  mock.faults.inject({ path: '/permission_sets/1', body: JSON.stringify({ id: 'one' }) });
  expect(await (await get(mock.url)).json()).toEqual({ id: 'one' });
  expect(mock.violations).toEqual([]);
});

it('answers a status with the error body and Retry-After for the next N matching requests', async () => {
  mock.faults.inject({
    status: 503,
    count: 2,
    retryAfter: '3',
    method: 'GET',
    path: /^\/permission_sets\/1$/,
  });
  for (const _ of [1, 2]) {
    const response = await get(mock.url);
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('3');
    expect(await response.json()).toEqual({
      error: 'service_unavailable',
      errorDescription: expect.any(String),
      code: 503,
    });
  }
  expect((await get(mock.url, '/permission_sets/2')).status).toBe(200);
  expect((await get(mock.url)).status).toBe(200);
  expect(mock.requests.map((r) => r.path)).toEqual([
    '/permission_sets/1',
    '/permission_sets/1',
    '/permission_sets/2',
    '/permission_sets/1',
  ]);
});

it('answers 429 (with X-RateLimit-Remaining 0), 500, 502 and 504 with the error body', async () => {
  for (const status of [429, 500, 502, 504]) {
    mock.faults.inject({ status, retryAfter: '1' });
    const response = await get(mock.url);
    expect(response.status).toBe(status);
    if (status === 429) expect(response.headers.get('X-RateLimit-Remaining')).toBe('0');
    expect((await response.json()).code).toBe(status);
  }
});

it('only matches the given method', async () => {
  mock.faults.inject({ status: 500, method: 'DELETE' });
  expect((await get(mock.url)).status).toBe(200);
  mock.faults.clear();
});

const doors: [string, () => Mock, () => (init?: RequestInit) => Promise<Response>][] = [
  ['over HTTP', () => mock, () => (init) => get(mock.url, '/permission_sets/1', init)],
  [
    'in process',
    () => inProcess,
    () => (init) =>
      inProcess.fetch(`${inProcess.url}/permission_sets/1`, { ...init, headers: { Authorization: BASIC } }),
  ],
];

describe.each(doors)('%s', (_, door, request) => {
  it('adds latency: per fault, and fixed until cleared', async () => {
    door().faults.inject({ latencyMs: 150 });
    let start = performance.now();
    expect((await request()()).status).toBe(200);
    expect(performance.now() - start).toBeGreaterThanOrEqual(140);
    door().faults.latency(100);
    start = performance.now();
    await request()();
    expect(performance.now() - start).toBeGreaterThanOrEqual(90);
  });

  it('drops the connection before the response', async () => {
    door().faults.inject({ drop: 'before-response' });
    await expect(request()()).rejects.toThrow(TypeError);
    expect((await request()()).status).toBe(200);
  });

  it('drops the connection in the middle of the body', async () => {
    door().faults.inject({ drop: 'mid-body' });
    const response = await request()();
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  it('hangs until the client gives up', async () => {
    door().faults.inject({ drop: 'hang' });
    await expect(request()({ signal: AbortSignal.timeout(200) })).rejects.toThrow();
    expect(door().requests).toHaveLength(1);
  });
});

it('records method, path (as sent) and query of every request', async () => {
  await get(mock.url, '/permission_sets?limit=2&order=name');
  await get(mock.url, `/permission_sets/1/resources/${encodeURIComponent('a/b c')}`);
  expect(mock.requests.map(({ method, path, query }) => ({ method, path, query }))).toEqual([
    { method: 'GET', path: '/permission_sets', query: { limit: '2', order: 'name' } },
    { method: 'GET', path: '/permission_sets/1/resources/a%2Fb%20c', query: {} },
  ]);
});
