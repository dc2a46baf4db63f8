// Random invalid input to every operation is refused before anything is sent, with a
// CivisValidationError that names the offending field.
import { Civis, CivisValidationError } from '@civis-ts/sdk';
import { syncShares } from '@civis-ts/sdk/sync';
import { LEVELS } from '@civis-ts/spec/facts';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../src/fast-check-seed.js';
import { KEY, settle } from '../src/fixtures.js';
import { type HostileServer, startHostileServer } from '../src/hostile-server.js';

let server: HostileServer;
let civis: Civis;
beforeAll(async () => {
  server = await startHostileServer();
  civis = new Civis({ apiKey: KEY, baseUrl: server.url, maxRetries: 0 });
});
afterAll(() => server.stop());

// biome-ignore lint/suspicious/noExplicitAny: invalid input is, by definition, outside the declared types.
type Loose = any;

const notAnInteger = fc.oneof(
  fc.double({ noInteger: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '7', null, true, [], {}, 7n),
  fc.string(),
);
const badId: fc.Arbitrary<unknown> = fc.oneof(fc.integer({ max: 0 }), notAnInteger);
const badLevel = fc.oneof(
  fc.string().filter((s) => !(LEVELS as readonly string[]).includes(s)),
  fc.constantFrom('READ', 'Manage', ' read', 'owner', 'admin', null, 3),
);
const badName = fc.oneof(
  fc.constant(''),
  fc.string({ minLength: 256, maxLength: 400 }),
  fc.constantFrom(null, 42, false, {}, ['n']),
);
const unknownKey = fc
  .string({ minLength: 1, maxLength: 12 })
  .filter(
    (key) =>
      ![
        'name',
        'description',
        'limit',
        'pageNum',
        'order',
        'orderDir',
        'archived',
        'author',
        'userId',
        'includeDependencies',
        'emailBody',
        'sendEmail',
        'users',
        'groups',
        '__proto__',
      ].includes(key),
  );

/** An invalid call and the field its error must name. */
type Case = [call: () => unknown, field: RegExp];
const ps = () => civis.permissionSets;

const cases: Record<string, fc.Arbitrary<Case>> = {
  'get with a bad id': badId.map((id) => [() => ps().get(id as Loose), /^id$/]),
  'list with a bad limit': fc
    .oneof(fc.integer({ max: 0 }), fc.integer({ min: 51 }), notAnInteger)
    .map((limit) => [
      () =>
        ps()
          .list({ limit: limit as Loose })
          .toArray(),
      /^limit$/,
    ]),
  'list with a bad pageNum': badId.map((pageNum) => [
    () => ps().list({ pageNum: pageNum as Loose }),
    /^pageNum$/,
  ]),
  'list with a bad order': fc
    .string()
    .filter((order) => !['updated_at', 'name', 'created_at'].includes(order))
    .map((order) => [() => ps().list({ order: order as Loose }), /^order$/]),
  'list with a bad concurrency': fc
    .oneof(fc.integer({ max: 0 }), fc.integer({ min: 65 }), notAnInteger)
    .map((concurrency) => [() => ps().list({}, { concurrency: concurrency as Loose }), /^concurrency$/]),
  'resources.list with a bad limit': fc
    .oneof(fc.integer({ max: 0 }), fc.integer({ min: 1001 }), notAnInteger)
    .map((limit) => [
      () =>
        ps()
          .resources(7)
          .list({ limit: limit as Loose }),
      /^limit$/,
    ]),
  'create with a bad name': badName.map((name) => [() => ps().create({ name: name as Loose }), /^name$/]),
  'create with an unknown key': unknownKey.map((key) => [
    () => ps().create({ name: 'n', [key]: 1 } as Loose),
    new RegExp(`^${escapeRegExp(key)}$`),
  ]),
  'replace with a bad id': badId.map((id) => [() => ps().replace(id as Loose, { name: 'n' }), /^id$/]),
  'update with a bad name': badName.map((name) => [() => ps().update(7, { name: name as Loose }), /^name$/]),
  'update with an overlong description': fc
    .string({ minLength: 10_001, maxLength: 10_050 })
    .map((description) => [() => ps().update(7, { description }), /^description$/]),
  'archive with a bad id': badId.map((id) => [() => ps().archive(id as Loose), /^id$/]),
  'dependencies with a bad userId': badId.map((userId) => [
    () => ps().dependencies(7, { userId: userId as Loose }),
    /^userId$/,
  ]),
  'transfer with a bad userId': badId.map((userId) => [
    () => ps().transfer(7, { userId: userId as Loose, includeDependencies: true }),
    /^userId$/,
  ]),
  'transfer with a non-boolean includeDependencies': fc
    .constantFrom('true', 1, null, undefined)
    .map((flag) => [
      () => ps().transfer(7, { userId: 1, includeDependencies: flag as Loose }),
      /^includeDependencies$/,
    ]),
  'userPermissions with a bad userId': badId.map((userId) => [
    () => ps().userPermissions(7, userId as Loose),
    /^userId$/,
  ]),
  'resources with a bad set id': badId.map((id) => [() => ps().resources(id as Loose), /^id$/]),
  'resources.create with a bad name': badName.map((name) => [
    () =>
      ps()
        .resources(7)
        .create({ name: name as Loose }),
    /^name$/,
  ]),
  'grant with an unknown level': badLevel.map((level) => [
    () =>
      ps()
        .shares(7)
        .grant({ users: [1] }, level as Loose),
    /^level$/,
  ]),
  'grant to a bad user id': badId.map((id) => [
    () =>
      ps()
        .shares(7)
        .grant({ users: [1, id as Loose] }, 'read'),
    /^users\[1\]$/,
  ]),
  'revoke a bad group id': badId.map((id) => [
    () =>
      ps()
        .shares(7)
        .revoke({ groups: [id as Loose] }),
    /^groups\[0\]$/,
  ]),
  'sync to an unknown level': badLevel.map((level) => [
    () => syncShares(ps().shares(7), { users: { 5: level as Loose } }),
    /^users\.5$/,
  ]),
  'sync keyed by a bad id': fc
    .constantFrom('0', '-1', '1.5', 'abc', '01', ' 1')
    .map((key) => [() => syncShares(ps().shares(7), { groups: { [key]: 'read' } as Loose }), /^groups\./]),
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe.each(Object.entries(cases))('%s', (_, arbitrary) => {
  it('throws a CivisValidationError naming the field, and sends nothing', async () => {
    await fc.assert(
      fc.asyncProperty(arbitrary, async ([call, field]) => {
        const { error } = await settle(Promise.resolve().then(call));
        expect(error).toBeInstanceOf(CivisValidationError);
        expect((error as CivisValidationError).field).toMatch(field);
        expect((error as Error).message).toContain((error as CivisValidationError).field);
      }),
      { numRuns: 50 },
    );
    expect(server.requests).toHaveLength(0);
  });
});
