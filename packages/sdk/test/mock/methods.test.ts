// Every method against the stateful mock behind Prism's validating proxy: a request or response that
// broke the spec would come back as an error from Prism, so passing here means the wire is right.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  CivisApiError,
  CivisValidationError,
  ConnectionError,
  NotFoundError,
  PermissionDeniedError,
  type PermissionLevel,
  RateLimitError,
  ServerError,
  TimeoutError,
} from '../../src/index.js';
import { SyncError, SyncRefusedError, syncShares } from '../../src/sync.js';
import { useMock } from './start.js';

const ctx = useMock();
beforeEach(() => {
  ctx.mock.state.reset();
  ctx.mock.faults.clear();
  ctx.mock.requests.length = 0;
});

describe('permission sets', () => {
  it('create, get, replace, update, archive, unarchive', async () => {
    const sets = ctx.civis().permissionSets;
    const created = await sets.create({ name: 'Field team', description: 'first' });
    expect(created).toMatchObject({ name: 'Field team', description: 'first' });
    expect(await sets.get(created.id)).toEqual(created);
    const replaced = await sets.replace(created.id, { name: 'Field team 2' });
    expect(replaced).toMatchObject({ name: 'Field team 2', description: null });
    const updated = await sets.update(created.id, { description: 'patched' });
    expect(updated).toMatchObject({ name: 'Field team 2', description: 'patched' });
    expect(String((await sets.archive(created.id)).archived)).toBe('true');
    expect(String((await sets.unarchive(created.id)).archived)).toBe('false');
  });

  it('dependencies, transfer and userPermissions', async () => {
    const sets = ctx.civis().permissionSets;
    const { id } = await sets.create({ name: 'To give away' });
    await sets.resources(id).create({ name: 'table.one' });
    const dependencies = await sets.dependencies(id, { userId: 2 });
    expect(Array.isArray(dependencies)).toBe(true);
    const permissions = await sets.userPermissions(id, 1);
    expect(permissions).toEqual([{ resourceName: 'table.one', read: true, write: true, manage: true }]);
    const result = await sets.transfer(id, { userId: 2, includeDependencies: true, sendEmail: false });
    expect(Array.isArray(result.dependencies)).toBe(true);
    expect((await sets.get(id)).author.id).toBe(2);
  });

  it('maps camelCase list parameters to the wire', async () => {
    const sets = ctx.civis().permissionSets;
    const items = await sets
      .list({ archived: 'all', orderDir: 'asc', order: 'name', limit: 10, author: [1] })
      .toArray();
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((set) => set.author.id === 1)).toBe(true);
    expect(items.map((set) => set.name)).toEqual(
      [...items.map((set) => set.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    expect(ctx.mock.requests[0]?.query).toMatchObject({
      archived: 'all',
      order_dir: 'asc',
      limit: '10',
      page_num: '1',
    });
  });
});

describe('resources', () => {
  const names = [
    'a/b',
    'x?y#z',
    '%41 100%',
    'ünï cødé 日本語 😀',
    ' spaced ',
    '.hidden',
    '...',
    'a\\b',
    'semi;colon=1&x',
  ];

  it.each(names)('create, get, update, list and delete %j as that one name', async (name) => {
    const { id } = await ctx.civis().permissionSets.create({ name: 'names' });
    const resources = ctx.civis().permissionSets.resources(id);
    expect((await resources.create({ name, description: 'd' })).name).toBe(name);
    expect((await resources.get(name)).name).toBe(name);
    expect((await resources.update(name, { description: 'e' })).description).toBe('e');
    expect((await resources.list().toArray()).map((r) => r.name)).toEqual([name]);
    await resources.delete(name);
    await expect(resources.get(name)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses the names "." and ".." before sending, as no URL can carry them', async () => {
    const resources = ctx.civis().permissionSets.resources(1);
    await expect(resources.get('..')).rejects.toBeInstanceOf(CivisValidationError);
    await expect(resources.create({ name: '.' })).rejects.toBeInstanceOf(CivisValidationError);
    expect(ctx.mock.requests).toHaveLength(0);
  });
});

describe('shares', () => {
  /** A new permission set owned by user 1 (the caller), shared with nobody else yet. */
  async function freshSet() {
    const sets = ctx.civis().permissionSets;
    const { id } = await sets.create({ name: 'shared' });
    return { sets, id };
  }

  it.each(['permission set', 'resource'])('list, grant and revoke on a %s', async (on) => {
    const { sets, id } = await freshSet();
    if (on === 'resource') await sets.resources(id).create({ name: 'r/1' });
    const shares = on === 'resource' ? sets.resources(id).shares('r/1') : sets.shares(id);
    expect(await shares.list()).toEqual([{ kind: 'user', id: 1, name: expect.any(String), level: 'manage' }]);
    const after = await shares.grant({ users: [2, 3], groups: [1] }, 'write', {
      notify: false,
      message: 'hi',
    });
    expect(after.map(({ kind, id, level }) => [kind, id, level])).toEqual([
      ['user', 1, 'manage'],
      ['user', 2, 'write'],
      ['user', 3, 'write'],
      ['group', 1, 'write'],
    ]);
    await shares.revoke({ users: [2], groups: [1] });
    expect((await shares.list()).map(({ kind, id }) => [kind, id])).toEqual([
      ['user', 1],
      ['user', 3],
    ]);
  });

  const starts: [string, Record<string, PermissionLevel>, Record<string, PermissionLevel>][] = [
    ['no shares', {}, {}],
    ['some users and groups', { 2: 'read', 3: 'manage' }, { 1: 'read', 2: 'write' }],
    ['everyone at the wanted level already', { 2: 'write', 4: 'read' }, { 3: 'manage' }],
  ];

  it.each(starts)('sync from %s: the plan is minimal and the result is the map', async (_, users, groups) => {
    const { sets, id } = await freshSet();
    const shares = sets.shares(id);
    for (const [userId, level] of Object.entries(users))
      await shares.grant({ users: [Number(userId)] }, level);
    for (const [groupId, level] of Object.entries(groups))
      await shares.grant({ groups: [Number(groupId)] }, level);
    const desired = {
      users: { 1: 'manage', 2: 'write', 4: 'read', 5: 'read' },
      groups: { 3: 'manage' },
    } as const;

    const planned = await syncShares(shares, desired, { dryRun: true });
    ctx.mock.requests.length = 0;
    const plan = await syncShares(shares, desired);
    expect(plan).toEqual(planned);
    const changes = ctx.mock.requests.filter((request) => request.method !== 'GET');
    expect(changes).toHaveLength(plan.length);
    // Minimal: one PUT per kind and level that changes, one DELETE per removal, nothing for what already fits.
    const puts = new Set(plan.filter((s) => s.action === 'grant').map((s) => `${s.kind}:${s.level}`));
    expect(puts.size).toBe(plan.filter((s) => s.action === 'grant').length);
    const final = await shares.list();
    expect(Object.fromEntries(final.filter((s) => s.kind === 'user').map((s) => [s.id, s.level]))).toEqual(
      desired.users,
    );
    expect(Object.fromEntries(final.filter((s) => s.kind === 'group').map((s) => [s.id, s.level]))).toEqual(
      desired.groups,
    );
    expect(await syncShares(shares, desired)).toEqual([]);
  });

  it('sync refuses, sending nothing, a result with nobody holding manage', async () => {
    const { sets, id } = await freshSet();
    ctx.mock.requests.length = 0;
    const error = await syncShares(sets.shares(id), { users: { 1: 'read' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncRefusedError);
    expect(ctx.mock.requests.filter((request) => request.method !== 'GET')).toHaveLength(0);
  });

  it('sync reports which steps were applied when one fails', async () => {
    const { sets, id } = await freshSet();
    const shares = sets.shares(id);
    await shares.grant({ users: [2] }, 'read');
    // Leaving out the owner (user 1) plans a revoke of the owner, which the service refuses with 403.
    const error = (await syncShares(shares, { users: { 2: 'write', 3: 'manage' } }).catch(
      (e: unknown) => e,
    )) as SyncError;
    expect(error).toBeInstanceOf(SyncError);
    expect(error.applied).toEqual([
      { action: 'grant', kind: 'user', level: 'manage', ids: [3] },
      { action: 'grant', kind: 'user', level: 'write', ids: [2] },
    ]);
    expect(error.failed).toEqual({ action: 'revoke', kind: 'user', id: 1 });
    expect(error.pending).toEqual([]);
    expect(error.cause).toBeInstanceOf(PermissionDeniedError);
  });
});

describe('raw', () => {
  it('is the spec-typed client, behind the same transport, and Prism checks what it sends', async () => {
    const civis = ctx.civis();
    const { data } = await civis.raw.GET('/permission_sets/{id}', { params: { path: { id: 1 } } });
    expect(data?.id).toBe(1);
    ctx.mock.faults.inject({ status: 503, count: 2, path: '/permission_sets/1' });
    const retried = await civis.raw.GET('/permission_sets/{id}', { params: { path: { id: 1 } } });
    expect(retried.response.status).toBe(200);
    const invalid = await civis.raw.PUT('/permission_sets/{id}', {
      params: { path: { id: 1 } },
      body: { name: '' },
    });
    expect(invalid.response.status).toBe(422);
  });
});

describe('errors from real responses', () => {
  it('401, 403, 404, 409, 429, 5xx each become their class', async () => {
    const civis = ctx.civis({ maxRetries: 0 });
    const wrongKey = ctx.civis({ apiKey: 'not-the-key' });
    await expect(wrongKey.permissionSets.get(1)).rejects.toBeInstanceOf(AuthenticationError);
    const notFound = (await civis.permissionSets.get(999_999).catch((e: unknown) => e)) as NotFoundError;
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect(notFound).toMatchObject({ status: 404, code: 'not_found', method: 'GET' });
    expect(notFound.requestId).toMatch(/./);
    expect(notFound.url).toBe(`${ctx.mock.url}/permission_sets/999999`);

    const { id } = await civis.permissionSets.create({ name: 'errors' });
    await expect(civis.permissionSets.shares(id).revoke({ users: [1] })).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );
    await civis.permissionSets.resources(id).create({ name: 'dup' });
    const conflict = await civis.permissionSets
      .resources(id)
      .create({ name: 'dup' })
      .catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(CivisApiError);
    expect(conflict).toMatchObject({ status: 409, code: 'conflict' });

    ctx.mock.faults.inject({ status: 429, retryAfter: '7' });
    const limited = (await civis.permissionSets.get(1).catch((e: unknown) => e)) as RateLimitError;
    expect(limited).toBeInstanceOf(RateLimitError);
    expect(limited.retryAfter).toBe(7);
    ctx.mock.faults.inject({ status: 503 });
    await expect(civis.permissionSets.get(1)).rejects.toBeInstanceOf(ServerError);
  });

  it('a dropped connection and a silent server become ConnectionError and TimeoutError', async () => {
    const civis = ctx.civis({ direct: true, maxRetries: 0 });
    ctx.mock.faults.inject({ drop: 'before-response' });
    await expect(civis.permissionSets.get(1)).rejects.toBeInstanceOf(ConnectionError);
    ctx.mock.faults.inject({ drop: 'hang' });
    await expect(civis.permissionSets.get(1, { timeout: 100 })).rejects.toBeInstanceOf(TimeoutError);
  });

  it('records the rate limit of the last response', async () => {
    const civis = ctx.civis();
    await civis.permissionSets.get(1);
    expect(civis.rateLimit).toEqual({ limit: expect.any(Number), remaining: expect.any(Number) });
  });
});
