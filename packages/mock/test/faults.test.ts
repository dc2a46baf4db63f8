// Fault injection, and proof that the proxy validates: a malformed answer from the fake is rejected.
// Dropped connections are tested on the fake directly: Prism turns a drop before the response into its own
// 500 problem, and never answers at all when the body is cut mid-way.
import { expect, it } from 'vitest';
import { BASIC, useMock } from './helpers.js';

const mock = useMock();

const get = (base: string, path = '/permission_sets/1', init: RequestInit = {}) =>
  fetch(`${base}${path}`, { ...init, headers: { Authorization: BASIC } });

it('the proxy rejects a response that breaks the spec', async () => {
  mock.faults.inject({ path: '/permission_sets/1', body: JSON.stringify({ id: 'one' }) });
  const response = await get(mock.url);
  expect(response.status).toBe(500);
  expect(response.headers.get('sl-violations')).toContain('Response body');
  expect(mock.requests).toHaveLength(1);
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
    expect(response.headers.get('sl-violations')).toBeNull();
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

it('passes 429 (with X-RateLimit-Remaining 0), 500, 502 and 504 through the proxy as valid answers', async () => {
  for (const status of [429, 500, 502, 504]) {
    mock.faults.inject({ status, retryAfter: '1' });
    const response = await get(mock.url);
    expect([response.status, response.headers.get('sl-violations')]).toEqual([status, null]);
    if (status === 429) expect(response.headers.get('X-RateLimit-Remaining')).toBe('0');
    expect((await response.json()).code).toBe(status);
  }
});

it('only matches the given method', async () => {
  mock.faults.inject({ status: 500, method: 'DELETE' });
  expect((await get(mock.url)).status).toBe(200);
  mock.faults.clear();
});

it('adds latency: per fault, and fixed until cleared', async () => {
  mock.faults.inject({ latencyMs: 150 });
  let start = performance.now();
  expect((await get(mock.directUrl)).status).toBe(200);
  expect(performance.now() - start).toBeGreaterThanOrEqual(140);
  mock.faults.latency(100);
  start = performance.now();
  await get(mock.directUrl);
  expect(performance.now() - start).toBeGreaterThanOrEqual(90);
});

it('drops the connection before the response', async () => {
  mock.faults.inject({ drop: 'before-response' });
  await expect(get(mock.directUrl)).rejects.toThrow();
  expect((await get(mock.directUrl)).status).toBe(200);
});

it('drops the connection in the middle of the body', async () => {
  mock.faults.inject({ drop: 'mid-body' });
  const response = await get(mock.directUrl);
  expect(response.status).toBe(200);
  await expect(response.text()).rejects.toThrow();
});

it('hangs until the client gives up, and still stops cleanly', async () => {
  mock.faults.inject({ drop: 'hang' });
  await expect(
    get(mock.directUrl, '/permission_sets/1', { signal: AbortSignal.timeout(200) }),
  ).rejects.toThrow();
  expect(mock.requests).toHaveLength(1);
});

it('records method, path (as sent) and query of every request', async () => {
  await get(mock.url, '/permission_sets?limit=2&order=name');
  await get(mock.url, `/permission_sets/1/resources/${encodeURIComponent('a/b c')}`);
  expect(mock.requests.map(({ method, path, query }) => ({ method, path, query }))).toEqual([
    { method: 'GET', path: '/permission_sets', query: { limit: '2', order: 'name' } },
    { method: 'GET', path: '/permission_sets/1/resources/a%2Fb%20c', query: {} },
  ]);
});
