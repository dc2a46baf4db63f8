// The spec's operations through the raw client, against the fake in process (createMock): each response
// checked by the fake against the spec (no violation), each request sent as documented. Each operation has
// a test of what it does, and every operation of the spec table is called once more from its rules alone
// (the last describe), so an operation the spec gains is tested with no edit here, before anyone writes
// its own test.
import { sampleOf } from '@civis-ts/spec/sample';
import { describe, expect, it } from 'vitest';
import { specDocument, specOperations } from '../src/spec.js';
import { pathValues } from './completeness.js';
import { BASIC, defined, guardedClient, useFetchMock, violationGuard } from './helpers.js';

const mock = useFetchMock();
const guard = violationGuard();
const client = () => guardedClient(mock, guard);

const NAME = 'reports/2026 Q1?draft #2 100% données';

/** A fresh set with one resource whose name needs every kind of encoding. */
async function setWithResource(): Promise<number> {
  const { data: set } = await client().POST('/permission_sets', { body: { name: 'Ops test' } });
  const id = defined(set).id;
  await client().POST('/permission_sets/{id}/resources', { params: { path: { id } }, body: { name: NAME } });
  return id;
}

describe('permission sets', () => {
  it('listPermissionSets', async () => {
    const { data, response } = await client().GET('/permission_sets', { params: { query: { limit: 5 } } });
    expect(data).toHaveLength(5);
    expect(response.headers.get('X-Pagination-Per-Page')).toBe('5');
  });
  it('createPermissionSet', async () => {
    const { data, response } = await client().POST('/permission_sets', {
      body: { name: 'New', description: 'd' },
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({ name: 'New', description: 'd', archived: false, author: { id: 1 } });
  });
  it('getPermissionSet', async () => {
    const { data } = await client().GET('/permission_sets/{id}', { params: { path: { id: 3 } } });
    expect(data?.id).toBe(3);
  });
  it('replacePermissionSet', async () => {
    const { data } = await client().PUT('/permission_sets/{id}', {
      params: { path: { id: 3 } },
      body: { name: 'Replaced' },
    });
    expect(data).toMatchObject({ id: 3, name: 'Replaced', description: null });
  });
  it('updatePermissionSet', async () => {
    const before = mock.state.permissionSet(4).name;
    const { data } = await client().PATCH('/permission_sets/{id}', {
      params: { path: { id: 4 } },
      body: { description: 'Patched' },
    });
    expect(data).toMatchObject({ id: 4, name: before, description: 'Patched' });
  });
  it('setPermissionSetArchived', async () => {
    const { data } = await client().PUT('/permission_sets/{id}/archive', {
      params: { path: { id: 5 } },
      body: { status: true },
    });
    expect(data?.archived).toBe(true);
  });
  it('listPermissionSetDependencies', async () => {
    const id = await setWithResource();
    const { data } = await client().GET('/permission_sets/{id}/dependencies', {
      params: { path: { id }, query: { user_id: 1 } },
    });
    expect(data).toEqual([
      expect.objectContaining({ name: NAME, permissionLevel: 'manage', shareable: true }),
    ]);
  });
  it('transferPermissionSet', async () => {
    const id = await setWithResource();
    const { data } = await client().PUT('/permission_sets/{id}/transfer', {
      params: { path: { id } },
      body: { userId: 2, includeDependencies: true },
    });
    expect(data?.dependencies).toEqual([
      expect.objectContaining({ name: NAME, shared: true, permissionLevel: 'manage' }),
    ]);
  });
  it('listPermissionSetUserPermissions', async () => {
    const id = await setWithResource();
    const { data } = await client().GET('/permission_sets/{id}/users/{user_id}/permissions', {
      params: { path: { id, user_id: 1 } },
    });
    expect(data).toEqual([{ resourceName: NAME, read: true, write: true, manage: true }]);
  });
});

describe('permission set shares', () => {
  it('listPermissionSetShares', async () => {
    const { data } = await client().GET('/permission_sets/{id}/shares', { params: { path: { id: 1 } } });
    expect(data).toHaveLength(1);
    expect(data?.[0]?.owners.users).toContainEqual(
      expect.objectContaining({ id: mock.state.permissionSet(1).authorId }),
    );
  });
  it('sharePermissionSetWithUsers', async () => {
    const { data } = await client().PUT('/permission_sets/{id}/shares/users', {
      params: { path: { id: 1 } },
      body: { userIds: [11], permissionLevel: 'write' },
    });
    expect(data?.writers.users.map((u) => u.id)).toContain(11);
  });
  it('sharePermissionSetWithGroups', async () => {
    const { data } = await client().PUT('/permission_sets/{id}/shares/groups', {
      params: { path: { id: 1 } },
      body: { groupIds: [2], permissionLevel: 'read' },
    });
    expect(data?.readers.groups.map((g) => g.id)).toContain(2);
  });
  it('revokePermissionSetUserShare', async () => {
    mock.state.shares.set({ permissionSetId: 1 }, 'user', 11, 'read');
    const { response } = await client().DELETE('/permission_sets/{id}/shares/users/{user_id}', {
      params: { path: { id: 1, user_id: 11 } },
    });
    expect(response.status).toBe(204);
    expect(mock.state.shares.level({ permissionSetId: 1 }, 'user', 11)).toBeUndefined();
  });
  it('revokePermissionSetGroupShare', async () => {
    mock.state.shares.set({ permissionSetId: 1 }, 'group', 3, 'read');
    const { response } = await client().DELETE('/permission_sets/{id}/shares/groups/{group_id}', {
      params: { path: { id: 1, group_id: 3 } },
    });
    expect(response.status).toBe(204);
    expect(mock.state.shares.level({ permissionSetId: 1 }, 'group', 3)).toBeUndefined();
  });
});

describe('resources', () => {
  it('listPermissionSetResources', async () => {
    const id = await setWithResource();
    const { data, response } = await client().GET('/permission_sets/{id}/resources', {
      params: { path: { id } },
    });
    expect(data?.map((r) => r.name)).toEqual([NAME]);
    expect(response.headers.get('X-Pagination-Total-Entries')).toBe('1');
  });
  it('createPermissionSetResource', async () => {
    const { data, response } = await client().POST('/permission_sets/{id}/resources', {
      params: { path: { id: 2 } },
      body: { name: '選挙/データ', description: 'x' },
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({ permissionSetId: 2, name: '選挙/データ', description: 'x' });
  });
  it('getPermissionSetResource', async () => {
    const id = await setWithResource();
    const { data } = await client().GET('/permission_sets/{id}/resources/{name}', {
      params: { path: { id, name: NAME } },
    });
    expect(data?.name).toBe(NAME);
  });
  it('updatePermissionSetResource', async () => {
    const id = await setWithResource();
    const { data } = await client().PATCH('/permission_sets/{id}/resources/{name}', {
      params: { path: { id, name: NAME } },
      body: { description: 'updated' },
    });
    expect(data?.description).toBe('updated');
  });
  it('deletePermissionSetResource', async () => {
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
  it('listPermissionSetResourceShares', async () => {
    const id = await setWithResource();
    const { data } = await client().GET('/permission_sets/{id}/resources/{name}/shares', {
      params: path(id),
    });
    expect(data).toMatchObject([{ owners: { users: [{ id: 1 }] }, totalUserShares: 1, totalGroupShares: 0 }]);
  });
  it('sharePermissionSetResourceWithUsers', async () => {
    const id = await setWithResource();
    const { data } = await client().PUT('/permission_sets/{id}/resources/{name}/shares/users', {
      params: path(id),
      body: { userIds: [4, 5], permissionLevel: 'read' },
    });
    expect(data?.readers.users.map((u) => u.id)).toEqual([4, 5]);
  });
  it('sharePermissionSetResourceWithGroups', async () => {
    const id = await setWithResource();
    const { data } = await client().PUT('/permission_sets/{id}/resources/{name}/shares/groups', {
      params: path(id),
      body: { groupIds: [1], permissionLevel: 'manage' },
    });
    expect(data?.owners.groups.map((g) => g.id)).toEqual([1]);
  });
  it('revokePermissionSetResourceUserShare', async () => {
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
  it('revokePermissionSetResourceGroupShare', async () => {
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

// Every operation again, from the table alone (so one the spec gains is called with no edit here): its
// path's ids from what the fake holds (any other path parameter sampled), its required query and its body
// sampled from their rules. The fake must answer a documented success, or a 404 when a sampled id names
// nothing it holds, with no violation of the spec either way.
describe('every operation of the spec table, called from its rules', () => {
  for (const operation of specOperations()) {
    const { operationId } = operation;
    it(`${operationId} is answered as documented`, async () => {
      client();
      const doc = specDocument();
      // The path's ids from what the fake holds: a new set with its resource, a user who owns neither, a group.
      const own = pathValues(mock.state, await setWithResource());
      const sampled = operation.parameters.filter((p) => p.in === 'path' && !(p.name in own));
      const value = (name: string, schema: unknown) => (name in own ? own[name] : sampleOf(doc, schema));
      const path = operation.template.replace(/\{(\w+)\}/g, (_, name: string) => {
        const parameter = operation.parameters.find((p) => p.in === 'path' && p.name === name);
        return encodeURIComponent(String(value(name, parameter?.schema)));
      });
      const query = new URLSearchParams(
        operation.parameters
          .filter((p) => p.in === 'query' && p.required)
          .map((p) => [p.name, String(sampleOf(doc, p.schema))]),
      );
      const body = operation.bodySchema === undefined ? undefined : sampleOf(doc, operation.bodySchema);
      mock.violations.splice(0);
      const response = await guard.fetch(
        new Request(`${mock.url}${path}${query.size > 0 ? `?${query}` : ''}`, {
          method: operation.method.toUpperCase(),
          headers: {
            Authorization: BASIC,
            ...(body !== undefined && { 'Content-Type': 'application/json' }),
          },
          ...(body !== undefined && { body: JSON.stringify(body) }),
        }),
      );
      const text = await response.text();
      const documented = [...operation.responses.keys()].filter((status) => /^2/.test(status));
      const allowed = sampled.length > 0 ? [...documented, '404'] : documented;
      expect(allowed, `${operationId} ${path}: ${text.slice(0, 200)}`).toContain(String(response.status));
      expect(mock.violations.splice(0)).toEqual([]);
    });
  }
});
