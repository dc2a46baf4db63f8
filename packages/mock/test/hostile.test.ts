// Hostile traffic against the CLI as users start it (`civis-mock`): random paths, percent-encodings, ids,
// bodies and headers (fast-check, bounded), then a short concurrent run of mixed writes whose end state is
// checked. Every answer is a status below 500 with the service's JSON error body, and the process answers
// at the end.
import { request } from 'node:http';
import { LEVELS, PERMISSION_SET_PAGE_LIMIT } from '@civis-ts/spec/facts';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BASIC } from './helpers.js';
import { type Cli, killChildrenAfterAll, startCli } from './run-cli.js';

killChildrenAfterAll();
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 0), numRuns: Number(process.env.FC_RUNS ?? 40) });

let cli: Cli;
let output = '';
beforeAll(async () => {
  cli = await startCli([]);
  cli.child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk;
  });
});
afterAll(async () => {
  // Alive and answering after everything, and nothing on stderr (a route that threw logs there).
  const response = await fetch(`${cli.url}/permission_sets/1`, { headers: { Authorization: BASIC } });
  expect(response.status).toBe(200);
  expect(cli.child.exitCode).toBeNull();
  expect(output).toBe('');
  cli.child.kill('SIGTERM');
});

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

/** One request exactly as given (raw path, raw headers), over a fresh connection. */
function send(method: string, path: string, headers: Record<string, string>, body?: string | Buffer) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(`${cli.url}${path}`, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: String(response.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A refusal is a 4xx with the service's error body. */
function expectRefusal(answer: Answer, context: string): void {
  expect(answer.status, context).toBeGreaterThanOrEqual(400);
  expect(answer.status, context).toBeLessThan(500);
  expect(answer.contentType, context).toBe('application/json');
  expect(JSON.parse(answer.body), context).toEqual({
    error: expect.any(String),
    errorDescription: expect.any(String),
    code: answer.status,
  });
}

/** Anything but a server error: a success, or a well-formed refusal. */
function expectHandled(answer: Answer, context: string): void {
  expect(answer.status, `${context}: ${answer.body.slice(0, 300)}`).toBeLessThan(500);
  if (answer.status >= 400) expectRefusal(answer, context);
}

/** Header-safe text: printable ASCII. */
const visible = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 60,
});
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const WORDS = ['permission_sets', 'resources', 'shares', 'users', 'groups', 'permissions', 'dependencies'];
const hex = fc.constantFrom(...'0123456789abcdefABCDEF'.split(''));
/** Valid and broken percent-encodings: `%41`, `%ZZ`, a lone `%`, overlong UTF-8, a lone surrogate. */
const percent = fc.oneof(
  fc.tuple(hex, hex).map(([a, b]) => `%${a}${b}`),
  fc.constantFrom('%ZZ', '%', '%4', '%C0%AF', '%ED%A0%80', '%FF', '%E2%82', '%00', '%2F', '%25'),
);
const segment = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.nat({ max: 40 }).map(String),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
  fc
    .array(fc.oneof(percent, fc.constantFrom('a', '1', '.', '-')), { minLength: 1, maxLength: 4 })
    .map((p) => p.join('')),
);

it('answers any path, with any percent-encoding, below 500 and with an error body', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...METHODS),
      fc.array(segment, { minLength: 1, maxLength: 6 }),
      fc.option(fc.array(fc.tuple(segment, segment), { maxLength: 3 })),
      async (method, segments, query) => {
        const search = query ? `?${query.map(([k, v]) => `${k}=${v}`).join('&')}` : '';
        const path = `/${segments.join('/')}${search}`;
        expectHandled(await send(method, path, { Authorization: BASIC }), `${method} ${path}`);
      },
    ),
  );
});

it('takes an id only as a canonical integer within int64', async () => {
  const id = fc.oneof(
    fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String),
    fc.nat({ max: 30 }).map((n) => `0${n}`),
    fc.nat({ max: 30 }).map((n) => `+${n}`),
    fc.integer({ min: 1, max: 400 }).map((n) => '9'.repeat(n)),
    fc.string({ minLength: 1, maxLength: 10 }).map(encodeURIComponent),
    fc.array(percent, { minLength: 1, maxLength: 3 }).map((p) => p.join('')),
  );
  await fc.assert(
    fc.asyncProperty(id, async (raw) => {
      const answer = await send('GET', `/permission_sets/${raw}`, { Authorization: BASIC });
      const canonical = /^[1-9]\d*$/.test(raw) && BigInt(raw) <= 25n;
      if (canonical) expect(answer.status, raw).toBe(200);
      else expectRefusal(answer, raw);
    }),
  );
});

it('answers any body on every write, refuses it without the key, and answers 413 past the cap', async () => {
  const body = fc.oneof(
    fc.jsonValue().map((value) => JSON.stringify(value)),
    fc.string({ maxLength: 200 }),
    fc.constantFrom('', '{', '{"name":', '[]', 'null', '{"name":"x","__proto__":{"a":1}}'),
  );
  const target = fc.constantFrom(
    ['POST', '/permission_sets'],
    ['PUT', '/permission_sets/3'],
    ['PATCH', '/permission_sets/3'],
    ['PUT', '/permission_sets/3/archive'],
    ['PUT', '/permission_sets/3/shares/users'],
    ['POST', '/permission_sets/3/resources'],
    ['PUT', '/permission_sets/3/transfer'],
  );
  const contentType = fc.oneof(
    fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', undefined),
    visible,
  );
  await fc.assert(
    fc.asyncProperty(target, body, contentType, fc.boolean(), async ([method, path], text, type, keyed) => {
      const headers: Record<string, string> = type ? { 'Content-Type': type } : {};
      if (keyed) headers.Authorization = BASIC;
      const answer = await send(method, path, headers, text);
      const context = `${method} ${path} ${type} ${JSON.stringify(text).slice(0, 80)}`;
      expectHandled(answer, context);
      if (!keyed) expectRefusal(answer, context);
    }),
  );
  const big = Buffer.alloc(5 * 1024 * 1024, 'a');
  const tooLarge = await send(
    'POST',
    '/permission_sets',
    { Authorization: BASIC, 'Content-Type': 'application/json' },
    big,
  );
  expect(tooLarge.status).toBe(413);
  expectRefusal(tooLarge, 'a 5 MiB body');
});

it('answers any header values: a wrong or malformed key is a 401, other headers change nothing', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        visible,
        visible.map((s) => `Basic ${s}`),
        visible.map((s) => `Bearer ${s}`),
        visible.map((s) => `${BASIC}${s}`),
      ),
      fc.dictionary(
        // Content-Type is the body test's: a malformed one is refused (422) before the key is looked at.
        fc.constantFrom('Accept', 'X-Forwarded-For', 'Prefer', 'Origin', 'Cookie', 'If-None-Match'),
        visible,
        { maxKeys: 3 },
      ),
      async (authorization, extra) => {
        const answer = await send('GET', '/permission_sets/2', { ...extra, Authorization: authorization });
        if (authorization.trim() === BASIC || authorization.trim() === 'Bearer test-key') {
          expectHandled(answer, authorization);
        } else {
          expect(answer.status, authorization).toBe(401);
          expectRefusal(answer, authorization);
        }
      },
    ),
  );
});

/**
 * The share index's buckets and the level each is read back as. A level the spec adds is put in one of
 * them by the fake's decision (packages/mock/src/routes/wire.ts), and shares a bucket with another, so
 * the writes below grant only these levels: what they check is the index against the grants.
 */
const BUCKETS = [
  ['readers', 'read'],
  ['writers', 'write'],
  ['owners', 'manage'],
] as const;

/** The grants an answer's share index lists, as `kind:id=level` (the owner's implicit manage left out). */
function grants(index: Record<string, unknown>, ownerId: number): string[] {
  const out: string[] = [];
  for (const [bucket, level] of BUCKETS) {
    const entry = index[bucket] as { users: { id: number }[]; groups: { id: number }[] };
    for (const user of entry.users)
      if (!(level === 'manage' && user.id === ownerId)) out.push(`user:${user.id}=${level}`);
    for (const group of entry.groups) out.push(`group:${group.id}=${level}`);
  }
  return out.sort();
}

it('keeps its invariants through concurrent mixed writes: unique ids, counts, share index = grants', async () => {
  const call = async (method: string, path: string, body?: unknown) => {
    const answer = await send(
      method,
      path,
      { Authorization: BASIC, 'Content-Type': 'application/json' },
      body === undefined ? undefined : JSON.stringify(body),
    );
    expect(answer.status, `${method} ${path}: ${answer.body.slice(0, 300)}`).toBeLessThan(300);
    return answer.body ? JSON.parse(answer.body) : undefined;
  };
  const levels = BUCKETS.map(([, level]) => level).filter((level) => LEVELS.includes(level));
  expect(levels.length).toBeGreaterThan(1);
  // Each worker owns the sets it creates, so their end state is known; the workers run at once, and the
  // listing reader alongside them sees the collection change under it.
  const worker = async (w: number) => {
    const expected: {
      id: number;
      name: string;
      archived: boolean;
      resources: string[];
      grants: Map<string, Map<string, string>>;
    }[] = [];
    for (let s = 0; s < 3; s++) {
      const set = (await call('POST', '/permission_sets', { name: `w${w} set ${s}` })) as { id: number };
      const state = {
        id: set.id,
        name: `w${w} set ${s}`,
        archived: false,
        resources: [] as string[],
        grants: new Map<string, Map<string, string>>(),
      };
      expected.push(state);
      const targets = [`/permission_sets/${set.id}`];
      state.grants.set(targets[0] as string, new Map());
      for (let r = 0; r < 2; r++) {
        const name = `w${w}/r${r} %?#`;
        await call('POST', `/permission_sets/${set.id}/resources`, { name });
        state.resources.push(name);
        const target = `/permission_sets/${set.id}/resources/${encodeURIComponent(name)}`;
        targets.push(target);
        state.grants.set(target, new Map());
      }
      for (const [t, target] of targets.entries()) {
        const grantsOf = state.grants.get(target) as Map<string, string>;
        const level = levels[(w + s + t) % levels.length] as string;
        const users = [2 + ((w + t) % 10), 2 + ((w + t + 3) % 10)];
        await call('PUT', `${target}/shares/users`, { userIds: users, permissionLevel: level });
        for (const id of users) grantsOf.set(`user:${id}`, level);
        await call('PUT', `${target}/shares/groups`, {
          groupIds: [1 + ((w + t) % 5)],
          permissionLevel: level,
        });
        grantsOf.set(`group:${1 + ((w + t) % 5)}`, level);
        await call('DELETE', `${target}/shares/users/${users[1]}`);
        grantsOf.delete(`user:${users[1]}`);
      }
      state.name = `w${w} renamed ${s}`;
      await call('PATCH', `/permission_sets/${set.id}`, { name: state.name });
      if (s === 1) {
        state.archived = true;
        await call('PUT', `/permission_sets/${set.id}/archive`, { status: true });
      }
    }
    return expected;
  };
  const reader = async () => {
    for (let page = 1; page <= 6; page++)
      await call('GET', `/permission_sets?archived=all&limit=10&page_num=${page}`);
  };
  const [results] = await Promise.all([
    Promise.all(Array.from({ length: 6 }, (_, w) => worker(w))),
    reader(),
    reader(),
  ]);
  const expected = results.flat();

  // Unique ids and the right count: the seeded 25 plus every set made above, on every page once.
  const listed: { id: number; name: string; archived: boolean }[] = [];
  for (let page = 1; ; page++) {
    const answer = await send(
      'GET',
      `/permission_sets?archived=all&limit=${PERMISSION_SET_PAGE_LIMIT}&page_num=${page}`,
      {
        Authorization: BASIC,
      },
    );
    expect(answer.status).toBe(200);
    const items = JSON.parse(answer.body) as { id: number; name: string; archived: boolean }[];
    if (items.length === 0) break;
    listed.push(...items);
  }
  expect(new Set(expected.map((set) => set.id)).size).toBe(expected.length);
  expect(listed).toHaveLength(25 + expected.length);
  expect(new Set(listed.map((set) => set.id)).size).toBe(listed.length);
  // Each set, its resources and every share index as the writes left them.
  for (const set of expected) {
    const got = listed.find((each) => each.id === set.id);
    expect(got && { name: got.name, archived: got.archived }).toEqual({
      name: set.name,
      archived: set.archived,
    });
    const resources = (await call('GET', `/permission_sets/${set.id}/resources`)) as { name: string }[];
    expect(resources.map((r) => r.name).sort()).toEqual([...set.resources].sort());
    for (const [target, granted] of set.grants) {
      const answer = await call('GET', `${target}/shares`);
      const index = (Array.isArray(answer) ? answer[0] : answer) as Record<string, unknown>;
      const want = [...granted].map(([principal, level]) => `${principal}=${level}`).sort();
      expect(grants(index, 1), target).toEqual(want);
      const count = (kind: string) => want.filter((g) => g.startsWith(kind)).length;
      expect([index.totalUserShares, index.totalGroupShares], target).toEqual([
        count('user') + 1,
        count('group'),
      ]);
    }
  }
});
