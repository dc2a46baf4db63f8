// Random valid input to every operation yields requests the spec accepts: the mock checks each request
// against the spec (422 when it breaks it) and each of its own responses (500, and `mock.violations`,
// when one does). Ids come from the mock's state, so every call should simply succeed.
import { type RunningMock, startMock } from '@civis-ts/mock';
import { Civis, CivisApiError, type PermissionLevel } from '@civis-ts/sdk';
import { syncShares } from '@civis-ts/sdk/sync';
import { LEVELS, RESOURCE_NAME_MAX_LENGTH } from '@civis-ts/spec/facts';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../src/fast-check-seed.js';

let mock: RunningMock;
let civis: Civis;
let setIds: number[];
let userIds: number[];
let groupIds: number[];
beforeAll(async () => {
  mock = await startMock({ apiKey: 'k' });
  civis = new Civis({ apiKey: 'k', baseUrl: mock.url, maxRetries: 0, timeout: 20_000 });
  setIds = [...mock.state.permissionSets.keys()];
  userIds = [...mock.state.users.keys()];
  groupIds = [...mock.state.groups.keys()];
});
afterAll(() => mock?.stop());

const RUNS = { numRuns: 12 };
const level = fc.constantFrom<PermissionLevel>(...LEVELS);
const text = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength });
const name = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .filter((value) => value !== '.' && value !== '..' && value.length <= RESOURCE_NAME_MAX_LENGTH);
const pick = (values: () => number[]) => fc.nat().map((i) => values()[i % values().length] as number);
const some = (values: () => number[]) => fc.uniqueArray(pick(values), { minLength: 1, maxLength: 4 });
const setId = pick(() => setIds);
const userId = pick(() => userIds);

/** A call must succeed; were it refused, the status (422 = the request broke the spec) says why. */
async function accepted(call: Promise<unknown>): Promise<void> {
  try {
    await call;
  } catch (error) {
    const status = error instanceof CivisApiError ? error.status : undefined;
    throw new Error(`refused (${status}): ${(error as Error).message}`, { cause: error });
  }
}

// biome-ignore lint/suspicious/noExplicitAny: each property has its own argument tuple.
const properties: Record<string, fc.IAsyncProperty<any>> = {
  'permissionSets.list': fc.asyncProperty(
    fc.record(
      {
        archived: fc.constantFrom(true, false, 'all' as const),
        author: fc.oneof(
          userId,
          some(() => userIds),
        ),
        limit: fc.integer({ min: 1, max: 50 }),
        pageNum: fc.integer({ min: 1, max: 3 }),
        order: fc.constantFrom('updated_at' as const, 'name' as const, 'created_at' as const),
        orderDir: fc.constantFrom('asc' as const, 'desc' as const),
      },
      { requiredKeys: [] },
    ),
    (params) => accepted(civis.permissionSets.list(params).toArray({ max: 60 })),
  ),
  'permissionSets.create, replace, update': fc.asyncProperty(
    name,
    fc.option(text(100), { nil: undefined }),
    name,
    async (first, description, second) => {
      const created = await civis.permissionSets.create({ name: first, description });
      await accepted(civis.permissionSets.replace(created.id, { name: second, description }));
      await accepted(civis.permissionSets.update(created.id, { description: description ?? 'd' }));
      await accepted(civis.permissionSets.update(created.id, { name: first }));
    },
  ),
  'permissionSets.get, archive, unarchive': fc.asyncProperty(setId, async (id) => {
    await accepted(civis.permissionSets.get(id));
    await accepted(civis.permissionSets.archive(id));
    await accepted(civis.permissionSets.unarchive(id));
  }),
  'permissionSets.dependencies, userPermissions': fc.asyncProperty(
    setId,
    fc.option(userId, { nil: undefined }),
    userId,
    async (id, by, user) => {
      await accepted(civis.permissionSets.dependencies(id, by === undefined ? {} : { userId: by }));
      await accepted(civis.permissionSets.userPermissions(id, user));
    },
  ),
  'permissionSets.transfer': fc.asyncProperty(
    fc.record(
      { userId, includeDependencies: fc.boolean(), emailBody: text(80), sendEmail: fc.boolean() },
      { requiredKeys: ['userId', 'includeDependencies'] },
    ),
    async (params) => {
      const created = await civis.permissionSets.create({ name: 'to transfer' });
      await accepted(civis.permissionSets.transfer(created.id, params));
    },
  ),
  'shares: grant, list, revoke, sync': fc.asyncProperty(
    setId,
    some(() => userIds),
    some(() => groupIds),
    level,
    fc.record({ notify: fc.boolean(), message: text(80) }, { requiredKeys: [] }),
    fc.dictionary(userId.map(String), level, { maxKeys: 4 }),
    async (id, users, groups, grantLevel, options, wanted) => {
      const shares = civis.permissionSets.shares(id);
      await accepted(shares.grant({ users, groups }, grantLevel, options));
      await accepted(shares.list());
      await accepted(shares.revoke({ groups: groups.slice(0, 1) }));
      // The owner keeps manage: the service refuses (403) to revoke an owner, which is not the point here.
      const owner = mock.state.permissionSet(id).authorId;
      await accepted(syncShares(shares, { users: { ...wanted, [owner]: 'manage' } }));
    },
  ),
  'resources: create, get, update, list, shares, delete': fc.asyncProperty(
    setId,
    name,
    fc.option(text(100), { nil: undefined }),
    fc.integer({ min: 1, max: 1000 }),
    level,
    async (id, resourceName, description, limit, grantLevel) => {
      const resources = civis.permissionSets.resources(id);
      await resources.delete(resourceName).catch(() => undefined);
      await accepted(resources.create({ name: resourceName, description }));
      await accepted(resources.get(resourceName));
      await accepted(resources.update(resourceName, { description: description ?? '' }));
      await accepted(resources.list({ limit, order: 'name', orderDir: 'desc' }).toArray({ max: 5 }));
      await accepted(resources.shares(resourceName).grant({ users: [2] }, grantLevel));
      await accepted(resources.shares(resourceName).list());
      await accepted(resources.delete(resourceName));
    },
  ),
};

describe.each(Object.entries(properties))('%s', (_, property) => {
  it('every request passes the spec and succeeds', async () => {
    await fc.assert(property, RUNS);
    expect(mock.requests.length).toBeGreaterThan(0);
    expect(mock.violations).toEqual([]);
  });
});
