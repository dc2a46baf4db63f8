// The official Python client against `civis-mock` as users start it (the built CLI, Prism validating): the
// 25 requests civis-python 2.9.1 sends, recorded at a plain listener (fixtures/civis-python-requests.json,
// a copy of the reference recording), replayed byte for byte. Each must get the success status, a body the
// spec allows, and the state change the call means. Then: a chunked body works like a plain one, and the
// requests our own clients would never send still meet Prism's full strictness.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { PermissionSet, PermissionSetResource, ShareIndex } from '@civis-ts/client';
import { resolve } from '@civis-ts/spec/walk';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../src/index.js';
import { matchRoute } from '../src/router.js';
import { specDocument } from '../src/spec.js';
import { BASIC } from './helpers.js';

interface Recorded {
  method_of_client: string;
  method: string;
  target: string;
  headers: Record<string, string>;
  body: string | null;
}

const RECORDING = JSON.parse(
  readFileSync(fileURLToPath(new URL('./fixtures/civis-python-requests.json', import.meta.url)), 'utf8'),
) as { requests: Recorded[] };
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: unknown;
}

/** Sends exactly this request (fetch refuses a body on GET); `chunked` sends the body in two chunks. */
function send(base: string, recorded: Recorded, chunked = false): Promise<Answer> {
  const headers: Record<string, string> = {
    ...recorded.headers,
    Authorization: recorded.headers.Authorization?.replace('<key>', BASIC.slice('Basic '.length)) ?? '',
  };
  const body = recorded.body === null ? undefined : Buffer.from(recorded.body);
  if (body && !chunked) headers['Content-Length'] = String(body.length);
  if (body && chunked) headers['Transfer-Encoding'] = 'chunked';
  return new Promise((resolve, reject) => {
    const url = new URL(base);
    const outgoing = httpRequest(
      { host: url.hostname, port: url.port, method: recorded.method, path: recorded.target, headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text, json });
        });
      },
    );
    outgoing.on('error', reject);
    if (body && chunked) {
      const half = Math.floor(body.length / 2);
      outgoing.write(body.subarray(0, half));
      outgoing.end(body.subarray(half));
    } else {
      outgoing.end(body);
    }
  });
}

// Answers checked against the spec here too, not only by Prism: the suite must not trust what it tests.
const ajv = new Ajv2020({ strict: false, validateFormats: false, validateSchema: false });
ajv.addSchema(specDocument(), 'openapi.json');
const absolutize = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(absolutize);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#')
        ? `openapi.json${value}`
        : absolutize(value),
    ]),
  );
};
type Json = Record<string, unknown>;

function expectSpecBody(recorded: Recorded, answer: Answer): void {
  const path = recorded.target.split('?')[0] as string;
  const { operation } = matchRoute(recorded.method, path.length > 1 ? path.replace(/\/$/, '') : path);
  const paths = specDocument().paths as Record<string, Json>;
  const item = paths[operation.template] as Record<string, Json>;
  const responses = item[recorded.method.toLowerCase()]?.responses as Json;
  const response = resolve(specDocument(), responses[String(answer.status)]);
  const schema = (response.content as Record<string, Json> | undefined)?.['application/json']?.schema;
  if (schema === undefined) {
    expect(answer.text, `${operation.operationId} ${answer.status} has no body`).toBe('');
    return;
  }
  const validate = ajv.compile(absolutize(schema) as object);
  expect(validate(answer.json), `${operation.operationId}: ${ajv.errorsText(validate.errors)}`).toBe(true);
}

let child: ChildProcess;
let base: string;

beforeAll(async () => {
  const port = await freePort();
  child = spawn(process.execPath, [CLI, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  base = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1] as string);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`civis-mock exited with ${code}: ${output}`)));
  });
});
afterAll(async () => {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
});

/** A camelCase call of our own, as the SDK would make it; it must reach Prism unchanged. */
async function api<T = PermissionSet>(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; data: T }> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { Authorization: BASIC, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.headers.get('x-civis-mock-normalised'), `${method} ${path} was changed`).toBeNull();
  const text = await response.text();
  return { status: response.status, data: text ? JSON.parse(text) : undefined };
}

const SET = '/permission_sets/7';
const RESOURCE = `${SET}/resources/voter%20file%202024`;
const ids = (entries: { id: number }[]) => entries.map((entry) => entry.id);
/** Every user and group id in a share list (an array of share indexes), by level. */
async function sharesOf(path: string) {
  const { status, data } = await api<ShareIndex[]>('GET', `${path}/shares`);
  expect(status).toBe(200);
  const at = (level: 'readers' | 'writers' | 'owners', kind: 'users' | 'groups') =>
    data.flatMap((index) => ids(index[level][kind]));
  return { at };
}

// What each call means, checked on the state afterwards through our own calls. `status` is the success
// status the service answers (notes: post 201, delete 204, everything else 200).
const EXPECT: Record<string, { status: number; state?: (answer: Answer) => Promise<void> }> = {
  list: {
    status: 200,
    state: async (answer) => {
      expect(answer.headers['x-pagination-current-page']).toBe('2');
      for (const set of answer.json as { author: { id: number } }[]) expect([1, 2]).toContain(set.author.id);
    },
  },
  post: {
    status: 201,
    state: async (answer) => {
      const { data } = await api('GET', `/permission_sets/${(answer.json as { id: number }).id}`);
      expect(data).toMatchObject({ name: 'n', description: 'd' });
    },
  },
  get: { status: 200, state: async (answer) => expect(answer.json).toMatchObject({ id: 7 }) },
  put: {
    status: 200,
    state: async () => expect((await api('GET', SET)).data).toMatchObject({ name: 'n', description: 'd' }),
  },
  patch: { status: 200, state: async () => expect((await api('GET', SET)).data.description).toBe('d') },
  list_shares: { status: 200, state: async (answer) => expect(Array.isArray(answer.json)).toBe(true) },
  put_shares_users: {
    status: 200,
    state: async () =>
      expect((await sharesOf(SET)).at('readers', 'users')).toEqual(expect.arrayContaining([2, 3])),
  },
  delete_shares_users: {
    status: 204,
    state: async () => {
      const shares = await sharesOf(SET);
      expect([...shares.at('readers', 'users'), ...shares.at('writers', 'users')]).not.toContain(2);
      expect(shares.at('readers', 'users')).toContain(3);
    },
  },
  put_shares_groups: {
    status: 200,
    state: async () => expect((await sharesOf(SET)).at('writers', 'groups')).toContain(4),
  },
  delete_shares_groups: {
    status: 204,
    state: async () => expect((await sharesOf(SET)).at('writers', 'groups')).not.toContain(4),
  },
  list_dependencies: { status: 200, state: async (answer) => expect(Array.isArray(answer.json)).toBe(true) },
  put_transfer: {
    status: 200,
    state: async () => expect((await api('GET', SET)).data.author.id).toBe(2),
  },
  put_archive: {
    status: 200,
    state: async () => expect(String((await api('GET', SET)).data.archived)).toBe('true'),
  },
  list_users_permissions: {
    status: 200,
    state: async (answer) => expect(Array.isArray(answer.json)).toBe(true),
  },
  list_resources: {
    status: 200,
    state: async (answer) => {
      const names = (answer.json as { name: string }[]).map((resource) => resource.name);
      expect(names).toEqual([...names].sort().reverse());
    },
  },
  post_resources: {
    status: 201,
    state: async () =>
      expect((await api<PermissionSetResource>('GET', RESOURCE)).data).toMatchObject({
        name: 'voter file 2024',
      }),
  },
  get_resources: {
    status: 200,
    state: async (answer) => expect(answer.json).toMatchObject({ permissionSetId: 7 }),
  },
  patch_resources: {
    status: 200,
    state: async () =>
      expect((await api<PermissionSetResource>('GET', RESOURCE)).data.description).toBe('d2'),
  },
  list_resources_shares: {
    status: 200,
    state: async (answer) => expect(Array.isArray(answer.json)).toBe(true),
  },
  put_resources_shares_users: {
    status: 200,
    state: async () => expect((await sharesOf(RESOURCE)).at('owners', 'users')).toContain(2),
  },
  delete_resources_shares_users: {
    status: 204,
    state: async () => expect((await sharesOf(RESOURCE)).at('owners', 'users')).not.toContain(2),
  },
  put_resources_shares_groups: {
    status: 200,
    state: async () => expect((await sharesOf(RESOURCE)).at('readers', 'groups')).toContain(4),
  },
  delete_resources_shares_groups: {
    status: 204,
    state: async () => expect((await sharesOf(RESOURCE)).at('readers', 'groups')).not.toContain(4),
  },
  delete_resources: { status: 204, state: async () => expect((await api('GET', RESOURCE)).status).toBe(404) },
  'list(iterator=True)': {
    status: 200,
    state: async (answer) => expect(Array.isArray(answer.json)).toBe(true),
  },
};

// The recording has one request per method, not a session: the resource is deleted last, after its shares.
const ORDER = [
  ...RECORDING.requests.filter((r) => r.method_of_client !== 'delete_resources'),
  ...RECORDING.requests.filter((r) => r.method_of_client === 'delete_resources'),
];

describe('the 25 recorded requests of civis-python 2.9.1, replayed against the civis-mock CLI', () => {
  it('are all here, one per method of the client', () => {
    expect(ORDER).toHaveLength(25);
    expect(Object.keys(EXPECT).sort()).toEqual(ORDER.map((r) => r.method_of_client).sort());
  });

  it.each(ORDER.map((recorded) => [recorded.method_of_client, recorded] as const))(
    '%s',
    async (name, recorded) => {
      const expected = EXPECT[name] as (typeof EXPECT)[string];
      const answer = await send(base, recorded);
      expect(answer.status, answer.text).toBe(expected.status);
      expect(answer.headers['sl-violations']).toBeUndefined();
      expectSpecBody(recorded, answer);
      await expected.state?.(answer);
    },
  );
});

describe('through the front, as through the service', () => {
  const byName = (name: string) => RECORDING.requests.find((r) => r.method_of_client === name) as Recorded;

  it('a chunked body works like a plain one', async () => {
    const { data } = await api('POST', '/permission_sets', { name: 'chunked' });
    const shareUsers = { ...byName('put_shares_users'), target: `/permission_sets/${data.id}/shares/users` };
    const answer = await send(base, shareUsers, true);
    expect(answer.status, answer.text).toBe(200);
    expect((await sharesOf(`/permission_sets/${data.id}`)).at('readers', 'users')).toEqual([2, 3]);
    const getSet = { ...byName('get'), target: `/permission_sets/${data.id}` };
    expect((await send(base, getSet, true)).status).toBe(200);
  });

  it('a chunked body past the cap is answered 413 with the error body, and not kept', async () => {
    const big = {
      ...byName('post'),
      body: JSON.stringify({ name: 'n', description: 'x'.repeat(5 * 1024 * 1024) }),
    };
    const answer = await send(base, big, true);
    expect([answer.status, answer.json]).toEqual([
      413,
      { error: 'payload_too_large', errorDescription: expect.any(String), code: 413 },
    ]);
  });

  it('the trailing slash of the list path is the list', async () => {
    const answer = await send(base, {
      ...byName('list(iterator=True)'),
      target: '/permission_sets/?page_num=1',
    });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual((await api('GET', '/permission_sets?page_num=1')).data);
  });

  it('says what it changed, and changes nothing in our own camelCase calls', async () => {
    const answer = await send(base, byName('put_transfer'));
    expect(answer.headers['x-civis-mock-normalised']).toContain('user_id as userId');
    const own = await api('PUT', '/permission_sets/8/shares/users', {
      userIds: [2],
      permissionLevel: 'read',
    });
    expect(own.status).toBe(200);
  });

  // What the front does not make right reaches Prism as sent, and Prism refuses it as before.
  const refused: [string, Recorded][] = [
    [
      'an unknown snake_case key',
      {
        ...byName('put_shares_groups'),
        body: '{"group_ids": [4], "permission_level": "read", "bogus_key": 1}',
      },
    ],
    [
      'a snake_case key next to its camelCase form',
      {
        ...byName('put_shares_groups'),
        body: '{"group_ids": [4], "groupIds": [4], "permissionLevel": "read"}',
      },
    ],
    [
      'a camelCase body that breaks the spec',
      { ...byName('put_shares_groups'), body: '{"groupIds": [], "permissionLevel": "read"}' },
    ],
    [
      'a snake_case body that breaks the spec',
      { ...byName('put_shares_groups'), body: '{"group_ids": [4], "permission_level": "own"}' },
    ],
    ['a non-empty body on a GET', { ...byName('get'), body: '{"a": 1}' }],
  ];
  it.each(refused)('%s is refused by Prism with 422 and what is wrong', async (_, recorded) => {
    const answer = await send(base, recorded);
    expect(answer.status, answer.text).toBe(422);
    expect(answer.headers['content-type']).toBe('application/problem+json');
    expect(answer.json).toMatchObject({
      type: expect.stringContaining('UNPROCESSABLE_ENTITY'),
      validation: expect.arrayContaining([expect.objectContaining({ severity: 'Error' })]),
    });
  });

  it('a body that is not JSON is refused with 422 and the error body', async () => {
    const answer = await send(base, { ...byName('put_archive'), body: 'status=true' });
    expect([answer.status, answer.json]).toEqual([
      422,
      { error: 'invalid', errorDescription: expect.any(String), code: 422 },
    ]);
  });
});
