// The API key never leaves through an error: not its message, stack, JSON, inspect output, its cause
// chain, a Request or Headers it holds, nor a log line, even when a hostile server echoes the key back.
import { Civis, CivisError } from '@civis-ts/sdk';
import { syncShares } from '@civis-ts/sdk/sync';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { clientOf, KEY, KEY_FORMS, permissionSet, settle } from '../src/fixtures.js';
import { type HostileServer, type SeenRequest, startHostileServer } from '../src/hostile-server.js';
import {
  apiError,
  hang,
  json,
  type Reply,
  raw,
  redirect,
  repeat,
  resetBeforeResponse,
  resetMidBody,
} from '../src/replies.js';
import { forbiddenHolders, leaks, renderings } from '../src/secrets.js';

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(() => server.stop());
beforeEach(() => server.reset());

const authorization = (request: SeenRequest) => String(request.headers.authorization);
/** A server that puts the request's Authorization header everywhere it can in its answer. */
const echo =
  (status: number, type = 'application/json'): Reply =>
  (response, request) =>
    raw(
      status,
      { 'Content-Type': type, 'X-Echo': authorization(request), 'WWW-Authenticate': authorization(request) },
      JSON.stringify({
        error: authorization(request),
        errorDescription: `bad key ${authorization(request)} (${KEY})`,
      }),
    )(response, request);

const echoBroken: Reply = (response, request) =>
  raw(
    200,
    { 'Content-Type': 'application/json' },
    `{"key": "${authorization(request)} ${KEY}`,
  )(response, request);

const output: string[] = [];
beforeEach(() => {
  output.length = 0;
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    vi.spyOn(console, method).mockImplementation(
      (...args: unknown[]) => void output.push(args.map(String).join(' ')),
    );
  }
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: never[]) => {
      output.push(String(chunk));
      return write(chunk as string, ...rest);
    }) as typeof stream.write);
  }
});
afterEach(() => vi.restoreAllMocks());

const scenarios: [string, Reply[], (civis: Civis) => Promise<unknown>][] = [
  ['401 that echoes the key in its body and headers', [echo(401)], (c) => c.permissionSets.get(7)],
  ['403 that echoes the key', [echo(403)], (c) => c.permissionSets.get(7)],
  ['500 that echoes the key as HTML', [echo(500, 'text/html')], (c) => c.permissionSets.get(7)],
  ['429 with an absurd wait', [apiError(429, { 'Retry-After': '99999' })], (c) => c.permissionSets.get(7)],
  ['a 200 of broken JSON echoing the key', [echoBroken], (c) => c.permissionSets.get(7)],
  ['a reset before any byte', repeat(4, resetBeforeResponse), (c) => c.permissionSets.get(7)],
  ['a reset mid-body', repeat(4, resetMidBody(200, permissionSet())), (c) => c.permissionSets.get(7)],
  ['a timeout', repeat(4, hang), (c) => c.permissionSets.get(7, { timeout: 100 })],
  ['a page that fails', [echo(404)], (c) => c.permissionSets.list().toArray()],
  ['bad input', [], (c) => c.permissionSets.get(-1)],
  ['a share sync that fails part-way', [json(200, [shareIndex()]), echo(500)], (c) => syncTwoGroups(c)],
  ['a redirect loop', repeat(30, redirect(307, '/permission_sets/7')), (c) => c.permissionSets.get(7)],
];

function shareIndex() {
  const owner = { users: [{ id: 1, name: 'A' }], groups: [] };
  return {
    readers: { users: [], groups: [] },
    writers: { users: [], groups: [] },
    owners: owner,
    totalUserShares: 1,
    totalGroupShares: 0,
  };
}
function syncTwoGroups(civis: Civis) {
  return syncShares(civis.permissionSets.shares(7), { groups: { 5: 'read', 6: 'write' } });
}

describe.each(scenarios)('%s', (_, replies, call) => {
  it('throws a CivisError in which no form of the key appears, however it is printed', async () => {
    server.script(...replies);
    const { error } = await settle(call(clientOf(server, { timeout: 2_000 })));
    expect(error).toBeInstanceOf(CivisError);
    for (const text of renderings(error)) expect(leaks(text), text.slice(0, 300)).toBe(false);
    expect(forbiddenHolders(error)).toEqual([]);
    expect(output.filter(leaks)).toEqual([]);
  });
});

it('the client object itself does not show the key when inspected or serialised', async () => {
  const { inspect } = await import('node:util');
  const civis = new Civis({ apiKey: KEY, baseUrl: server.url });
  for (const text of [inspect(civis, { depth: 6, showHidden: false }), JSON.stringify(civis) ?? '']) {
    expect(
      KEY_FORMS.some((form) => text.includes(form)),
      text.slice(0, 300),
    ).toBe(false);
  }
});

describe('a non-ASCII key', () => {
  // A server that decodes the Basic token byte by byte reads the key's UTF-8 as Latin-1, and echoes that.
  const key = 'sk-ÄÖÜ-grep-€-7d1e';
  const latin1 = Buffer.from(key, 'utf8').toString('latin1');
  const token = Buffer.from(`${key}:`, 'utf8').toString('base64');
  const echoDecoded: Reply = (response, request) => {
    const decoded = Buffer.from(authorization(request).slice('Basic '.length), 'base64').toString('latin1');
    raw(
      401,
      { 'Content-Type': 'application/json', 'X-Request-Id': decoded.replace(/[^\x20-\x7e]/g, '?') },
      JSON.stringify({ error: 'unauthorized', errorDescription: `unknown key ${decoded.slice(0, -1)}` }),
    )(response, request);
  };

  it('is redacted in the form a server echoes it (its UTF-8 read as Latin-1), as sent and as typed', async () => {
    expect(latin1).not.toBe(key);
    server.script(echoDecoded, echoDecoded);
    const civis = clientOf(server, { apiKey: key });
    const { error } = await settle(civis.permissionSets.get(7));
    expect(error).toBeInstanceOf(CivisError);
    expect((error as Error).message).toBe('unknown key [redacted]');
    const answer = await civis.raw.GET('/permission_sets/{id}', { params: { path: { id: 7 } } });
    expect(JSON.stringify(answer.error)).toContain('[redacted]');
    for (const text of [...renderings(error), JSON.stringify(answer.error)]) {
      for (const form of [key, latin1, token]) expect(text.includes(form), text.slice(0, 300)).toBe(false);
    }
  });
});

describe('a key echoed percent-encoded', () => {
  // A key with characters a URL must encode (`/`, `+`, `=`, as base64-like keys have), and its token,
  // echoed the way a server puts them in a URL it answers with (a login link, a Location): with the
  // upper-case hex encodeURIComponent writes, or the lower-case hex (`%2f`) of a server that re-encodes it.
  const key = 'sk/HOSTILE+grep=me/7d1e9';
  const token = Buffer.from(`${key}:`, 'utf8').toString('base64');
  const upper = (text: string) => encodeURIComponent(text);
  const lower = (text: string) => upper(text).replace(/%../g, (hex) => hex.toLowerCase());

  it.each([
    ['upper-case hex', upper],
    ['lower-case hex (`%2f`)', lower],
  ])(
    'is redacted in that form too (%s), in the errors of the SDK and the error bodies of civis.raw',
    async (_, encode) => {
      const encoded = [encode(key), encode(token)];
      expect(encoded.every((form) => !form.includes(key) && !form.includes(token))).toBe(true);
      // The two cases differ: the key and the token hold characters whose escapes have letters (`%2F`).
      expect([lower(key), lower(token)]).not.toEqual([upper(key), upper(token)]);
      const echoEncoded: Reply = (response, request) => {
        const link = `https://login.example.test/?key=${encode(key)}&auth=${encode(authorization(request))}`;
        raw(
          401,
          { 'Content-Type': 'application/json', 'X-Request-Id': `id-${encode(key)}` },
          JSON.stringify({ error: 'unauthorized', errorDescription: `sign in at ${link}` }),
        )(response, request);
      };
      server.script(echoEncoded, echoEncoded);
      const civis = clientOf(server, { apiKey: key });
      const { error } = await settle(civis.permissionSets.get(7));
      expect(error).toBeInstanceOf(CivisError);
      expect((error as Error).message).toBe(
        'sign in at https://login.example.test/?key=[redacted]&auth=Basic%20[redacted]',
      );
      expect((error as { requestId?: string }).requestId).toBe('id-[redacted]');
      const answer = await civis.raw.GET('/permission_sets/{id}', { params: { path: { id: 7 } } });
      expect(JSON.stringify(answer.error)).toContain('key=[redacted]');
      for (const text of [...renderings(error), JSON.stringify(answer.error)]) {
        for (const form of [key, token, ...encoded])
          expect(text.includes(form), text.slice(0, 300)).toBe(false);
      }
    },
  );
});
