// Paging, sorting and filtering of the two paginated lists, in process; every answer checked against the spec.
import { PERMISSION_SET_PAGE_LIMIT } from '@civis-ts/spec/facts';
import { OPERATIONS } from '@civis-ts/spec/operations';
import { expect, it } from 'vitest';
import { defined, guardedClient, useFetchMock, violationGuard } from './helpers.js';

const mock = useFetchMock({ permissionSets: 0 });
const guard = violationGuard();
const client = () => guardedClient(mock, guard);

/** The spec's default of a list's `limit` (its page size when none is asked for). */
function defaultLimit(operationId: string): number {
  const limit = OPERATIONS.find((op) => op.operationId === operationId)?.parameters.find(
    (p) => p.wire === 'limit',
  );
  expect(limit?.default, `${operationId} has no default limit in spec/openapi.yaml`).toBeTypeOf('number');
  return limit?.default as number;
}

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

it('pages permission sets at the largest limit: the last page short, the headers right, the page past it empty', async () => {
  const limit = PERMISSION_SET_PAGE_LIMIT;
  const total = 2 * limit + Math.ceil(limit / 2);
  mock.state.addPermissionSets(total);
  const seen: number[] = [];
  for (const [page, size] of [
    [1, limit],
    [2, limit],
    [3, total - 2 * limit],
  ] as const) {
    const { data, response } = await client().GET('/permission_sets', {
      params: { query: { limit, page_num: page } },
    });
    expect(data).toHaveLength(size);
    expect(pagination(response)).toEqual([String(page), String(limit), '3', String(total)]);
    seen.push(...(data ?? []).map((set) => set.id));
  }
  expect(new Set(seen).size).toBe(total);
  const { data, response } = await client().GET('/permission_sets', {
    params: { query: { limit, page_num: 4 } },
  });
  expect(data).toEqual([]);
  expect(pagination(response)).toEqual(['4', String(limit), '3', String(total)]);
});

it('uses the spec defaults: its default limit, page 1, updated_at desc', async () => {
  const limit = defaultLimit('listPermissionSets');
  const sets = mock.state.addPermissionSets(limit + 5);
  const { data, response } = await client().GET('/permission_sets');
  expect(pagination(response)).toEqual(['1', String(limit), '2', String(limit + 5)]);
  expect(data?.map((set) => set.id)).toEqual(
    sets
      .map((set) => set.id)
      .reverse()
      .slice(0, limit),
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

it('pages and sorts resources (the default limit, order name asc; order by id)', async () => {
  const limit = defaultLimit('listPermissionSetResources');
  const [set] = mock.state.addPermissionSets(1);
  const created = mock.state.addResources(defined(set).id, limit + 10);
  await client().POST('/permission_sets/{id}/resources', {
    params: { path: { id: defined(set).id } },
    body: { name: 'a first' },
  });
  const { data, response } = await client().GET('/permission_sets/{id}/resources', {
    params: { path: { id: defined(set).id } },
  });
  expect(pagination(response)).toEqual(['1', String(limit), '2', String(limit + 11)]);
  expect(data?.[0]?.name).toBe('a first');
  const byId = await client().GET('/permission_sets/{id}/resources', {
    params: {
      path: { id: defined(set).id },
      query: { order: 'id', order_dir: 'desc', limit: 2, page_num: 2 },
    },
  });
  // Page 1 holds "a first" (the newest id) and the last fixture.
  expect(byId.data?.map((r) => r.name)).toEqual([defined(created.at(-2)).name, defined(created.at(-3)).name]);
});
