// Paging, sorting and filtering of the two paginated lists, in process; every answer checked against the spec.
import { expect, it } from 'vitest';
import { defined, guardedClient, useFetchMock, violationGuard } from './helpers.js';

const mock = useFetchMock({ permissionSets: 0 });
const guard = violationGuard();
const client = () => guardedClient(mock, guard);

const pagination = (response: Response) =>
  ['Current-Page', 'Per-Page', 'Total-Pages', 'Total-Entries'].map((h) =>
    response.headers.get(`X-Pagination-${h}`),
  );

it('created sets show up in the list, newest change first', async () => {
  await client().POST('/permission_sets', { body: { name: 'First' } });
  await client().POST('/permission_sets', { body: { name: 'Second' } });
  const { data } = await client().GET('/permission_sets');
  expect(data?.map((set) => set.name)).toEqual(['Second', 'First']);
});

it('pages 120 permission sets at limit 50: 3 pages, the headers right, page 4 empty', async () => {
  mock.state.addPermissionSets(120);
  const seen: number[] = [];
  for (const [page, size] of [
    [1, 50],
    [2, 50],
    [3, 20],
  ] as const) {
    const { data, response } = await client().GET('/permission_sets', {
      params: { query: { limit: 50, page_num: page } },
    });
    expect(data).toHaveLength(size);
    expect(pagination(response)).toEqual([String(page), '50', '3', '120']);
    seen.push(...(data ?? []).map((set) => set.id));
  }
  expect(new Set(seen).size).toBe(120);
  const { data, response } = await client().GET('/permission_sets', {
    params: { query: { limit: 50, page_num: 4 } },
  });
  expect(data).toEqual([]);
  expect(pagination(response)).toEqual(['4', '50', '3', '120']);
});

it('uses the spec defaults: limit 20, page 1, updated_at desc', async () => {
  const sets = mock.state.addPermissionSets(25);
  const { data, response } = await client().GET('/permission_sets');
  expect(pagination(response)).toEqual(['1', '20', '2', '25']);
  expect(data?.map((set) => set.id)).toEqual(
    sets
      .map((set) => set.id)
      .reverse()
      .slice(0, 20),
  );
});

it('sorts by name, created_at and updated_at in both directions', async () => {
  for (const name of ['beta', 'Alpha', 'gamma', 'delta'])
    await client().POST('/permission_sets', { body: { name } });
  await client().PATCH('/permission_sets/{id}', {
    params: { path: { id: 1 } },
    body: { description: 'touched' },
  });
  const names = async (order: 'name' | 'created_at' | 'updated_at', order_dir: 'asc' | 'desc') =>
    (await client().GET('/permission_sets', { params: { query: { order, order_dir } } })).data?.map(
      (s) => s.name,
    );
  expect(await names('name', 'asc')).toEqual(['Alpha', 'beta', 'delta', 'gamma']);
  expect(await names('name', 'desc')).toEqual(['gamma', 'delta', 'beta', 'Alpha']);
  expect(await names('created_at', 'asc')).toEqual(['beta', 'Alpha', 'gamma', 'delta']);
  expect(await names('updated_at', 'desc')).toEqual(['beta', 'delta', 'gamma', 'Alpha']);
});

it('filters by archived (default false, true, all) and by author', async () => {
  const [a, b, c] = mock.state.addPermissionSets(3);
  mock.state.addPermissionSets(1, 7);
  await client().PUT('/permission_sets/{id}/archive', {
    params: { path: { id: defined(a).id } },
    body: { status: true },
  });
  const ids = async (query: Record<string, string>) =>
    (await client().GET('/permission_sets', { params: { query } })).data
      ?.map((s) => s.id)
      .sort((x, y) => x - y);
  expect(await ids({})).toEqual([defined(b).id, defined(c).id, 4]);
  expect(await ids({ archived: 'true' })).toEqual([defined(a).id]);
  expect(await ids({ archived: 'all' })).toEqual([defined(a).id, defined(b).id, defined(c).id, 4]);
  expect(await ids({ author: '7' })).toEqual([4]);
  expect(await ids({ author: '1,7', archived: 'all' })).toEqual([1, 2, 3, 4]);
});

it('pages and sorts resources (default limit 50, order name asc; order by id)', async () => {
  const [set] = mock.state.addPermissionSets(1);
  const created = mock.state.addResources(defined(set).id, 60);
  await client().POST('/permission_sets/{id}/resources', {
    params: { path: { id: defined(set).id } },
    body: { name: 'a first' },
  });
  const { data, response } = await client().GET('/permission_sets/{id}/resources', {
    params: { path: { id: defined(set).id } },
  });
  expect(pagination(response)).toEqual(['1', '50', '2', '61']);
  expect(data?.[0]?.name).toBe('a first');
  const byId = await client().GET('/permission_sets/{id}/resources', {
    params: {
      path: { id: defined(set).id },
      query: { order: 'id', order_dir: 'desc', limit: 2, page_num: 2 },
    },
  });
  // Page 1 holds "a first" (the newest id) and the 60th fixture.
  expect(byId.data?.map((r) => r.name)).toEqual([defined(created[58]).name, defined(created[57]).name]);
});
