// Error statuses and the spec's error body: 404, 405 (with Allow), 409, 401 (with WWW-Authenticate), 422
// for a bad parameter, a bad body, a body of whitespace or not JSON, all with the service's headers.
import { createCivisClient } from '@civis-ts/client';
import { expect, it } from 'vitest';
import { MockStore } from '../src/index.js';
import { BASIC, guardedClient, useMock, violationGuard } from './helpers.js';

const mock = useMock();
const guard = violationGuard();
const client = () => guardedClient(mock, guard);

const body = (code: number, error: string) => ({ error, errorDescription: expect.any(String), code });

it('404 with the error body for an unknown id, user, group or resource name', async () => {
  const unknownSet = await client().GET('/permission_sets/{id}', { params: { path: { id: 9999 } } });
  expect([unknownSet.response.status, unknownSet.error]).toEqual([404, body(404, 'not_found')]);
  expect(unknownSet.response.headers.get('X-Request-Id')).toBeTruthy();
  const unknownName = await client().GET('/permission_sets/{id}/resources/{name}', {
    params: { path: { id: 1, name: 'no such/name' } },
  });
  expect([unknownName.response.status, unknownName.error]).toEqual([404, body(404, 'not_found')]);
  const unknownUser = await client().PUT('/permission_sets/{id}/shares/users', {
    params: { path: { id: 1 } },
    body: { userIds: [2, 999], permissionLevel: 'read' },
  });
  expect(unknownUser.response.status).toBe(404);
  // Nothing was applied: user 2's share did not change.
  const seeded = new MockStore();
  expect(mock.state.shares.level({ permissionSetId: 1 }, 'user', 2)).toBe(
    seeded.shares.level({ permissionSetId: 1 }, 'user', 2),
  );
  const unknownGroup = await client().DELETE('/permission_sets/{id}/shares/groups/{group_id}', {
    params: { path: { id: 1, group_id: 999 } },
  });
  expect(unknownGroup.response.status).toBe(404);
});

it('409 with the error body for a taken resource name', async () => {
  const create = () =>
    client().POST('/permission_sets/{id}/resources', { params: { path: { id: 2 } }, body: { name: 'dup' } });
  expect((await create()).response.status).toBe(201);
  const second = await create();
  expect([second.response.status, second.error]).toEqual([409, body(409, 'conflict')]);
});

it('401 with WWW-Authenticate and the error body for a wrong key', async () => {
  const wrong = guardedClient(mock, guard, 'wrong-key');
  const { response, error } = await wrong.GET('/permission_sets');
  expect(response.status).toBe(401);
  expect(response.headers.get('WWW-Authenticate')).toBe('Basic realm="Civis API", Bearer');
  expect(error).toEqual(body(401, 'unauthorized'));
  const bearer = await fetch(`${mock.url}/permission_sets/1`, {
    headers: { Authorization: 'Bearer test-key' },
  });
  expect(bearer.status).toBe(200);
});

it('401 for a missing key or an empty-password mismatch', async () => {
  const wrongPassword = `Basic ${Buffer.from('test-key:secret').toString('base64')}`;
  const attempts: Record<string, string>[] = [{}, { Authorization: wrongPassword }];
  for (const headers of attempts) {
    const response = await fetch(`${mock.url}/permission_sets`, { headers });
    expect(response.status).toBe(401);
    expect(response.headers.get('WWW-Authenticate')).toContain('Basic');
    expect(await response.json()).toEqual(body(401, 'unauthorized'));
  }
});

it('a missing or wrong key is answered on the headers with the spec’s 401, the body unread', async () => {
  // 8 MiB past the 4 MiB cap, without credentials: a 401 (the key comes first), not a 413.
  for (const headers of [{}, { Authorization: 'Bearer wrong-key' }] as Record<string, string>[]) {
    const response = await fetch(`${mock.url}/permission_sets`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: 'x'.repeat(8 * 1024 * 1024),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('WWW-Authenticate')).toBe('Basic realm="Civis API", Bearer');
    expect(response.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual(body(401, 'unauthorized'));
  }
  expect(mock.state.permissionSets.size).toBe(25);
});

it('a browser reads a 401 and the pagination headers, and gets its CORS preflight answered', async () => {
  const origin = 'http://app.example';
  const refused = await fetch(`${mock.url}/permission_sets/1`, {
    headers: { Origin: origin, Authorization: 'Bearer wrong-key' },
  });
  expect(refused.status).toBe(401);
  expect(refused.headers.get('Access-Control-Allow-Origin')).toBe(origin);
  const listed = await fetch(`${mock.url}/permission_sets`, {
    headers: { Origin: origin, Authorization: BASIC },
  });
  const exposed = listed.headers.get('Access-Control-Expose-Headers')?.split(', ') ?? [];
  for (const name of [...listed.headers.keys()].filter((n) => /^x-(pagination|ratelimit)-/.test(n)))
    expect(exposed.map((e) => e.toLowerCase())).toContain(name);
  expect(exposed).toContain('X-Pagination-Total-Entries');
  // A preflight carries no credentials: it is not refused for lacking them.
  const preflight = await fetch(`${mock.url}/permission_sets`, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'authorization,content-type',
    },
  });
  expect(preflight.status).toBe(204);
  expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe(origin);
  expect(preflight.headers.get('Access-Control-Allow-Methods')).toContain('POST');
});

it('422 with the error body for a bad body or parameter', async () => {
  const direct = createCivisClient({ baseUrl: mock.url, apiKey: 'test-key' });
  const cases = [
    await direct.POST('/permission_sets', { body: { name: '' } }),
    await direct.POST('/permission_sets', { body: { name: 'x', owner: 3 } as never }),
    await direct.PUT('/permission_sets/{id}/archive', {
      params: { path: { id: 1 } },
      body: { status: 'yes' } as never,
    }),
    await direct.PUT('/permission_sets/{id}/shares/users', {
      params: { path: { id: 1 } },
      body: { userIds: [], permissionLevel: 'read' },
    }),
    await direct.GET('/permission_sets', { params: { query: { limit: 51 } } }),
    await direct.GET('/permission_sets', { params: { query: { archived: 'yes' as never } } }),
    await direct.GET('/permission_sets/{id}/resources', {
      params: { path: { id: 1 }, query: { limit: 1001 } },
    }),
    await direct.GET('/permission_sets/{id}', { params: { path: { id: 0 } } }),
  ];
  for (const { response, error } of cases) {
    expect([response.status, error]).toEqual([422, body(422, 'invalid')]);
  }
  const raw = await fetch(`${mock.url}/permission_sets`, {
    method: 'POST',
    headers: { Authorization: BASIC },
    body: '{',
  });
  expect([raw.status, await raw.json()]).toEqual([422, body(422, 'invalid')]);
});

it('a body of whitespace or of broken JSON is a 422 in the service’s format, with its headers', async () => {
  for (const [text, description] of [
    ['  \n\t ', 'body: is required'],
    ['{"name": ', 'body: is not valid JSON'],
  ]) {
    const response = await fetch(`${mock.url}/permission_sets`, {
      method: 'POST',
      headers: { Authorization: BASIC },
      body: text,
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('X-RateLimit-Limit')).toBe('1000');
    expect(await response.json()).toEqual({ error: 'invalid', errorDescription: description, code: 422 });
  }
});

it('405 with Allow for a path the spec has, with a method it has not', async () => {
  const response = await fetch(`${mock.url}/permission_sets/1`, {
    method: 'POST',
    headers: { Authorization: BASIC },
  });
  expect(response.status).toBe(405);
  expect(response.headers.get('Allow')).toBe('GET, PUT, PATCH');
  expect(await response.json()).toEqual(body(405, 'method_not_allowed'));
  const unknown = await fetch(`${mock.url}/nowhere`, { headers: { Authorization: BASIC } });
  expect([unknown.status, unknown.headers.get('Allow')]).toEqual([404, null]);
});

it('int64 ids over their whole range, never rounded: in the path and in a body', async () => {
  const big = '9223372036854775806';
  const inPath = await fetch(`${mock.url}/permission_sets/${big}`, { headers: { Authorization: BASIC } });
  expect(await inPath.json()).toEqual({
    ...body(404, 'not_found'),
    errorDescription: `Permission set ${big} could not be found.`,
  });
  const inBody = await fetch(`${mock.url}/permission_sets/1/transfer`, {
    method: 'PUT',
    headers: { Authorization: BASIC, 'Content-Type': 'application/json' },
    body: `{"userId": ${big}, "includeDependencies": false}`,
  });
  expect(await inBody.json()).toEqual({
    ...body(404, 'not_found'),
    errorDescription: `User ${big} could not be found.`,
  });
  const beyond = await fetch(`${mock.url}/permission_sets/1/shares/users`, {
    method: 'PUT',
    headers: { Authorization: BASIC, 'Content-Type': 'application/json' },
    body: '{"userIds": [9223372036854775808], "permissionLevel": "read"}',
  });
  expect([beyond.status, await beyond.json()]).toEqual([422, body(422, 'invalid')]);
  // page_num has no maximum in the spec: a page past any end is empty, its number echoed exactly.
  const far = '99999999999999999999999';
  const page = await fetch(`${mock.url}/permission_sets?page_num=${far}`, {
    headers: { Authorization: BASIC },
  });
  expect([page.status, await page.json(), page.headers.get('X-Pagination-Current-Page')]).toEqual([
    200,
    [],
    far,
  ]);
});
