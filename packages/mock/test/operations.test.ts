// Every one of the spec's operations (OPERATION_COUNT of the spec table) through the raw client, against
// the fake in process (createMock): each response checked by the fake against the spec (no violation),
// each request sent as documented.
import { OPERATION_COUNT } from '@civis-ts/spec/facts';
import { describe, expect, it } from 'vitest';
import { specOperations } from '../src/spec.js';
import { defined, guardedClient, useFetchMock, violationGuard } from './helpers.js';

const mock = useFetchMock();
const guard = violationGuard();
const client = () => guardedClient(mock, guard);
const covered = new Set<string>();

const NAME = 'reports/2026 Q1?draft #2 100% données';

/** A fresh set with one resource whose name needs every kind of encoding. */
async function setWithResource(): Promise<number> {
  const { data: set } = await client().POST('/permission_sets', { body: { name: 'Ops test' } });
  const id = defined(set).id;
  await client().POST('/permission_sets/{id}/resources', { params: { path: { id } }, body: { name: NAME } });
  return id;
}

function op(operationId: string, test: () => Promise<void>) {
  it(operationId, async () => {
    await test();
    covered.add(operationId);
  });
}

describe('permission sets', () => {
  op('listPermissionSets', async () => {
    const { data, response } = await client().GET('/permission_sets', { params: { query: { limit: 5 } } });
    expect(data).toHaveLength(5);
    expect(response.headers.get('X-Pagination-Per-Page')).toBe('5');
  });
  op('createPermissionSet', async () => {
    const { data, response } = await client().POST('/permission_sets', {
      body: { name: 'New', description: 'd' },
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({ name: 'New', description: 'd', archived: false, author: { id: 1 } });
  });
  op('getPermissionSet', async () => {
    const { data } = await client().GET('/permission_sets/{id}', { params: { path: { id: 3 } } });
    expect(data?.id).toBe(3);
  });
  op('replacePermissionSet', async () => {
    const { data } = await client().PUT('/permission_sets/{id}', {
      params: { path: { id: 3 } },
      body: { name: 'Replaced' },
    });
    expect(data).toMatchObject({ id: 3, name: 'Replaced', description: null });
  });
  op('updatePermissionSet', async () => {
    const before = mock.state.permissionSet(4).name;
    const { data } = await client().PATCH('/permission_sets/{id}', {
      params: { path: { id: 4 } },
      body: { description: 'Patched' },
    });
    expect(data).toMatchObject({ id: 4, name: before, description: 'Patched' });
  });
  op('setPermissionSetArchived', async () => {
    const { data } = await client().PUT('/permission_sets/{id}/archive', {
      params: { path: { id: 5 } },
      body: { status: true },
    });
    expect(data?.archived).toBe(true);
  });
  op('listPermissionSetDependencies', async () => {
    const id = await setWithResource();
    const { data } = await client().GET('/permission_sets/{id}/dependencies', {
      params: { path: { id }, query: { user_id: 1 } },
    });
    expect(data).toEqual([
      expect.objectContaining({ name: NAME, permissionLevel: 'manage', shareable: true }),
    ]);
  });
  op('transferPermissionSet', async () => {
    const id = await setWithResource();
    const { data } = await client().PUT('/permission_sets/{id}/transfer', {
      params: { path: { id } },
      body: { userId: 2, includeDependencies: true },
    });
    expect(data?.dependencies).toEqual([
      expect.objectContaining({ name: NAME, shared: true, permissionLevel: 'manage' }),
    ]);
  });
  op('listPermissionSetUserPermissions', async () => {
    const id = await setWithResource();
    const { data } = await client().GET('/permission_sets/{id}/users/{user_id}/permissions', {
      params: { path: { id, user_id: 1 } },
    });
    expect(data).toEqual([{ resourceName: NAME, read: true, write: true, manage: true }]);
  });
});

describe('permission set shares', () => {
  op('listPermissionSetShares', async () => {
    const { data } = await client().GET('/permission_sets/{id}/shares', { params: { path: { id: 1 } } });
    expect(data).toHaveLength(1);
    expect(data?.[0]?.owners.users).toContainEqual(
      expect.objectContaining({ id: mock.state.permissionSet(1).authorId }),
    );
  });
  op('sharePermissionSetWithUsers', async () => {
    const { data } = await client().PUT('/permission_sets/{id}/shares/users', {
      params: { path: { id: 1 } },
      body: { userIds: [11], permissionLevel: 'write' },
    });
    expect(data?.writers.users.map((u) => u.id)).toContain(11);
  });
  op('sharePermissionSetWithGroups', async () => {
    const { data } = await client().PUT('/permission_sets/{id}/shares/groups', {
      params: { path: { id: 1 } },
      body: { groupIds: [2], permissionLevel: 'read' },
    });
    expect(data?.readers.groups.map((g) => g.id)).toContain(2);
  });
  op('revokePermissionSetUserShare', async () => {
    mock.state.shares.set({ permissionSetId: 1 }, 'user', 11, 'read');
    const { response } = await client().DELETE('/permission_sets/{id}/shares/users/{user_id}', {
      params: { path: { id: 1, user_id: 11 } },
    });
    expect(response.status).toBe(204);
    expect(mock.state.shares.level({ permissionSetId: 1 }, 'user', 11)).toBeUndefined();
  });
  op('revokePermissionSetGroupShare', async () => {
    mock.state.shares.set({ permissionSetId: 1 }, 'group', 3, 'read');
    const { response } = await client().DELETE('/permission_sets/{id}/shares/groups/{group_id}', {
      params: { path: { id: 1, group_id: 3 } },
    });
    expect(response.status).toBe(204);
    expect(mock.state.shares.level({ permissionSetId: 1 }, 'group', 3)).toBeUndefined();
  });
});

describe('resources', () => {
  op('listPermissionSetResources', async () => {
    const id = await setWithResource();
    const { data, response } = await client().GET('/permission_sets/{id}/resources', {
      params: { path: { id } },
    });
    expect(data?.map((r) => r.name)).toEqual([NAME]);
    expect(response.headers.get('X-Pagination-Total-Entries')).toBe('1');
  });
  op('createPermissionSetResource', async () => {
    const { data, response } = await client().POST('/permission_sets/{id}/resources', {
      params: { path: { id: 2 } },
      body: { name: '選挙/データ', description: 'x' },
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({ permissionSetId: 2, name: '選挙/データ', description: 'x' });
  });
  op('getPermissionSetResource', async () => {
    const id = await setWithResource();
    const { data } = await client().GET('/permission_sets/{id}/resources/{name}', {
      params: { path: { id, name: NAME } },
    });
    expect(data?.name).toBe(NAME);
  });
  op('updatePermissionSetResource', async () => {
    const id = await setWithResource();
    const { data } = await client().PATCH('/permission_sets/{id}/resources/{name}', {
      params: { path: { id, name: NAME } },
      body: { description: 'updated' },
    });
    expect(data?.description).toBe('updated');
  });
  op('deletePermissionSetResource', async () => {
    const id = await setWithResource();
    const { response } = await client().DELETE('/permission_sets/{id}/resources/{name}', {
      params: { path: { id, name: NAME } },
    });
    expect(response.status).toBe(204);
    expect(mock.state.resourcesOf(id).has(NAME)).toBe(false);
  });
});

describe('resource shares', () => {
  const path = (id: number) => ({ path: { id, name: NAME } });
  op('listPermissionSetResourceShares', async () => {
    const id = await setWithResource();
    const { data } = await client().GET('/permission_sets/{id}/resources/{name}/shares', {
      params: path(id),
    });
    expect(data).toMatchObject([{ owners: { users: [{ id: 1 }] }, totalUserShares: 1, totalGroupShares: 0 }]);
  });
  op('sharePermissionSetResourceWithUsers', async () => {
    const id = await setWithResource();
    const { data } = await client().PUT('/permission_sets/{id}/resources/{name}/shares/users', {
      params: path(id),
      body: { userIds: [4, 5], permissionLevel: 'read' },
    });
    expect(data?.readers.users.map((u) => u.id)).toEqual([4, 5]);
  });
  op('sharePermissionSetResourceWithGroups', async () => {
    const id = await setWithResource();
    const { data } = await client().PUT('/permission_sets/{id}/resources/{name}/shares/groups', {
      params: path(id),
      body: { groupIds: [1], permissionLevel: 'manage' },
    });
    expect(data?.owners.groups.map((g) => g.id)).toEqual([1]);
  });
  op('revokePermissionSetResourceUserShare', async () => {
    const id = await setWithResource();
    mock.state.shares.set({ permissionSetId: id, resourceName: NAME }, 'user', 4, 'write');
    const { response } = await client().DELETE(
      '/permission_sets/{id}/resources/{name}/shares/users/{user_id}',
      {
        params: { path: { id, name: NAME, user_id: 4 } },
      },
    );
    expect(response.status).toBe(204);
    expect(mock.state.shares.list({ permissionSetId: id, resourceName: NAME })).toEqual([]);
  });
  op('revokePermissionSetResourceGroupShare', async () => {
    const id = await setWithResource();
    mock.state.shares.set({ permissionSetId: id, resourceName: NAME }, 'group', 2, 'write');
    const { response } = await client().DELETE(
      '/permission_sets/{id}/resources/{name}/shares/groups/{group_id}',
      {
        params: { path: { id, name: NAME, group_id: 2 } },
      },
    );
    expect(response.status).toBe(204);
    expect(mock.state.shares.list({ permissionSetId: id, resourceName: NAME })).toEqual([]);
  });
});

it('covered every operation of the spec', () => {
  const all = specOperations().map((operation) => operation.operationId);
  expect(all).toHaveLength(OPERATION_COUNT);
  const untested = all.filter((operationId) => !covered.has(operationId));
  expect(untested, 'operations with no test here: add one to packages/mock/test/operations.test.ts').toEqual(
    [],
  );
  expect([...covered].sort()).toEqual([...all].sort());
});
