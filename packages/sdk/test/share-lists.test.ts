// The share lists answer an array of share indexes. Against a real HTTP server that answers arrays of one
// and of two indexes: `list()` flattens every index into one list, and `sync()` plans from all of them.
// The same server records the wire, so it also shows the SDK sends camelCase bodies and no body on GET or
// DELETE (the service documents camelCase; only the official Python client sends snake_case and `{}`).
import type { ShareIndex } from '@civis-ts/client';
import { describe, expect, it } from 'vitest';
import { Civis } from '../src/index.js';
import { syncShares } from '../src/sync.js';
import { useRecordingServer } from './recording-server.js';

const entity = (id: number) => ({ id, name: `#${id}` });
const index = (levels: Partial<Record<'readers' | 'writers' | 'owners', [number[], number[]]>>) => {
  const level = (key: 'readers' | 'writers' | 'owners') => {
    const [users, groups] = levels[key] ?? [[], []];
    return { users: users.map(entity), groups: groups.map(entity) };
  };
  const result = { readers: level('readers'), writers: level('writers'), owners: level('owners') };
  const count = (kind: 'users' | 'groups') =>
    result.readers[kind].length + result.writers[kind].length + result.owners[kind].length;
  return { ...result, totalUserShares: count('users'), totalGroupShares: count('groups') } as ShareIndex;
};

// One index: the owner 1, a writer user 2, a reader group 5.
const ONE = [index({ owners: [[1], []], writers: [[2], []], readers: [[], [5]] })];
// Two indexes: the second names user 3 (read) and group 6 (manage), and user 2 again at a higher level.
const TWO = [
  index({ owners: [[1], []], writers: [[2], []] }),
  index({ readers: [[3], []], owners: [[2], [6]] }),
];

let answer: ShareIndex[] = ONE;
// A list answers the array; a PUT answers one index, as the service does; a DELETE nothing.
const server = useRecordingServer(({ method }) =>
  method === 'DELETE' ? { status: 204 } : { status: 200, body: method === 'GET' ? answer : answer[0] },
);
const received = server.received;

const civis = () => new Civis({ apiKey: 'k', baseUrl: server.url, maxRetries: 0 });
const targets = [
  ['permission set', () => civis().permissionSets.shares(7), '/permission_sets/7/shares'],
  [
    'resource',
    () => civis().permissionSets.resources(7).shares('voter file'),
    '/permission_sets/7/resources/voter%20file/shares',
  ],
] as const;

describe.each(targets)('shares of a %s', (_, shares, path) => {
  it('list() of one index: each user and group once', async () => {
    answer = ONE;
    expect(await shares().list()).toEqual([
      { kind: 'user', id: 1, name: '#1', level: 'manage' },
      { kind: 'user', id: 2, name: '#2', level: 'write' },
      { kind: 'group', id: 5, name: '#5', level: 'read' },
    ]);
    expect(received.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${path}`]);
  });

  it('list() of two indexes: every index, each principal once at the highest level it holds', async () => {
    answer = TWO;
    expect(await shares().list()).toEqual([
      { kind: 'user', id: 1, name: '#1', level: 'manage' },
      { kind: 'user', id: 2, name: '#2', level: 'manage' },
      { kind: 'group', id: 6, name: '#6', level: 'manage' },
      { kind: 'user', id: 3, name: '#3', level: 'read' },
    ]);
  });

  it('list() of an empty array: nobody', async () => {
    answer = [];
    expect(await shares().list()).toEqual([]);
  });

  it('sync() plans from every index of the list', async () => {
    answer = TWO;
    const desired = { users: { 1: 'manage', 3: 'write' }, groups: {} } as const;
    const plan = [
      { action: 'grant', kind: 'user', level: 'write', ids: [3] },
      { action: 'revoke', kind: 'user', id: 2 },
      { action: 'revoke', kind: 'group', id: 6 },
    ];
    expect(await syncShares(shares(), desired, { dryRun: true })).toEqual(plan);
    received.length = 0;
    expect(await syncShares(shares(), desired)).toEqual(plan);
    expect(received).toEqual([
      { method: 'GET', path, contentType: undefined, body: '' },
      {
        method: 'PUT',
        path: `${path}/users`,
        contentType: 'application/json',
        body: JSON.stringify({ permissionLevel: 'write', userIds: [3] }),
      },
      { method: 'DELETE', path: `${path}/users/2`, contentType: undefined, body: '' },
      { method: 'DELETE', path: `${path}/groups/6`, contentType: undefined, body: '' },
    ]);
  });

  it('sync() against one index changes only what differs', async () => {
    answer = ONE;
    expect(await syncShares(shares(), { users: { 1: 'manage', 2: 'write' } }, { dryRun: true })).toEqual([]);
    expect(await syncShares(shares(), { groups: { 5: 'write' } }, { dryRun: true })).toEqual([
      { action: 'grant', kind: 'group', level: 'write', ids: [5] },
    ]);
  });

  it('grant() sends camelCase, with the e-mail fields under their documented names', async () => {
    answer = ONE;
    await shares().grant({ users: [2], groups: [5] }, 'read', { notify: true, message: 'hi' });
    expect(received.map((r) => [r.method, r.contentType, JSON.parse(r.body)])).toEqual([
      [
        'PUT',
        'application/json',
        { sendSharedEmail: true, shareEmailBody: 'hi', permissionLevel: 'read', userIds: [2] },
      ],
      [
        'PUT',
        'application/json',
        { sendSharedEmail: true, shareEmailBody: 'hi', permissionLevel: 'read', groupIds: [5] },
      ],
    ]);
  });
});
