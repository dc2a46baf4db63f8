// Property: whatever a hostile server answers (any status, any headers, any body, the key echoed
// anywhere in them, or a broken connection, a malformed response, a body too large), no form of the key
// appears in what the SDK hands back: not in String(e), e.stack, util.inspect(e, { depth: null }) or
// JSON.stringify(e) of any error down the `cause` chain, nor in an error body `civis.raw` answers. Every
// thrown error is a CivisError. For the SDK's methods and `civis.raw` alike.
import type { ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import { type Civis, CivisError } from '@civis-ts/sdk';
import { syncShares } from '@civis-ts/sdk/sync';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import '../src/fast-check-seed.js';
import { clientOf, KEY_FORMS, settle } from '../src/fixtures.js';
import { type HostileServer, type SeenRequest, startHostileServer } from '../src/hostile-server.js';
import { type Reply, resetBeforeResponse } from '../src/replies.js';

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(() => server.stop());

/** The cases run (and reported with the time they took). */
const RUNS = Number(process.env.SECRETS_RUNS ?? 200);

/** A piece of text with a form of the key (as sent, or as the request's Authorization carried it) in it. */
const keyed = (form: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.string({ maxLength: 8 }), form, fc.string({ maxLength: 8 }))
    .map(([before, secret, after]) => before + secret + after);
const secret = fc.constantFrom(...KEY_FORMS, `Basic ${KEY_FORMS[1]}`);
/** The Authorization header as it arrived, echoed: resolved per request. */
const ECHO = '\u0000echo\u0000';
const text = fc.oneof(fc.string({ maxLength: 12 }), keyed(secret), keyed(fc.constant(ECHO)));

/** JSON with the key in values and in field names, at any depth. */
const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(text, tie('value'), { maxKeys: 3 }),
    fc.record({ error: text, errorDescription: text }),
  ),
})).value;

const body = fc.oneof(
  json.map((value) => ({ type: 'application/json', bytes: JSON.stringify(value) })),
  fc.record({ type: text, bytes: text }),
  text.map((t) => ({ type: 'application/json', bytes: `{"error": "${t}` })),
  fc.constant({ type: 'application/json', bytes: '' }),
);

const HEADER_NAMES = [
  'X-Request-Id',
  'Content-Type',
  'WWW-Authenticate',
  'Retry-After',
  'X-Echo',
  'Location',
];

type Answer =
  | { kind: 'http'; status: number; headers: [string, string][]; body: { type: string; bytes: string } }
  | { kind: 'reset' }
  | { kind: 'garbage'; line: string }
  | { kind: 'cut'; body: string };

const answer: fc.Arbitrary<Answer> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('http' as const),
      status: fc.constantFrom(
        200,
        201,
        204,
        301,
        302,
        303,
        307,
        400,
        401,
        403,
        404,
        409,
        422,
        429,
        500,
        502,
        503,
      ),
      headers: fc.array(fc.tuple(fc.constantFrom(...HEADER_NAMES), text), { maxLength: 4 }),
      body,
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'reset' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('garbage' as const), line: text }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut' as const), body: text }) },
);

/** Header values must be Latin-1 without control characters to be sent at all. */
const headerSafe = (value: string) => value.replace(/[^\x20-\x7e]/g, '?');

function play(plan: Answer): Reply {
  return (response: ServerResponse, request: SeenRequest) => {
    const echo = (value: string) => value.split(ECHO).join(String(request.headers.authorization));
    if (plan.kind === 'reset') return resetBeforeResponse(response, request);
    const socket = response.socket;
    if (plan.kind === 'garbage') {
      // Not HTTP: the parser's error carries the bytes it choked on.
      socket?.end(`HTTP/1.1 200 OK\r\nX-Bad: \u0001${headerSafe(echo(plan.line))}\r\n\r\n`);
      return;
    }
    if (plan.kind === 'cut') {
      const bytes = Buffer.from(`{"error":"${echo(plan.body)}"}`);
      response.writeHead(500, {
        'Content-Type': 'application/json',
        'Content-Length': String(bytes.length * 2),
      });
      response.write(bytes, () => response.socket?.resetAndDestroy());
      return;
    }
    const headers: Record<string, string> = { 'Content-Type': headerSafe(echo(plan.body.type)) };
    for (const [name, value] of plan.headers) headers[name] = headerSafe(echo(value));
    response.writeHead(plan.status, headers);
    response.end(plan.status === 204 ? undefined : echo(plan.body.bytes));
  };
}

const CALLS: [string, (civis: Civis) => Promise<unknown>][] = [
  ['get', (c) => c.permissionSets.get(7)],
  ['create', (c) => c.permissionSets.create({ name: 'n' })],
  ['update', (c) => c.permissionSets.update(7, { name: 'n' })],
  ['list', (c) => c.permissionSets.list({ limit: 2 }).toArray()],
  ['share sync', (c) => syncShares(c.permissionSets.shares(7), { users: { 2: 'manage' } })],
  ['raw GET', (c) => c.raw.GET('/permission_sets/{id}', { params: { path: { id: 7 } } })],
  [
    'raw PUT',
    (c) => c.raw.PUT('/permission_sets/{id}', { params: { path: { id: 7 } }, body: { name: 'n' } }),
  ],
  [
    'raw DELETE',
    (c) => c.raw.DELETE('/permission_sets/{id}/resources/{name}', { params: { path: { id: 7, name: 'r' } } }),
  ],
];

/** Every rendering of an error and of each error down its cause chain. */
function renderings(error: unknown): string[] {
  const out: string[] = [];
  for (let at = error, depth = 0; at !== undefined && at !== null && depth < 10; depth++) {
    out.push(String(at), JSON.stringify(at) ?? '', inspect(at, { depth: null }));
    if (at instanceof Error) out.push(at.stack ?? '', at.message);
    at = (at as { cause?: unknown }).cause;
  }
  return out;
}

const leaks = (text: string) => KEY_FORMS.some((form) => text.includes(form));

it(`no form of the key in any error or error body, for ${RUNS} hostile exchanges`, async () => {
  const started = performance.now();
  let thrown = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...CALLS),
      fc.array(answer, { minLength: 1, maxLength: 4 }),
      fc.constantFrom(undefined, 64),
      async ([name, call], plans, maxResponseBytes) => {
        server.reset();
        server.script(...plans.map(play));
        server.fallback = play(plans[plans.length - 1] as Answer);
        const civis = clientOf(server, { maxRetries: 1, backoff: { initial: 0, max: 1 }, maxResponseBytes });
        const { value, error } = await settle(call(civis));
        if (error !== undefined) {
          thrown++;
          expect(error).toBeInstanceOf(CivisError);
        }
        // Only `civis.raw` answers an error body as a value ({ error }); a method's successful value is the
        // service's own data, which may hold anything, and is not scrubbed.
        const answered = name.startsWith('raw')
          ? (value as { error?: unknown } | undefined)?.error
          : undefined;
        const texts = [
          ...renderings(error),
          JSON.stringify(answered) ?? '',
          inspect(answered, { depth: null }),
        ];
        const leak = texts.find(leaks);
        expect(leak, leak?.slice(0, 400)).toBeUndefined();
      },
    ),
    { numRuns: RUNS },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.info(`[hostile] secrets property: ${RUNS} cases (${thrown} threw) in ${seconds} s`);
  expect(thrown).toBeGreaterThan(RUNS / 4);
});
