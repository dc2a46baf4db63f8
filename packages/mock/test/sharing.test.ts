// Shares as state: the index follows every change; transfer moves ownership; permissions derive from shares.
import { PERMISSION_SET_PAGE_LIMIT } from '@civis-ts/spec/facts';
import { expect, it } from 'vitest';
import { defined, guardedClient, useFetchMock, violationGuard } from './helpers.js';

const mock = useFetchMock();
const guard = violationGuard();
const client = () => guardedClient(mock, guard);

async function freshSet(resources: string[] = []): Promise<number> {
  const { data } = await client().POST('/permission_sets', { body: { name: 'Sharing test' } });
  for (const name of resources) {
    await client().POST('/permission_sets/{id}/resources', {
      params: { path: { id: defined(data).id } },
      body: { name },
    });
  }
  return defined(data).id;
}

const ids = (entries: { id: number }[] | undefined) => entries?.map((entry) => entry.id);

it('share, then the index, then revoke; a new level replaces the old one', async () => {
  const id = await freshSet();
  const path = { path: { id } };
  await client().PUT('/permission_sets/{id}/shares/users', {
    params: path,
    body: { userIds: [3, 4], permissionLevel: 'read' },
  });
  await client().PUT('/permission_sets/{id}/shares/groups', {
    params: path,
    body: { groupIds: [2], permissionLevel: 'write' },
  });
  const { data: shared } = await client().PUT('/permission_sets/{id}/shares/users', {
    params: path,
    body: { userIds: [4], permissionLevel: 'manage' },
  });
  expect(shared).toEqual({
    readers: { users: [{ id: 3, name: mock.state.user(3).name }], groups: [] },
    writers: { users: [], groups: [{ id: 2, name: mock.state.group(2).name }] },
    owners: {
      users: [
        { id: 1, name: mock.state.user(1).name },
        { id: 4, name: mock.state.user(4).name },
      ],
      groups: [],
    },
    totalUserShares: 3,
    totalGroupShares: 1,
  });
  await client().DELETE('/permission_sets/{id}/shares/users/{user_id}', {
    params: { path: { id, user_id: 4 } },
  });
  await client().DELETE('/permission_sets/{id}/shares/groups/{group_id}', {
    params: { path: { id, group_id: 2 } },
  });
  const { data: list } = await client().GET('/permission_sets/{id}/shares', { params: path });
  expect(list).toHaveLength(1);
  const index = list?.[0];
  expect([ids(index?.readers.users), ids(index?.writers.groups), ids(index?.owners.users)]).toEqual([
    [3],
    [],
    [1],
  ]);
  expect([index?.totalUserShares, index?.totalGroupShares]).toEqual([2, 0]);
});

it('shares on a resource are its own, and go with it when it is deleted', async () => {
  const id = await freshSet(['a/b', 'c']);
  const params = { path: { id, name: 'a/b' } };
  await client().PUT('/permission_sets/{id}/resources/{name}/shares/users', {
    params,
    body: { userIds: [5], permissionLevel: 'write' },
  });
  const other = await client().GET('/permission_sets/{id}/resources/{name}/shares', {
    params: { path: { id, name: 'c' } },
  });
  expect(ids(other.data?.[0]?.writers.users)).toEqual([]);
  await client().DELETE('/permission_sets/{id}/resources/{name}', { params });
  await client().POST('/permission_sets/{id}/resources', { params: { path: { id } }, body: { name: 'a/b' } });
  const again = await client().GET('/permission_sets/{id}/resources/{name}/shares', { params });
  expect(ids(again.data?.[0]?.writers.users)).toEqual([]);
});

it('derives a user permissions from resource shares, direct and through groups', async () => {
  const id = await freshSet(['direct', 'via group', 'none', 'both']);
  const [group] = [...mock.state.groups.values()].filter((g) => g.memberIds.length > 0);
  const member = defined(defined(group).memberIds.find((userId) => userId !== 1));
  const share = (name: string, body: object, kind: 'users' | 'groups') =>
    client().PUT(
      `/permission_sets/{id}/resources/{name}/shares/${kind}` as '/permission_sets/{id}/resources/{name}/shares/users',
      {
        params: { path: { id, name } },
        body: body as never,
      },
    );
  await share('direct', { userIds: [member], permissionLevel: 'write' }, 'users');
  await share('via group', { groupIds: [defined(group).id], permissionLevel: 'read' }, 'groups');
  await share('both', { userIds: [member], permissionLevel: 'read' }, 'users');
  await share('both', { groupIds: [defined(group).id], permissionLevel: 'manage' }, 'groups');
  const { data } = await client().GET('/permission_sets/{id}/users/{user_id}/permissions', {
    params: { path: { id, user_id: member } },
  });
  expect(data).toEqual([
    { resourceName: 'both', read: true, write: true, manage: true },
    { resourceName: 'direct', read: true, write: true, manage: false },
    { resourceName: 'none', read: false, write: false, manage: false },
    { resourceName: 'via group', read: true, write: false, manage: false },
  ]);
});

it('transfers ownership: the new owner gets manage; dependencies only with includeDependencies', async () => {
  const id = await freshSet(['r1']);
  const transfer = (userId: number, includeDependencies: boolean) =>
    client().PUT('/permission_sets/{id}/transfer', {
      params: { path: { id } },
      body: { userId, includeDependencies },
    });
  const without = await transfer(6, false);
  expect(without.data?.dependencies).toEqual([
    expect.objectContaining({ name: 'r1', shared: false, permissionLevel: null }),
  ]);
  const { data: set } = await client().GET('/permission_sets/{id}', { params: { path: { id } } });
  expect(set?.author.id).toBe(6);
  const { data: index } = await client().GET('/permission_sets/{id}/shares', { params: { path: { id } } });
  expect(ids(index?.[0]?.owners.users)).toEqual([6, 1]);
  const before = await client().GET('/permission_sets/{id}/users/{user_id}/permissions', {
    params: { path: { id, user_id: 6 } },
  });
  expect(before.data?.[0]?.manage).toBe(false);

  const withDeps = await transfer(7, true);
  expect(withDeps.data?.dependencies).toEqual([
    expect.objectContaining({ name: 'r1', shared: true, permissionLevel: 'manage' }),
  ]);
  const after = await client().GET('/permission_sets/{id}/users/{user_id}/permissions', {
    params: { path: { id, user_id: 7 } },
  });
  expect(after.data?.[0]).toEqual({ resourceName: 'r1', read: true, write: true, manage: true });
});

it('archives and unarchives', async () => {
  const id = await freshSet();
  const archive = (status: boolean) =>
    client().PUT('/permission_sets/{id}/archive', { params: { path: { id } }, body: { status } });
  expect((await archive(true)).data?.archived).toBe(true);
  const active = await client().GET('/permission_sets', {
    params: { query: { limit: PERMISSION_SET_PAGE_LIMIT } },
  });
  expect(ids(active.data)).not.toContain(id);
  expect((await archive(false)).data?.archived).toBe(false);
  const again = await client().GET('/permission_sets', {
    params: { query: { limit: PERMISSION_SET_PAGE_LIMIT } },
  });
  expect(ids(again.data)).toContain(id);
});
