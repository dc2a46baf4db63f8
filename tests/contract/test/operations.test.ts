// Every operation of the spec, sent by the raw client to `prism mock`: the request must be valid (no 422,
// no `sl-violations`) and the typed response must carry the spec's example. The last test proves that the
// spec's operations were all exercised, so a new operation cannot slip in untested.
import type { PermissionSet, ShareIndex } from '@civis-ts/client';
import { OPERATION_COUNT } from '@civis-ts/spec/facts';
import { describe, expect, it } from 'vitest';
import { type Exchange, expectAccepted, matchesTemplate, prismClient, specOperations } from './support.js';

const log: Exchange[] = [];
const client = prismClient(log);

const id = 4211;
const name = 'voter_file.midwest';

function expectExamplePermissionSet(set: PermissionSet | undefined): void {
  expect(set).toMatchObject({ id: 4211, name: 'Regional analytics', archived: false });
  expect(set?.author).toEqual({
    id: 1027,
    name: 'Dana Whitfield',
    username: 'dwhitfield',
    initials: 'DW',
    online: true,
  });
  expect(Date.parse(set?.createdAt ?? '')).not.toBeNaN();
}

function expectExampleShareIndex(index: ShareIndex | undefined): void {
  expect(index?.readers.users).toEqual([{ id: 1311, name: 'Priya Raman' }]);
  expect(index?.writers.groups).toEqual([{ id: 58, name: 'Field analytics' }]);
  expect(index?.owners.users[0]?.name).toBe('Dana Whitfield');
  expect(index).toMatchObject({ totalUserShares: 2, totalGroupShares: 1 });
}

describe('permission sets', () => {
  it('listPermissionSets: GET /permission_sets, with every query parameter', async () => {
    const { data, response } = await client.GET('/permission_sets', {
      params: {
        query: {
          archived: 'all',
          author: '1027,1002',
          limit: 50,
          page_num: 2,
          order: 'name',
          order_dir: 'asc',
        },
      },
    });
    expectAccepted(response, 200);
    expect(data?.map((set) => set.name)).toEqual(['Regional analytics', 'Finance reporting']);
    expect(data?.[1]?.description).toBeNull();
    expect(response.headers.get('x-pagination-total-pages')).toBe('3');
    expect(response.headers.get('x-pagination-total-entries')).toBe('57');
  });

  it('createPermissionSet: POST /permission_sets answers 201', async () => {
    const { data, response } = await client.POST('/permission_sets', {
      body: { name: 'Regional analytics', description: 'Read access for the field team.' },
    });
    expectAccepted(response, 201);
    expectExamplePermissionSet(data);
  });

  it('getPermissionSet: GET /permission_sets/{id}', async () => {
    const { data, response } = await client.GET('/permission_sets/{id}', { params: { path: { id } } });
    expectAccepted(response, 200);
    expectExamplePermissionSet(data);
    expect(response.headers.get('x-request-id')).toBeTruthy();
  });

  it('replacePermissionSet: PUT /permission_sets/{id}', async () => {
    const { data, response } = await client.PUT('/permission_sets/{id}', {
      params: { path: { id } },
      body: { name: 'Regional analytics' },
    });
    expectAccepted(response, 200);
    expectExamplePermissionSet(data);
  });

  it('updatePermissionSet: PATCH /permission_sets/{id}', async () => {
    const { data, response } = await client.PATCH('/permission_sets/{id}', {
      params: { path: { id } },
      body: { description: 'Now also the south.' },
    });
    expectAccepted(response, 200);
    expectExamplePermissionSet(data);
  });

  it('setPermissionSetArchived: PUT /permission_sets/{id}/archive', async () => {
    const { data, response } = await client.PUT('/permission_sets/{id}/archive', {
      params: { path: { id } },
      body: { status: true },
    });
    expectAccepted(response, 200);
    expectExamplePermissionSet(data);
  });

  it('listPermissionSetDependencies: GET /permission_sets/{id}/dependencies', async () => {
    const { data, response } = await client.GET('/permission_sets/{id}/dependencies', {
      params: { path: { id }, query: { user_id: 1311 } },
    });
    expectAccepted(response, 200);
    expect(data?.map((d) => [d.objectType, d.id, d.shareable])).toEqual([
      ['Table', 88120, false],
      ['Report', 5521, true],
    ]);
    expect(data?.[0]?.permissionLevel).toBeNull();
  });

  it('transferPermissionSet: PUT /permission_sets/{id}/transfer', async () => {
    const { data, response } = await client.PUT('/permission_sets/{id}/transfer', {
      params: { path: { id } },
      body: { userId: 1311, includeDependencies: true, sendEmail: false },
    });
    expectAccepted(response, 200);
    expect(data?.dependencies).toEqual([
      expect.objectContaining({ fcoType: 'report', permissionLevel: 'manage', shared: true }),
    ]);
  });

  it('listPermissionSetUserPermissions: GET /permission_sets/{id}/users/{user_id}/permissions', async () => {
    const { data, response } = await client.GET('/permission_sets/{id}/users/{user_id}/permissions', {
      params: { path: { id, user_id: 1311 } },
    });
    expectAccepted(response, 200);
    expect(data).toEqual([
      { resourceName: 'voter_file.midwest', read: true, write: true, manage: false },
      { resourceName: 'voter_file.south', read: true, write: false, manage: false },
    ]);
  });
});

describe('permission set shares', () => {
  it('listPermissionSetShares: GET /permission_sets/{id}/shares', async () => {
    const { data, response } = await client.GET('/permission_sets/{id}/shares', { params: { path: { id } } });
    expectAccepted(response, 200);
    expect(data).toHaveLength(1);
    expectExampleShareIndex(data?.[0]);
  });

  it('sharePermissionSetWithUsers: PUT /permission_sets/{id}/shares/users', async () => {
    const { data, response } = await client.PUT('/permission_sets/{id}/shares/users', {
      params: { path: { id } },
      body: {
        userIds: [1311, 1402],
        permissionLevel: 'read',
        shareEmailBody: 'Welcome',
        sendSharedEmail: true,
      },
    });
    expectAccepted(response, 200);
    expectExampleShareIndex(data);
  });

  it('revokePermissionSetUserShare: DELETE /permission_sets/{id}/shares/users/{user_id} answers 204', async () => {
    const { data, response } = await client.DELETE('/permission_sets/{id}/shares/users/{user_id}', {
      params: { path: { id, user_id: 1311 } },
    });
    expectAccepted(response, 204);
    expect(data).toBeUndefined();
  });

  it('sharePermissionSetWithGroups: PUT /permission_sets/{id}/shares/groups', async () => {
    const { data, response } = await client.PUT('/permission_sets/{id}/shares/groups', {
      params: { path: { id } },
      body: { groupIds: [58], permissionLevel: 'write' },
    });
    expectAccepted(response, 200);
    expectExampleShareIndex(data);
  });

  it('revokePermissionSetGroupShare: DELETE /permission_sets/{id}/shares/groups/{group_id} answers 204', async () => {
    const { response } = await client.DELETE('/permission_sets/{id}/shares/groups/{group_id}', {
      params: { path: { id, group_id: 58 } },
    });
    expectAccepted(response, 204);
  });
});

describe('resources', () => {
  it('listPermissionSetResources: GET /permission_sets/{id}/resources, with every query parameter', async () => {
    const { data, response } = await client.GET('/permission_sets/{id}/resources', {
      params: { path: { id }, query: { limit: 1000, page_num: 1, order: 'updated_at', order_dir: 'desc' } },
    });
    expectAccepted(response, 200);
    expect(data?.map((r) => r.name)).toEqual(['voter_file.midwest', 'voter_file.south']);
    expect(data?.[1]?.description).toBeNull();
    expect(response.headers.get('x-pagination-current-page')).toBe('1');
  });

  it('createPermissionSetResource: POST /permission_sets/{id}/resources answers 201', async () => {
    const { data, response } = await client.POST('/permission_sets/{id}/resources', {
      params: { path: { id } },
      body: { name, description: 'Midwest voter file, refreshed nightly.' },
    });
    expectAccepted(response, 201);
    expect(data).toMatchObject({ permissionSetId: 4211, name: 'voter_file.midwest' });
  });

  it('getPermissionSetResource: GET /permission_sets/{id}/resources/{name}', async () => {
    const { data, response } = await client.GET('/permission_sets/{id}/resources/{name}', {
      params: { path: { id, name } },
    });
    expectAccepted(response, 200);
    expect(data).toMatchObject({
      permissionSetId: 4211,
      description: 'Midwest voter file, refreshed nightly.',
    });
  });

  it('updatePermissionSetResource: PATCH /permission_sets/{id}/resources/{name}', async () => {
    const { data, response } = await client.PATCH('/permission_sets/{id}/resources/{name}', {
      params: { path: { id, name } },
      body: { description: 'Refreshed hourly.' },
    });
    expectAccepted(response, 200);
    expect(data?.name).toBe('voter_file.midwest');
  });

  it('deletePermissionSetResource: DELETE /permission_sets/{id}/resources/{name} answers 204', async () => {
    const { response } = await client.DELETE('/permission_sets/{id}/resources/{name}', {
      params: { path: { id, name } },
    });
    expectAccepted(response, 204);
  });
});

describe('resource shares', () => {
  it('listPermissionSetResourceShares: GET /permission_sets/{id}/resources/{name}/shares', async () => {
    const { data, response } = await client.GET('/permission_sets/{id}/resources/{name}/shares', {
      params: { path: { id, name } },
    });
    expectAccepted(response, 200);
    expect(data).toHaveLength(1);
    expectExampleShareIndex(data?.[0]);
  });

  it('sharePermissionSetResourceWithUsers: PUT /permission_sets/{id}/resources/{name}/shares/users', async () => {
    const { data, response } = await client.PUT('/permission_sets/{id}/resources/{name}/shares/users', {
      params: { path: { id, name } },
      body: { userIds: [1311], permissionLevel: 'manage' },
    });
    expectAccepted(response, 200);
    expectExampleShareIndex(data);
  });

  it('revokePermissionSetResourceUserShare: DELETE …/resources/{name}/shares/users/{user_id} answers 204', async () => {
    const { response } = await client.DELETE(
      '/permission_sets/{id}/resources/{name}/shares/users/{user_id}',
      {
        params: { path: { id, name, user_id: 1311 } },
      },
    );
    expectAccepted(response, 204);
  });

  it('sharePermissionSetResourceWithGroups: PUT /permission_sets/{id}/resources/{name}/shares/groups', async () => {
    const { data, response } = await client.PUT('/permission_sets/{id}/resources/{name}/shares/groups', {
      params: { path: { id, name } },
      body: { groupIds: [58, 61], permissionLevel: 'read', sendSharedEmail: false },
    });
    expectAccepted(response, 200);
    expectExampleShareIndex(data);
  });

  it('revokePermissionSetResourceGroupShare: DELETE …/resources/{name}/shares/groups/{group_id} answers 204', async () => {
    const { response } = await client.DELETE(
      '/permission_sets/{id}/resources/{name}/shares/groups/{group_id}',
      {
        params: { path: { id, name, group_id: 58 } },
      },
    );
    expectAccepted(response, 204);
  });
});

// Runs last (vitest runs a file's tests in order): every operation must have had an accepted 2xx above.
it('exercised every operation of the spec, each accepted by Prism', () => {
  const operations = specOperations();
  expect(operations, 'the spec table is stale: pnpm generate').toHaveLength(OPERATION_COUNT);
  const missing = operations.filter(
    (op) =>
      !log.some(
        (x) =>
          x.method === op.method &&
          matchesTemplate(op.path, x.url.pathname) &&
          x.status < 300 &&
          !x.violations,
      ),
  );
  expect(
    missing.map((op) => op.operationId),
    'operations no test here ran: add one to tests/contract/test/operations.test.ts',
  ).toEqual([]);
});
