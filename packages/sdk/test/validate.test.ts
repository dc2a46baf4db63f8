import {
  LEVELS,
  NAME_MAX_LENGTH,
  PERMISSION_SET_PAGE_LIMIT,
  RESOURCE_PAGE_LIMIT,
} from '@civis-ts/spec/facts';
import { describe, expect, it } from 'vitest';
import { Civis, CivisValidationError } from '../src/index.js';
import { syncShares } from '../src/sync.js';
import { stubFetch } from './stub-fetch.js';

const stub = stubFetch(new Error('no request may be sent'));
const civis = new Civis({ apiKey: 'k', baseUrl: 'http://127.0.0.1:9', fetch: stub.fetch });
const sets = civis.permissionSets;

async function fieldOf(call: () => unknown): Promise<string> {
  try {
    await call();
  } catch (error) {
    expect(error).toBeInstanceOf(CivisValidationError);
    return (error as CivisValidationError).field;
  }
  throw new Error('expected a CivisValidationError');
}

/** A level the spec does not have (it may gain `admin` or `owner`). */
const NOT_A_LEVEL = ['owner', 'admin', 'superuser'].find(
  (level) => !(LEVELS as readonly string[]).includes(level),
) as 'read';

// Every case is deliberately ill-typed: the checks guard JavaScript callers and values from elsewhere.
const cases: [string, () => unknown][] = [
  ['id', () => sets.get(0)],
  ['id', () => sets.get(1.5)],
  ['id', () => sets.get('7' as unknown as number)],
  ['id', () => sets.get(-3)],
  ['name', () => sets.create({ name: '' })],
  ['name', () => sets.create({ name: 'x'.repeat(NAME_MAX_LENGTH + 1) })],
  ['name', () => sets.create({} as { name: string })],
  ['nmae', () => sets.create({ name: 'x', nmae: 'y' } as { name: string })],
  ['description', () => sets.update(1, { description: 5 as unknown as string })],
  ['limit', () => sets.list({ limit: PERMISSION_SET_PAGE_LIMIT + 1 })],
  ['limit', () => sets.list({ limit: 0 })],
  ['pageNum', () => sets.list({ pageNum: 0 })],
  ['order', () => sets.list({ order: 'size' as 'name' })],
  ['author[1]', () => sets.list({ author: [1, -2] })],
  ['concurrency', () => sets.list({}, { concurrency: 0 })],
  ['limit', () => sets.resources(1).list({ limit: RESOURCE_PAGE_LIMIT + 1 })],
  ['userId', () => sets.userPermissions(1, 0)],
  ['userId', () => sets.dependencies(1, { userId: 0 })],
  [
    'includeDependencies',
    () => sets.transfer(1, { userId: 2 } as { userId: number; includeDependencies: boolean }),
  ],
  ['name', () => sets.resources(1).get('')],
  ['name', () => sets.resources(1).get('..')],
  ['name', () => sets.resources(1).get('\uD800x')],
  ['level', () => sets.shares(1).grant({ users: [2] }, NOT_A_LEVEL)],
  ['users[0]', () => sets.shares(1).grant({ users: [0] }, 'read')],
  ['users', () => sets.shares(1).grant({}, 'read')],
  ['groups[0]', () => sets.shares(1).revoke({ groups: [1.5] })],
  [
    'users.abc',
    () => syncShares(sets.shares(1), { users: { abc: 'read' } as unknown as Record<number, 'read'> }),
  ],
  ['groups.4', () => syncShares(sets.shares(1), { groups: { 4: NOT_A_LEVEL } })],
  ['maxRetries', () => new Civis({ apiKey: 'k', maxRetries: -1 })],
];

describe('validation', () => {
  it.each(cases)('refuses bad %s before any request', async (field, call) => {
    // This case's requests only (a case that fails leaves its own behind).
    stub.calls.length = 0;
    expect(await fieldOf(call)).toBe(field);
    expect(stub.calls).toHaveLength(0);
  });

  it('names the field and the rule in the message, synchronously for a list', () => {
    expect(() => sets.list({ limit: PERMISSION_SET_PAGE_LIMIT + 1 })).toThrow(
      `limit must be an integer from 1 to ${PERMISSION_SET_PAGE_LIMIT}`,
    );
  });
});
