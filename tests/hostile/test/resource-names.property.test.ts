// Any resource name reaches the server as that one path segment: it decodes back to exactly the name
// and never to another route, whatever it holds (/, ., %, ?, #, spaces, control characters, any script).
import { Civis, CivisValidationError } from '@civis-ts/sdk';
import { RESOURCE_NAME_MAX_LENGTH } from '@civis-ts/spec/facts';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import '../src/fast-check-seed.js';
import { KEY, settle } from '../src/fixtures.js';
import { type HostileServer, startHostileServer } from '../src/hostile-server.js';
import { raw } from '../src/replies.js';

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(() => server.stop());
beforeEach(() => server.reset());

const tricky = fc.constantFrom(
  '/',
  '.',
  '..',
  '%',
  '%2F',
  '%2e%2e',
  '?',
  '#',
  ' ',
  '\t',
  '\n',
  '\u0000',
  '+',
  '&',
  '=',
  ';',
  '\\',
  '😀',
  'é',
  'ß',
  '中',
  'ا',
  '\u202e',
  '\ud800',
  '\udfff',
);
/** Names built to hurt: random code points (lone surrogates included) mixed with URL metacharacters. */
const names = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  fc
    .array(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 3 })), { minLength: 1, maxLength: 12 })
    .map((parts) => parts.join('')),
  fc.constantFrom('.', '..', 'a/..', '../1', './x', '..%2F', '%00', '?x=1', '#top', ' ', '/'),
);

// A name the service could store (1 to RESOURCE_NAME_MAX_LENGTH characters, counted as code points as JSON Schema counts
// them) and a URL can carry; the rest must be refused before sending.
const sendable = (name: string) =>
  [...name].length >= 1 &&
  [...name].length <= RESOURCE_NAME_MAX_LENGTH &&
  name !== '.' &&
  name !== '..' &&
  !/\p{Cs}/u.test(name);

const operations: [string, (civis: Civis, name: string) => Promise<unknown>, string][] = [
  ['get', (c, name) => c.permissionSets.resources(7).get(name), ''],
  ['update', (c, name) => c.permissionSets.resources(7).update(name, { description: 'd' }), ''],
  ['delete', (c, name) => c.permissionSets.resources(7).delete(name), ''],
  ['shares.list', (c, name) => c.permissionSets.resources(7).shares(name).list(), '/shares'],
];

describe.each(operations)('resources(7).%s(name)', (_, call, suffix) => {
  it('sends exactly that name as one segment of the right route, or refuses it sending nothing', async () => {
    server.fallback = raw(404, { 'Content-Type': 'application/json' }, '{"error":"not_found"}');
    const civis = new Civis({ apiKey: KEY, baseUrl: server.url, maxRetries: 0 });
    await fc.assert(
      fc.asyncProperty(names, async (name) => {
        server.reset();
        const { error } = await settle(Promise.resolve().then(() => call(civis, name)));
        if (!sendable(name)) {
          expect(error).toBeInstanceOf(CivisValidationError);
          expect(error).toMatchObject({ field: 'name' });
          expect(server.requests).toHaveLength(0);
          return;
        }
        expect(server.requests).toHaveLength(1);
        const target = server.requests[0]?.url ?? '';
        const match = /^\/permission_sets\/7\/resources\/([^/?#]+)(\/shares)?$/.exec(target);
        expect(match, target).not.toBeNull();
        expect(match?.[2] ?? '').toBe(suffix);
        expect(decodeURIComponent(match?.[1] ?? '')).toBe(name);
      }),
      { numRuns: 150 },
    );
  });
});
