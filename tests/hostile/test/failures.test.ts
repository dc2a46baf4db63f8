// Failures as they come off a real network stack: a refused port, a certificate nobody trusts, a body
// too large to read, a redirect without a usable Location, many calls sharing one signal. Each ends in
// a CivisError that says what failed where, and is retried only when another try could succeed.
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createServer as createNetServer } from 'node:net';
import { CivisValidationError, ConnectionError, InvalidResponseError } from '@civis-ts/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clientOf, KEY, permissionSet, settle } from '../src/fixtures.js';
import { type HostileServer, startHostileServer } from '../src/hostile-server.js';
import { json, type Reply, raw, redirect } from '../src/replies.js';

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer(json(200, permissionSet()));
});
afterAll(() => server.stop());
beforeEach(() => server.reset());

async function closedPort(): Promise<number> {
  const probe = createNetServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => probe.once('listening', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('connection errors', () => {
  it('name the method, the URL and the system code, and are retried for a GET', async () => {
    const port = await closedPort();
    const civis = clientOf({ url: `http://127.0.0.1:${port}` } as HostileServer, { maxRetries: 2 });
    const retries: number[] = [];
    const { error } = await settle(civis.permissionSets.get(7, { onRetry: (e) => retries.push(e.attempt) }));
    expect(error).toBeInstanceOf(ConnectionError);
    const failure = error as ConnectionError;
    expect(failure.code).toBe('ECONNREFUSED');
    expect(failure.method).toBe('GET');
    expect(failure.url).toBe(`http://127.0.0.1:${port}/permission_sets/7`);
    expect(failure.message).toMatch(
      new RegExp(`^GET http://127\\.0\\.0\\.1:${port}/permission_sets/7 failed: .*ECONNREFUSED`),
    );
    expect(retries).toEqual([1, 2]);
  });

  it('a certificate the system does not trust fails once, not four times, and says why', async () => {
    const dir = new URL('../fixtures/', import.meta.url);
    let handshakes = 0;
    const tls = createHttpsServer(
      {
        key: readFileSync(new URL('self-signed.key', dir)),
        cert: readFileSync(new URL('self-signed.crt', dir)),
      },
      (_, response) => response.end('{}'),
    );
    tls.on('connection', () => handshakes++);
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = tls.address() as AddressInfo;
      const civis = clientOf({ url: `https://localhost:${port}` } as HostileServer);
      const { error } = await settle(civis.permissionSets.get(7));
      expect(error).toBeInstanceOf(ConnectionError);
      expect((error as ConnectionError).code).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
      expect((error as Error).message).toMatch(/self-signed certificate/);
      expect(handshakes).toBe(1);
    } finally {
      tls.closeAllConnections();
      await new Promise((resolve) => tls.close(resolve));
    }
  });
});

describe('maxResponseBytes', () => {
  /** A 200 that never ends: only a client that stops reading can finish the call. */
  const endless: Reply = (response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (response.write(chunk)) {}
    };
    response.on('drain', pump);
    response.write('[');
    pump();
  };

  it('ends an endless body at the limit with an InvalidResponseError, not retried', async () => {
    server.script(endless);
    const { error } = await settle(clientOf(server, { maxResponseBytes: 1_000_000 }).permissionSets.get(7));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/larger than maxResponseBytes \(1000000\)/);
    expect(server.requests).toHaveLength(1);
  });

  it('refuses a body over the limit given to one call (a list page), with its declared length', async () => {
    server.script(
      raw(200, { 'Content-Type': 'application/json', 'Content-Length': '2000' }, `[${' '.repeat(1998)}]`),
    );
    const { error } = await settle(
      clientOf(server).permissionSets.list({}, { maxResponseBytes: 1_000 }).toArray(),
    );
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(server.requests).toHaveLength(1);
  });

  it('reads a body at the limit', async () => {
    const body = JSON.stringify(permissionSet());
    server.script(json(200, permissionSet()));
    await expect(
      clientOf(server, { maxResponseBytes: Buffer.byteLength(body) }).permissionSets.get(7),
    ).resolves.toEqual(permissionSet());
  });
});

describe('redirects', () => {
  it.each(['http://[not-a-host', 'http://127.0.0.1:99999/x'])(
    'a Location that is not a URL (%s) is an InvalidResponseError, not a TypeError',
    async (location) => {
      server.script(redirect(302, location));
      const { error } = await settle(clientOf(server).permissionSets.get(7));
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as Error).message).toMatch(/Location/);
      expect(server.requests).toHaveLength(1);
    },
  );
});

describe('path segments', () => {
  it.each(['..', '.'])('civis.raw refuses a %s name instead of sending it to another route', async (name) => {
    const { error } = await settle(
      clientOf(server).raw.PUT('/permission_sets/{id}/resources/{name}/shares/users', {
        params: { path: { id: 1, name } },
        body: { userIds: [2], permissionLevel: 'manage' },
      }),
    );
    expect(error).toBeInstanceOf(CivisValidationError);
    expect((error as CivisValidationError).field).toBe('name');
    expect(server.requests).toEqual([]);
  });

  it('civis.raw refuses a missing path parameter instead of sending "undefined"', async () => {
    const params = { path: {} } as { path: { id: number } };
    const { error } = await settle(clientOf(server).raw.GET('/permission_sets/{id}', { params }));
    expect(error).toBeInstanceOf(CivisValidationError);
    expect(server.requests).toEqual([]);
  });
});

describe('one signal shared by many calls', () => {
  it('prints no MaxListenersExceededWarning, and still aborts them all', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      server.fallback = (response, request) =>
        json(200, request.url.includes('?') ? [permissionSet()] : permissionSet())(response, request);
      const civis = clientOf(server);
      const controller = new AbortController();
      const { signal } = controller;
      await Promise.all(Array.from({ length: 50 }, () => civis.permissionSets.get(7, { signal })));
      await Promise.all(
        Array.from({ length: 30 }, () => civis.permissionSets.list({}, { signal }).toArray()),
      );
      server.fallback = (response) => void setTimeout(() => response.end(), 5_000);
      const pending = Array.from({ length: 30 }, () => settle(civis.permissionSets.get(7, { signal })));
      await new Promise((resolve) => setTimeout(resolve, 100));
      controller.abort(new Error('enough'));
      const results = await Promise.all(pending);
      expect(results.map((r) => (r.error as Error)?.message)).toEqual(Array(30).fill('enough'));
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).toEqual([]);
    } finally {
      process.off('warning', onWarning);
      server.fallback = json(200, permissionSet());
    }
  });
});

it('the key in a baseUrl is refused before any request, and not repeated', () => {
  const url = new URL(server.url);
  url.username = KEY;
  const { error } = (() => {
    try {
      clientOf({ url: url.href } as HostileServer);
      return {};
    } catch (caught) {
      return { error: caught };
    }
  })();
  expect(error).toBeInstanceOf(CivisValidationError);
  expect(String(error)).not.toContain(KEY);
  expect(server.requests).toEqual([]);
});
