// A sample of operations, with requests that break the spec (Prism must answer 422 with `sl-violations`)
// and with `Prefer: code=NNN` (the declared error body, and headers, must reach the caller typed).
import type { ErrorBody } from '@civis-ts/client';
import { describe, expect, it } from 'vitest';
import { prismClient } from './support.js';

const client = prismClient();
const id = 4211;
const name = 'voter_file.midwest';

// The spec types forbid these requests, which is the point: the casts get them past the compiler so
// that Prism, not TypeScript, is the one refusing them.
const asAny = <T>(value: unknown) => value as T;

function expectRejected(response: Response, error: ErrorBody | undefined): void {
  expect(response.status).toBe(422);
  expect(response.headers.get('sl-violations')).toBeTruthy();
  expect(error).toMatchObject({ error: 'invalid', code: 422 });
}

describe('requests that break the spec are answered 422', () => {
  it('a path parameter of the wrong type (id "abc")', async () => {
    const { error, response } = await client.GET('/permission_sets/{id}', {
      params: { path: { id: asAny<number>('abc') } },
    });
    expectRejected(response, error);
  });

  it('a query parameter of the wrong type (limit "many")', async () => {
    const { error, response } = await client.GET('/permission_sets', {
      params: { query: { limit: asAny<number>('many') } },
    });
    expectRejected(response, error);
  });

  it.each([51, 0])(
    'an out-of-range limit on the permission sets list (%i; the range is 1..50)',
    async (limit) => {
      const { error, response } = await client.GET('/permission_sets', { params: { query: { limit } } });
      expectRejected(response, error);
    },
  );

  it('a limit over 1000 on the resources list (where 1000 itself is accepted)', async () => {
    const over = await client.GET('/permission_sets/{id}/resources', {
      params: { path: { id }, query: { limit: 1001 } },
    });
    expectRejected(over.response, over.error);
    const max = await client.GET('/permission_sets/{id}/resources', {
      params: { path: { id }, query: { limit: 1000 } },
    });
    expect(max.response.status).toBe(200);
  });

  it('a body missing a required field (no name)', async () => {
    const { error, response } = await client.POST('/permission_sets', { body: asAny<{ name: string }>({}) });
    expectRejected(response, error);
  });

  it('a share body missing permissionLevel', async () => {
    const { error, response } = await client.PUT('/permission_sets/{id}/shares/users', {
      params: { path: { id } },
      body: asAny<{ userIds: number[]; permissionLevel: 'read' }>({ userIds: [1311] }),
    });
    expectRejected(response, error);
  });

  it('a misspelled body field (descripton)', async () => {
    const { error, response } = await client.PATCH('/permission_sets/{id}/resources/{name}', {
      params: { path: { id, name } },
      body: asAny<{ description: string }>({ descripton: 'typo' }),
    });
    expectRejected(response, error);
  });

  it('an unknown enum value in a query parameter (order=size)', async () => {
    const { error, response } = await client.GET('/permission_sets', {
      params: { query: { order: asAny<'name'>('size') } },
    });
    expectRejected(response, error);
  });

  it('an unknown enum value in a body (permissionLevel admin)', async () => {
    const { error, response } = await client.PUT('/permission_sets/{id}/resources/{name}/shares/groups', {
      params: { path: { id, name } },
      body: { groupIds: [58], permissionLevel: asAny<'read'>('admin') },
    });
    expectRejected(response, error);
  });
});

describe('declared errors reach the caller as the error body', () => {
  const notFound = {
    error: 'not_found',
    errorDescription: 'The requested resource could not be found.',
    code: 404,
  };
  const rateLimited = {
    error: 'rate_limited',
    errorDescription: 'Rate limit exceeded; retry later.',
    code: 429,
  };

  it('404 from getPermissionSet', async () => {
    const { data, error, response } = await client.GET('/permission_sets/{id}', {
      params: { path: { id } },
      headers: { Prefer: 'code=404' },
    });
    expect(response.status).toBe(404);
    expect(data).toBeUndefined();
    expect(error).toEqual(notFound);
  });

  it('404 from deletePermissionSetResource, whose success has no body', async () => {
    const { error, response } = await client.DELETE('/permission_sets/{id}/resources/{name}', {
      params: { path: { id, name } },
      headers: { Prefer: 'code=404' },
    });
    expect(response.status).toBe(404);
    expect(error).toEqual(notFound);
  });

  it('429 from listPermissionSets, with Retry-After and the rate-limit headers', async () => {
    const { data, error, response } = await client.GET('/permission_sets', {
      headers: { Prefer: 'code=429' },
    });
    expect(response.status).toBe(429);
    expect(data).toBeUndefined();
    expect(error).toEqual(rateLimited);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(response.headers.get('x-ratelimit-remaining')).toBe('998');
  });

  it('429 from sharePermissionSetResourceWithUsers, with Retry-After', async () => {
    const { error, response } = await client.PUT('/permission_sets/{id}/resources/{name}/shares/users', {
      params: { path: { id, name } },
      body: { userIds: [1311], permissionLevel: 'read' },
      headers: { Prefer: 'code=429' },
    });
    expect(response.status).toBe(429);
    expect(error).toEqual(rateLimited);
    expect(response.headers.get('retry-after')).toBe('2');
  });

  it('401 from createPermissionSet, with WWW-Authenticate', async () => {
    const { error, response } = await client.POST('/permission_sets', {
      body: { name: 'x' },
      headers: { Prefer: 'code=401' },
    });
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ error: 'unauthorized', code: 401 });
    expect(response.headers.get('www-authenticate')).toBe('Basic realm="Civis API", Bearer');
  });

  it('409 from createPermissionSetResource, when the name is taken', async () => {
    const { error, response } = await client.POST('/permission_sets/{id}/resources', {
      params: { path: { id } },
      body: { name },
      headers: { Prefer: 'code=409' },
    });
    expect(response.status).toBe(409);
    expect(error).toMatchObject({ error: 'conflict', code: 409 });
  });
});
