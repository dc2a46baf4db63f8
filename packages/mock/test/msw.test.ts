// `@civis-ts/mock/msw` under msw's own `setupServer` in Node: the raw client's plain `fetch` to the real
// service's base URL is intercepted and answered by the fake, with its state, faults, log and self-check.
import { createCivisClient } from '@civis-ts/client';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { createMock } from '../src/index.js';
import { civisHandlers } from '../src/msw.js';

const BASE = 'https://api.civisanalytics.com';
const mock = createMock({ seed: 2 });
const server = setupServer(...civisHandlers(mock, { baseUrl: BASE }));
// The client's own fetch is the global one, looked up per call: msw patches it in listen().
const fetchNow = (request: Request) => fetch(request);
const client = createCivisClient({ baseUrl: BASE, apiKey: mock.apiKey, fetch: fetchNow });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  mock.state.reset();
  mock.faults.clear();
  mock.requests.length = 0;
});
afterEach(() => {
  expect(mock.violations).toEqual([]);
});

it('answers every call under the base URL from the fake, and changes its state', async () => {
  const { data: created, response } = await client.POST('/permission_sets', { body: { name: 'via msw' } });
  expect(response.status).toBe(201);
  expect(mock.state.permissionSets.get(created?.id ?? 0)?.name).toBe('via msw');
  const { data: page, response: listed } = await client.GET('/permission_sets', {
    params: { query: { limit: 2 } },
  });
  expect(page).toHaveLength(2);
  const active = [...mock.state.permissionSets.values()].filter((set) => !set.archived).length;
  expect(listed.headers.get('X-Pagination-Total-Entries')).toBe(String(active));
  expect(mock.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
    'POST /permission_sets',
    'GET /permission_sets',
  ]);
});

it('answers in the service’s format: a wrong key is a 401, a bad body a 422', async () => {
  const wrong = createCivisClient({ baseUrl: BASE, apiKey: 'wrong', fetch: fetchNow });
  expect((await wrong.GET('/permission_sets')).response.status).toBe(401);
  const invalid = await client.POST('/permission_sets', { body: { name: '' } });
  expect([invalid.response.status, invalid.error?.error]).toEqual([422, 'invalid']);
});

it('carries faults: a status, and a dropped connection as a network error', async () => {
  mock.faults.inject({ status: 503, retryAfter: '2' });
  const unavailable = await client.GET('/permission_sets/{id}', { params: { path: { id: 1 } } });
  expect([unavailable.response.status, unavailable.response.headers.get('Retry-After')]).toEqual([503, '2']);
  mock.faults.inject({ drop: 'before-response' });
  await expect(client.GET('/permission_sets/{id}', { params: { path: { id: 1 } } })).rejects.toThrow(
    TypeError,
  );
});

it('leaves other hosts alone (unhandled: an error, as configured)', async () => {
  await expect(fetch('https://elsewhere.invalid/permission_sets')).rejects.toThrow();
});
