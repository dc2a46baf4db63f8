// Response data is data: keys named __proto__ or constructor become plain own properties (or are
// ignored), never a change to Object.prototype or to the prototype of the objects handed back.
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { clientOf, permissionSet, settle } from '../src/fixtures.js';
import { type HostileServer, startHostileServer } from '../src/hostile-server.js';
import { raw } from '../src/replies.js';

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(() => server.stop());
beforeEach(() => server.reset());
afterEach(() => {
  // Belt and braces: a polluted prototype must not leak into later tests even when one fails.
  for (const name of ['polluted', 'isAdmin']) delete (Object.prototype as Record<string, unknown>)[name];
});

// Written as text: an object literal with __proto__ would set the prototype here instead of sending the key.
const poison =
  '"__proto__": {"polluted": true, "isAdmin": true}, "constructor": {"prototype": {"polluted": true}}';
const set = JSON.stringify(permissionSet()).slice(1, -1);
const JSON_TYPE = { 'Content-Type': 'application/json' };

function assertClean(value: unknown) {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  expect(Object.getPrototypeOf(value)).toBe(Array.isArray(value) ? Array.prototype : Object.prototype);
  expect((value as Record<string, unknown>).isAdmin).toBeUndefined();
}

it('an object', async () => {
  server.script(raw(200, JSON_TYPE, `{${poison}, ${set}}`));
  const value = await clientOf(server).permissionSets.get(7);
  assertClean(value);
  expect(value.id).toBe(7);
});

it('the items of a page', async () => {
  server.script(raw(200, { ...JSON_TYPE, 'X-Pagination-Total-Pages': '1' }, `[{${poison}, ${set}}]`));
  const [value] = await clientOf(server).permissionSets.list().toArray();
  assertClean(value);
});

it('a share index flattened by shares().list()', async () => {
  const users = `{${poison}, "users": [{"id": 1, "name": "A", ${poison}}], "groups": []}`;
  const empty = '{"users": [], "groups": []}';
  const body = `[{${poison}, "readers": ${empty}, "writers": ${empty}, "owners": ${users}, "totalUserShares": 1, "totalGroupShares": 0}]`;
  server.script(raw(200, JSON_TYPE, body));
  const shares = await clientOf(server).permissionSets.shares(7).list();
  expect(shares).toEqual([{ kind: 'user', id: 1, name: 'A', level: 'manage' }]);
  for (const share of shares) assertClean(share);
});

it('an error body', async () => {
  server.script(raw(404, JSON_TYPE, `{${poison}, "error": "not_found", "errorDescription": "gone"}`));
  const { error } = await settle(clientOf(server).permissionSets.get(7));
  expect(error).toMatchObject({ name: 'NotFoundError', code: 'not_found', message: 'gone' });
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((error as Record<string, unknown>).isAdmin).toBeUndefined();
});
