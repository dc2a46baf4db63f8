// What the SDK puts on the wire, at a real server: every method's request body is camelCase JSON (the
// service's documented form), and GET and DELETE carry no body and no Content-Type. The official Python
// client sends snake_case and a `{}` body there; the service accepts both, but ours stays exact.
import { describe, expect, it } from 'vitest';
import { Civis } from '../src/index.js';
import { syncShares } from '../src/sync.js';
import { useRecordingServer } from './recording-server.js';

const INDEX = {
  readers: { users: [], groups: [] },
  writers: { users: [], groups: [] },
  owners: { users: [{ id: 1, name: 'A' }], groups: [] },
  totalUserShares: 1,
  totalGroupShares: 0,
};
const server = useRecordingServer(({ method, path }) => {
  if (method === 'DELETE') return { status: 204 };
  if (/\/shares\/(users|groups)$/.test(path)) return { status: 200, body: INDEX };
  if (/\/transfer$/.test(path)) return { status: 200, body: { dependencies: [] } };
  if (method === 'GET' && /\/shares$/.test(path)) return { status: 200, body: [INDEX] };
  // Lists, dependencies and permissions: one empty page.
  if (method === 'GET' && /(permission_sets|resources|dependencies|permissions)(\?|$)/.test(path))
    return { status: 200, body: [], headers: { 'X-Pagination-Total-Pages': '0' } };
  return { status: method === 'POST' ? 201 : 200, body: { id: 7, name: 'n' } };
});

const camelCase = /^[a-z][a-zA-Z0-9]*$/;
function keys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keys);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => [key, ...keys(item)]);
}

const sets = () => new Civis({ apiKey: 'k', baseUrl: server.url, maxRetries: 0 }).permissionSets;
const calls: [string, () => Promise<unknown>][] = [
  [
    'permissionSets.list',
    () =>
      sets()
        .list({ archived: 'all', author: [1, 2], limit: 5 })
        .toArray(),
  ],
  ['permissionSets.get', () => sets().get(7)],
  ['permissionSets.create', () => sets().create({ name: 'n', description: 'd' })],
  ['permissionSets.replace', () => sets().replace(7, { name: 'n', description: 'd' })],
  ['permissionSets.update', () => sets().update(7, { description: 'd' })],
  ['permissionSets.archive', () => sets().archive(7)],
  ['permissionSets.unarchive', () => sets().unarchive(7)],
  ['permissionSets.dependencies', () => sets().dependencies(7, { userId: 2 })],
  [
    'permissionSets.transfer',
    () => sets().transfer(7, { userId: 2, includeDependencies: true, emailBody: 'e', sendEmail: true }),
  ],
  ['permissionSets.userPermissions', () => sets().userPermissions(7, 2)],
  ['resources.list', () => sets().resources(7).list({ limit: 10 }).toArray()],
  ['resources.get', () => sets().resources(7).get('a b')],
  ['resources.create', () => sets().resources(7).create({ name: 'a b', description: 'd' })],
  ['resources.update', () => sets().resources(7).update('a b', { description: 'd' })],
  ['resources.delete', () => sets().resources(7).delete('a b')],
  ['shares.list', () => sets().shares(7).list()],
  [
    'shares.grant',
    () =>
      sets()
        .resources(7)
        .shares('a b')
        .grant({ users: [2], groups: [4] }, 'read', { notify: true, message: 'hi' }),
  ],
  [
    'shares.revoke',
    () =>
      sets()
        .shares(7)
        .revoke({ users: [2], groups: [4] }),
  ],
  ['syncShares', () => syncShares(sets().shares(7), { users: { 1: 'manage', 2: 'write' }, groups: {} })],
];

describe.each(calls)('%s', (_, call) => {
  it('sends camelCase JSON bodies, and nothing with a GET or DELETE', async () => {
    await call();
    expect(server.received.length).toBeGreaterThan(0);
    for (const { method, path, contentType, body } of server.received) {
      if (method === 'GET' || method === 'DELETE') {
        expect({ method, path, contentType, body }).toEqual({
          method,
          path,
          contentType: undefined,
          body: '',
        });
      } else {
        expect(contentType, `${method} ${path}`).toBe('application/json');
        const sent = keys(JSON.parse(body));
        expect(sent.length, `${method} ${path}`).toBeGreaterThan(0);
        for (const key of sent) expect(key, `${method} ${path}`).toMatch(camelCase);
      }
    }
  });
});

it('every kind of request was seen: GET, POST, PUT, PATCH and DELETE', async () => {
  const methods = new Set<string>();
  for (const [, call] of calls) {
    await call();
    for (const { method } of server.received) methods.add(method);
  }
  expect([...methods].sort()).toEqual(['DELETE', 'GET', 'PATCH', 'POST', 'PUT']);
});

it('a query goes out as the spec writes it: snake_case names, booleans as text, a list of ids comma-separated', async () => {
  const cases: [Parameters<ReturnType<typeof sets>['list']>[0], string][] = [
    [
      { archived: true, author: [1, 2], pageNum: 3, orderDir: 'asc' },
      'archived=true&author=1%2C2&page_num=3&order_dir=asc',
    ],
    [{ archived: false, author: 5 }, 'archived=false&author=5'],
    [{ archived: 'all' }, 'archived=all'],
  ];
  for (const [params, query] of cases) {
    await sets().list(params).toArray({ max: 1 });
    const sent = new URLSearchParams(server.received.at(-1)?.path.split('?')[1]);
    for (const [name, value] of new URLSearchParams(query)) expect(sent.get(name), name).toBe(value);
    expect(sent.get('limit')).toBe('50');
  }
});
