// What the raw client puts on the wire for each of the spec's operations, observed through a recording fetch:
// request bodies are the camelCase JSON the spec documents, and GET and DELETE carry no body and no
// Content-Type (the official Python client sends snake_case and a `{}` body there; ours stays exact).
import { OPERATION_IDS } from '@civis-ts/spec/facts';
import { describe, expect, it } from 'vitest';
import { createCivisClient, type ShareWithGroupsRequest, type ShareWithUsersRequest } from '../src/index.js';

const requests: Request[] = [];
const client = createCivisClient({
  baseUrl: 'http://127.0.0.1:9',
  apiKey: 'k',
  fetch: async (input: Request) => {
    requests.push(input);
    return new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } });
  },
});
const id = { id: 7 };
const named = { id: 7, name: 'a b' };
const users: ShareWithUsersRequest = {
  userIds: [2],
  permissionLevel: 'read',
  shareEmailBody: 'hi',
  sendSharedEmail: true,
};
const groups: ShareWithGroupsRequest = {
  groupIds: [4],
  permissionLevel: 'write',
  shareEmailBody: 'hi',
  sendSharedEmail: false,
};

const operations: [string, () => Promise<unknown>][] = [
  ['listPermissionSets', () => client.GET('/permission_sets', { params: { query: { page_num: 2 } } })],
  ['createPermissionSet', () => client.POST('/permission_sets', { body: { name: 'n', description: 'd' } })],
  ['getPermissionSet', () => client.GET('/permission_sets/{id}', { params: { path: id } })],
  [
    'replacePermissionSet',
    () => client.PUT('/permission_sets/{id}', { params: { path: id }, body: { name: 'n' } }),
  ],
  [
    'updatePermissionSet',
    () => client.PATCH('/permission_sets/{id}', { params: { path: id }, body: { description: 'd' } }),
  ],
  [
    'setPermissionSetArchived',
    () => client.PUT('/permission_sets/{id}/archive', { params: { path: id }, body: { status: true } }),
  ],
  [
    'listPermissionSetDependencies',
    () => client.GET('/permission_sets/{id}/dependencies', { params: { path: id, query: { user_id: 2 } } }),
  ],
  [
    'transferPermissionSet',
    () =>
      client.PUT('/permission_sets/{id}/transfer', {
        params: { path: id },
        body: { userId: 2, includeDependencies: true, emailBody: 'e', sendEmail: true },
      }),
  ],
  [
    'listPermissionSetUserPermissions',
    () =>
      client.GET('/permission_sets/{id}/users/{user_id}/permissions', {
        params: { path: { id: 7, user_id: 2 } },
      }),
  ],
  ['listPermissionSetShares', () => client.GET('/permission_sets/{id}/shares', { params: { path: id } })],
  [
    'sharePermissionSetWithUsers',
    () => client.PUT('/permission_sets/{id}/shares/users', { params: { path: id }, body: users }),
  ],
  [
    'revokePermissionSetUserShare',
    () =>
      client.DELETE('/permission_sets/{id}/shares/users/{user_id}', {
        params: { path: { id: 7, user_id: 2 } },
      }),
  ],
  [
    'sharePermissionSetWithGroups',
    () => client.PUT('/permission_sets/{id}/shares/groups', { params: { path: id }, body: groups }),
  ],
  [
    'revokePermissionSetGroupShare',
    () =>
      client.DELETE('/permission_sets/{id}/shares/groups/{group_id}', {
        params: { path: { id: 7, group_id: 4 } },
      }),
  ],
  [
    'listPermissionSetResources',
    () => client.GET('/permission_sets/{id}/resources', { params: { path: id, query: { limit: 10 } } }),
  ],
  [
    'createPermissionSetResource',
    () =>
      client.POST('/permission_sets/{id}/resources', {
        params: { path: id },
        body: { name: 'a b', description: 'd' },
      }),
  ],
  [
    'getPermissionSetResource',
    () => client.GET('/permission_sets/{id}/resources/{name}', { params: { path: named } }),
  ],
  [
    'updatePermissionSetResource',
    () =>
      client.PATCH('/permission_sets/{id}/resources/{name}', {
        params: { path: named },
        body: { description: 'd' },
      }),
  ],
  [
    'deletePermissionSetResource',
    () => client.DELETE('/permission_sets/{id}/resources/{name}', { params: { path: named } }),
  ],
  [
    'listPermissionSetResourceShares',
    () => client.GET('/permission_sets/{id}/resources/{name}/shares', { params: { path: named } }),
  ],
  [
    'sharePermissionSetResourceWithUsers',
    () =>
      client.PUT('/permission_sets/{id}/resources/{name}/shares/users', {
        params: { path: named },
        body: users,
      }),
  ],
  [
    'revokePermissionSetResourceUserShare',
    () =>
      client.DELETE('/permission_sets/{id}/resources/{name}/shares/users/{user_id}', {
        params: { path: { ...named, user_id: 2 } },
      }),
  ],
  [
    'sharePermissionSetResourceWithGroups',
    () =>
      client.PUT('/permission_sets/{id}/resources/{name}/shares/groups', {
        params: { path: named },
        body: groups,
      }),
  ],
  [
    'revokePermissionSetResourceGroupShare',
    () =>
      client.DELETE('/permission_sets/{id}/resources/{name}/shares/groups/{group_id}', {
        params: { path: { ...named, group_id: 4 } },
      }),
  ],
];

const camelCase = /^[a-z][a-zA-Z0-9]*$/;

it('covers every operation of the spec', () => {
  const covered = new Set(operations.map(([name]) => name));
  const missing = OPERATION_IDS.filter((operationId) => !covered.has(operationId));
  expect(missing, 'operations with no call in packages/client/test/wire.test.ts').toEqual([]);
  expect(covered.size).toBe(OPERATION_IDS.length);
});

describe.each(operations)('%s', (_, call) => {
  it('sends a camelCase JSON body, or none at all with GET and DELETE', async () => {
    requests.length = 0;
    await call();
    expect(requests).toHaveLength(1);
    const request = requests[0] as Request;
    const body = await request.text();
    if (request.method === 'GET' || request.method === 'DELETE') {
      expect([request.headers.get('content-type'), body]).toEqual([null, '']);
      return;
    }
    expect(request.headers.get('content-type')).toBe('application/json');
    const keys = Object.keys(JSON.parse(body));
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).toMatch(camelCase);
  });
});
