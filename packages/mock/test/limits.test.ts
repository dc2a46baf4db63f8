// The limits a real service has: the key checked before a byte of
// the body is read, a body cap, ids taken only as canonical integers, a bounded request log, and sorted
// lists that follow every write while paging costs no sort per page.
import { request } from 'node:http';
import { PERMISSION_SET_PAGE_LIMIT } from '@civis-ts/spec/facts';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { type RunningMock, startMock } from '../src/index.js';
import { BASIC } from './helpers.js';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ maxBodyBytes: 1024, requestLog: 5 });
});
afterAll(() => mock?.stop());
beforeEach(() => {
  mock.state.reset();
  mock.requests.length = 0;
});

const errorBody = (code: number, error: string) => ({ error, errorDescription: expect.any(String), code });

async function get(path: string, authorization: string | undefined = BASIC) {
  const response = await fetch(`${mock.url}${path}`, {
    headers: authorization === undefined ? {} : { Authorization: authorization },
  });
  return { status: response.status, body: await response.json().catch(() => undefined) };
}

it('refuses credentials with anything around them: trailing garbage, a second token, a bad encoding', async () => {
  const basic = Buffer.from('test-key:').toString('base64');
  for (const authorization of [
    `${BASIC}xx`,
    `${BASIC}=`,
    `${BASIC} extra`,
    `Basic  ${basic}`,
    `Basic ${Buffer.from('test-key: ').toString('base64')}`,
    `Basic ${Buffer.from('test-key:x').toString('base64')}`,
    'Bearer test-key extra',
    'Bearer  test-key',
    'Bearertest-key',
    'Token test-key',
  ]) {
    expect(await get('/permission_sets/1', authorization), authorization).toEqual({
      status: 401,
      body: errorBody(401, 'unauthorized'),
    });
  }
  expect((await get('/permission_sets/1', 'Bearer test-key')).status).toBe(200);
  expect((await get('/permission_sets/1', `basic ${basic}`)).status).toBe(200);
});

it('takes ids as the service does: canonical integers within int64, else 422', async () => {
  for (const id of [
    '00001',
    '01',
    '+1',
    '1.0',
    '1e3',
    '-0',
    ' 1',
    '0x1',
    '9'.repeat(400),
    '9223372036854775808',
  ]) {
    expect(await get(`/permission_sets/${encodeURIComponent(id)}`), id).toEqual({
      status: 422,
      body: errorBody(422, 'invalid'),
    });
  }
  // Within range but no such set: a 404, not a set found by a rounded number.
  expect((await get('/permission_sets/9223372036854775807')).status).toBe(404);
  expect((await get('/permission_sets/1')).status).toBe(200);
  expect((await get('/permission_sets?limit=050')).status).toBe(422);
});

/** A raw request, so the test controls the body's size and framing; resolves with the status. */
function send(options: { authorization?: string; length?: number; chunks: number; chunkSize: number }) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (options.authorization) headers.Authorization = options.authorization;
    if (options.length !== undefined) headers['Content-Length'] = String(options.length);
    const req = request(`${mock.url}/permission_sets`, { method: 'POST', headers }, (response) => {
      let body = '';
      response.on('data', (chunk) => {
        body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    const chunk = Buffer.alloc(options.chunkSize, 'a');
    let sent = 0;
    const write = () => {
      while (sent < options.chunks) {
        sent += 1;
        if (!req.write(chunk)) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

it('answers 401 to an unauthenticated body without reading it, and 413 past the cap', async () => {
  // 8 MiB without credentials: refused on the headers alone.
  const refused = await send({ chunks: 128, chunkSize: 65_536, length: 128 * 65_536 });
  expect(refused.status).toBe(401);
  expect(JSON.parse(refused.body)).toEqual(errorBody(401, 'unauthorized'));
  // Declared too long: 413 from the headers; chunked (no length): 413 once the cap is passed.
  for (const length of [2048, undefined]) {
    const tooLong = await send({
      authorization: BASIC,
      chunks: 64,
      chunkSize: 1024,
      length: length && 64 * 1024,
    });
    expect(tooLong.status, String(length)).toBe(413);
    expect(JSON.parse(tooLong.body)).toEqual(errorBody(413, 'payload_too_large'));
  }
  // The connection and the fake are fine afterwards, and a body within the cap is read.
  const created = await fetch(`${mock.url}/permission_sets`, {
    method: 'POST',
    headers: { Authorization: BASIC, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'x'.repeat(200) }),
  });
  expect(created.status).toBe(201);
});

it('keeps only the last requestLog requests', async () => {
  for (let i = 1; i <= 12; i++) await get(`/permission_sets/${i}`);
  expect(mock.requests.map((r) => r.path)).toEqual([8, 9, 10, 11, 12].map((i) => `/permission_sets/${i}`));
});

it('keeps no log with requestLog 0, and refuses nonsense limits', async () => {
  const quiet = await startMock({ requestLog: 0 });
  try {
    await fetch(`${quiet.url}/permission_sets`, { headers: { Authorization: BASIC } });
    expect(quiet.requests).toEqual([]);
  } finally {
    await quiet.stop();
  }
  for (const options of [{ requestLog: -1 }, { maxBodyBytes: 1.5 }, { port: 70_000 }]) {
    await expect(startMock({ ...options })).rejects.toThrow(RangeError);
  }
});

it('lists follow every write between pages (the sorted list is kept only until the state changes)', async () => {
  const names = async (query: string) =>
    (
      (await get(`/permission_sets?archived=all&limit=${PERMISSION_SET_PAGE_LIMIT}&${query}`)).body as {
        name: string;
      }[]
    ).map((set) => set.name);
  const before = await names('order=name&order_dir=asc');
  await fetch(`${mock.url}/permission_sets/1`, {
    method: 'PATCH',
    headers: { Authorization: BASIC, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: '0 first by name' }),
  });
  const after = await names('order=name&order_dir=asc');
  expect(after[0]).toBe('0 first by name');
  expect(after).toHaveLength(before.length);
  // Newest change first by default: the set just renamed leads.
  expect(((await get('/permission_sets?archived=all')).body as { id: number }[])[0]?.id).toBe(1);
  // A deleted resource leaves its list at once.
  const [resource] = (await get('/permission_sets/2/resources')).body as { name: string }[];
  if (resource) {
    await fetch(`${mock.url}/permission_sets/2/resources/${encodeURIComponent(resource.name)}`, {
      method: 'DELETE',
      headers: { Authorization: BASIC },
    });
    const left = (await get('/permission_sets/2/resources')).body as { name: string }[];
    expect(left.map((r) => r.name)).not.toContain(resource.name);
  }
  // Bulk fixtures and reset() too.
  mock.state.addPermissionSets(3);
  expect((await get(`/permission_sets?archived=all&limit=${PERMISSION_SET_PAGE_LIMIT}`)).body).toHaveLength(
    28,
  );
  mock.state.reset();
  expect((await get(`/permission_sets?archived=all&limit=${PERMISSION_SET_PAGE_LIMIT}`)).body).toHaveLength(
    25,
  );
});

it('answers an endless chunked body at once (a wrong key on its headers, or past the cap)', async () => {
  for (const authorization of ['Bearer wrong-key', BASIC]) {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${mock.url}/permission_sets`, {
        method: 'POST',
        headers: {
          Authorization: authorization,
          'Content-Type': 'application/json',
          'Transfer-Encoding': 'chunked',
        },
      });
      // A body that never ends: a chunk every few milliseconds until the answer comes.
      const timer = setInterval(() => req.write('{"name":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}'), 5);
      req.on('response', (response) => {
        clearInterval(timer);
        resolve(response.statusCode ?? 0);
        response.resume();
        req.destroy();
      });
      req.on('error', (error) => {
        clearInterval(timer);
        reject(error);
      });
    });
    expect(status, authorization).toBe(authorization === BASIC ? 413 : 401);
  }
});
