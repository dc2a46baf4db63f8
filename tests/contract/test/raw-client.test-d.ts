// Compiled by `vitest` typecheck, never run: calls that break the spec must not compile. Each
// `@ts-expect-error` fails the build if its line ever starts compiling (an unused directive is an error).
// A directive covers only the next line, so in a call the formatter wraps it sits above the bad property.
import type { CivisClient, PermissionLevel, PermissionSet, paths, ShareIndex } from '@civis-ts/client';
import type { Level } from '@civis-ts/spec/facts';
import { describe, expectTypeOf, it } from 'vitest';

declare const client: CivisClient;

describe('paths', () => {
  it('knows the spec paths and no others', () => {
    expectTypeOf<paths>().toHaveProperty('/permission_sets/{id}/resources/{name}/shares/groups/{group_id}');
    expectTypeOf<paths>().not.toHaveProperty('/permission_set');
    // @ts-expect-error a wrong path (singular) does not compile
    void client.GET('/permission_set');
    // @ts-expect-error a path with no DELETE does not compile
    void client.DELETE('/permission_sets');
  });
});

describe('parameters', () => {
  it('requires path parameters', () => {
    // @ts-expect-error the init object with params.path.id is required
    void client.GET('/permission_sets/{id}');
    // @ts-expect-error id is missing from params.path
    void client.GET('/permission_sets/{id}', { params: { path: {} } });
    // @ts-expect-error user_id is missing next to id
    void client.DELETE('/permission_sets/{id}/shares/users/{user_id}', { params: { path: { id: 1 } } });
  });

  it('types path and query parameters', () => {
    // @ts-expect-error id is an integer, not a string
    void client.GET('/permission_sets/{id}', { params: { path: { id: '4211' } } });
    // @ts-expect-error limit is a number
    void client.GET('/permission_sets', { params: { query: { limit: '10' } } });
    // @ts-expect-error params is misspelled
    void client.GET('/permission_sets', { parms: { query: { limit: 1 } } });
    // @ts-expect-error page is spelled page_num on the wire
    void client.GET('/permission_sets', { params: { query: { page: 2 } } });
  });

  it('rejects enum values the spec does not list', () => {
    // @ts-expect-error order is updated_at | name | created_at
    void client.GET('/permission_sets', { params: { query: { order: 'size' } } });
    void client.GET('/permission_sets/{id}/resources', {
      // @ts-expect-error order_dir is asc | desc
      params: { path: { id: 1 }, query: { order_dir: 'up' } },
    });
    expectTypeOf<PermissionLevel>().toEqualTypeOf<Level>();
  });
});

describe('bodies', () => {
  it('requires the body and its required fields', () => {
    // @ts-expect-error POST /permission_sets needs a body
    void client.POST('/permission_sets', {});
    // @ts-expect-error name is required
    void client.POST('/permission_sets', { body: { description: 'no name' } });
    void client.PUT('/permission_sets/{id}/shares/users', {
      params: { path: { id: 1 } },
      // @ts-expect-error permissionLevel is required
      body: { userIds: [1] },
    });
  });

  it('rejects misspelled fields and wrong enum values', () => {
    // @ts-expect-error descripton is not a field (misspelled description)
    void client.POST('/permission_sets', { body: { name: 'x', descripton: 'typo' } });
    void client.PUT('/permission_sets/{id}/shares/users', {
      params: { path: { id: 1 } },
      // @ts-expect-error bodies are camelCase: user_ids is not a field
      body: { user_ids: [1], permissionLevel: 'read' },
    });
    const share = { groupIds: [58], permissionLevel: 'admin' } as const;
    // @ts-expect-error admin is not a permission level
    void client.PUT('/permission_sets/{id}/shares/groups', { params: { path: { id: 1 } }, body: share });
  });
});

describe('responses', () => {
  it('types data by operation and status', async () => {
    const list = await client.GET('/permission_sets');
    expectTypeOf(list.data).toEqualTypeOf<PermissionSet[] | undefined>();
    const shares = await client.GET('/permission_sets/{id}/shares', { params: { path: { id: 1 } } });
    expectTypeOf(shares.data).toEqualTypeOf<ShareIndex[] | undefined>();
    const put = await client.PUT('/permission_sets/{id}/shares/users', {
      params: { path: { id: 1 } },
      body: { userIds: [2], permissionLevel: 'read' },
    });
    expectTypeOf(put.data).toEqualTypeOf<ShareIndex | undefined>();
    expectTypeOf<PermissionSet['description']>().toEqualTypeOf<string | null>();
    expectTypeOf<PermissionSet['archived']>().toEqualTypeOf<string | boolean>();
  });

  it('types the error body', async () => {
    const { error } = await client.GET('/permission_sets/{id}', { params: { path: { id: 1 } } });
    expectTypeOf(error).toEqualTypeOf<
      { error: string; errorDescription: string; code: number } | undefined
    >();
  });
});
