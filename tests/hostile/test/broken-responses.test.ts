// Bodies that are not what the spec promises: each becomes a typed error (or, where harmless, is
// accepted), never a raw SyntaxError, a TypeError from deep inside, or an `undefined` passed off as data.
import { CivisError, NotFoundError, ServerError, TimeoutError } from '@civis-ts/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clientOf, KEY, permissionSet, settle } from '../src/fixtures.js';
import { type HostileServer, startHostileServer } from '../src/hostile-server.js';
import { json, REQUEST_ID, raw, repeat, trickle } from '../src/replies.js';

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(() => server.stop());
beforeEach(() => server.reset());

const HTML = '<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>';
const JSON_TYPE = { 'Content-Type': 'application/json' };

/** A 2xx whose body is unusable: a CivisError that says so, with the status and request id, sent once. */
async function expectUnusable(call: Promise<unknown>, status: number) {
  const { error } = await settle(call);
  expect(error).toBeInstanceOf(CivisError);
  expect(error).toMatchObject({ name: 'InvalidResponseError', status, requestId: REQUEST_ID, method: 'GET' });
  expect(server.requests).toHaveLength(1);
}

describe('a success status with a body the SDK cannot use', () => {
  it('truncated JSON (Content-Length honest, the JSON cut off)', async () => {
    server.script(raw(200, JSON_TYPE, JSON.stringify(permissionSet()).slice(0, 40)));
    await expectUnusable(clientOf(server).permissionSets.get(7), 200);
  });

  it('HTML instead of JSON', async () => {
    server.script(raw(200, { 'Content-Type': 'text/html' }, HTML));
    await expectUnusable(clientOf(server).permissionSets.get(7), 200);
  });

  it('an empty 200 where an object was expected', async () => {
    server.script(raw(200, { ...JSON_TYPE, 'Content-Length': '0' }, ''));
    await expectUnusable(clientOf(server).permissionSets.get(7), 200);
  });

  it('a 204 where an object was expected', async () => {
    server.script(raw(204, {}));
    await expectUnusable(clientOf(server).permissionSets.get(7), 204);
  });

  it('JSON null where an object was expected', async () => {
    server.script(raw(200, JSON_TYPE, 'null'));
    await expectUnusable(clientOf(server).permissionSets.get(7), 200);
  });

  it('an object where a page (an array) was expected', async () => {
    server.script(json(200, { items: [] }));
    await expectUnusable(clientOf(server).permissionSets.list().toArray(), 200);
  });
});

/**
 * For the big bodies: the SDK's default timeout (60 s), not the fixture's 2 s, which is there for the
 * timeout tests. 16 MB take ~100 ms here quiet (1.1-1.3x plain fetch), but over 2 s on a 2-core machine
 * running the whole test command beside a busy process; the timed-out attempt's retry then found no
 * script left (404). These tests are about what arrives, not how fast.
 */
const patientClientOf = (server: HostileServer) => clientOf(server, { timeout: undefined });

describe('bodies that are odd but usable', () => {
  it('valid JSON under a wrong Content-Type is read as JSON (proxies mislabel; the API speaks only JSON)', async () => {
    server.script(raw(200, { 'Content-Type': 'text/plain' }, JSON.stringify(permissionSet())));
    await expect(clientOf(server).permissionSets.get(7)).resolves.toEqual(permissionSet());
  });

  it('a DELETE answered 200 with a body instead of 204 still succeeds', async () => {
    server.script(json(200, { ok: true }));
    await expect(clientOf(server).permissionSets.resources(7).delete('r')).resolves.toBeUndefined();
  });

  it('a huge body (a 16 MB description) arrives whole', async () => {
    const big = { ...permissionSet(), description: 'x'.repeat(16 * 1024 * 1024) };
    server.script(json(200, big));
    const set = await patientClientOf(server).permissionSets.get(7);
    expect(set.description).toHaveLength(16 * 1024 * 1024);
    expect(server.requests).toHaveLength(1);
  });

  it('a huge page (20 000 items where 50 were asked for) is taken as one page, then the list ends', async () => {
    const items = Array.from({ length: 20_000 }, (_, i) => permissionSet(i + 1));
    server.script(json(200, items, { 'X-Pagination-Total-Pages': '1' }));
    await expect(patientClientOf(server).permissionSets.list().toArray()).resolves.toHaveLength(20_000);
    expect(server.requests).toHaveLength(1);
  });
});

describe('error statuses with bodies not in the documented shape', () => {
  it('an HTML 502 from a proxy is a ServerError with no code, retried like any 502', async () => {
    server.script(...repeat(4, raw(502, { 'Content-Type': 'text/html' }, HTML)));
    const { error } = await settle(clientOf(server).permissionSets.get(7));
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 502, code: undefined, message: 'HTTP 502' });
    expect(server.requests).toHaveLength(4);
  });

  it('a 404 whose body nests arrays 8,000 deep (16 KB) is a NotFoundError from get(), an error body from raw.GET', async () => {
    // The key at the bottom: scrubbing must reach it without recursing once per level.
    const deep = `${'['.repeat(8_000)}${JSON.stringify(KEY)}${']'.repeat(8_000)}`;
    expect(deep.length).toBeGreaterThan(16_000);
    server.script(raw(404, JSON_TYPE, deep), raw(404, JSON_TYPE, deep));
    const { error } = await settle(clientOf(server).permissionSets.get(7));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, code: undefined, requestId: REQUEST_ID });
    const answer = await clientOf(server).raw.GET('/permission_sets/{id}', { params: { path: { id: 7 } } });
    expect(answer.response.status).toBe(404);
    let bottom: unknown = answer.error;
    while (Array.isArray(bottom)) bottom = bottom[0];
    expect(bottom).toBe('[redacted]');
  });

  it('a 200 whose body nests arrays 8,000 deep is an InvalidResponseError from get() (not the object promised)', async () => {
    server.script(raw(200, JSON_TYPE, `${'['.repeat(8_000)}${']'.repeat(8_000)}`));
    await expectUnusable(clientOf(server).permissionSets.get(7), 200);
  });

  it('an empty 404 is still a NotFoundError', async () => {
    server.script(raw(404, {}));
    const { error } = await settle(clientOf(server).permissionSets.get(7));
    expect(error).toMatchObject({ name: 'NotFoundError', status: 404, requestId: REQUEST_ID });
  });
});

describe('a body that never ends', () => {
  it('the per-attempt timeout covers the body: TimeoutError after 1 + maxRetries sends', async () => {
    server.fallback = trickle(10);
    try {
      const { error } = await settle(clientOf(server, { timeout: 200 }).permissionSets.get(7));
      expect(error).toBeInstanceOf(TimeoutError);
      expect(server.requests).toHaveLength(4);
    } finally {
      server.fallback = json(404, { error: 'not_found' });
    }
  });
});
