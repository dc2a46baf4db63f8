// Every option of every command reaches the wire. Each command runs once with all of its options, through
// a recording proxy in front of the mock, and every option's value must be found in what was sent: the
// spec's query parameter, body field or path segment. A parameter the spec gains becomes an option by
// `pnpm generate`; this fails until the command's handler sends it (the lesson of a spec parameter that
// never reached the SDK).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningMock } from '@civis-ts/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArgumentSpec } from '../src/command-spec.js';
import { COMMANDS } from '../src/generated/commands.js';
import { REGISTRY } from '../src/registry.js';
import { API_KEY, civisTs, endpointOf, useMock } from './helpers.js';

interface Sent {
  method: string;
  segments: string[];
  query: URLSearchParams;
  body: Record<string, unknown> | undefined;
}

const context = useMock();
let mock: RunningMock;
let proxy: Server;
let proxyUrl: string;
const sent: Sent[] = [];

beforeAll(async () => {
  mock = context.mock;
  proxy = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(request.url ?? '/', 'http://proxy');
    sent.push({
      method: request.method ?? '',
      segments: url.pathname.split('/').map(decodeURIComponent),
      query: url.searchParams,
      body: body.length > 0 ? JSON.parse(body.toString('utf8')) : undefined,
    });
    // On to the mock as sent (through Prism in the `through prism` project), Content-Type included.
    const type = request.headers['content-type'];
    const answer = await fetch(`${endpointOf(mock)}${request.url}`, {
      method: request.method,
      headers: {
        authorization: request.headers.authorization ?? '',
        ...(type ? { 'content-type': type } : {}),
      },
      body: body.length > 0 ? body : undefined,
    });
    const headers = Object.fromEntries(
      [...answer.headers].filter(
        ([name]) => !['content-length', 'transfer-encoding', 'connection'].includes(name),
      ),
    );
    response.writeHead(answer.status, headers).end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

/** Existing ids to send: a user who is neither the caller nor set 1's author, and a group. */
interface Ids {
  user: number;
  group: number;
}

/** A value the spec allows, distinct enough to be recognised on the wire. */
function sample(command: string, arg: ArgumentSpec, ids: Ids): { argv: string[]; value: unknown } {
  const flag = `--${arg.name}`;
  if (arg.type === 'boolean') return { argv: [flag], value: true };
  if (arg.type === 'integer' || arg.type === 'integers') {
    const id = arg.name === 'groups' ? ids.group : ids.user;
    const n = Math.min(Math.max(id, arg.minimum ?? id), arg.maximum ?? id);
    return { argv: [flag, String(n)], value: arg.type === 'integers' ? [n] : n };
  }
  let text = arg.enum ? (arg.enum.at(-1) as string) : `wire-${command.replace(/ /g, '-')}-${arg.name}`;
  // Within the spec's lengths (a field the spec gains may allow only a few characters): still distinct,
  // as a value is looked for under its own name on the wire.
  if (!arg.enum) text = text.slice(0, arg.maxLength).padEnd(arg.minLength ?? 0, 'x');
  // A string of ids (the author filter).
  if (arg.pattern && !new RegExp(arg.pattern, 'u').test(text)) text = String(ids.user);
  return { argv: [flag, text], value: text };
}

/** Whether a request carried the value: as its query parameter, its body field, or a path segment. */
function carries(request: Sent, arg: ArgumentSpec, value: unknown): boolean {
  const text = Array.isArray(value) ? value.join(',') : String(value);
  if (arg.in === 'body' && request.body && arg.field in request.body)
    return JSON.stringify(request.body[arg.field]) === JSON.stringify(value);
  return request.query.get(arg.field) === text || request.segments.at(-1) === text;
}

const show = (request: Sent) =>
  `${request.method} ${request.segments.join('/')}?${request.query} ${JSON.stringify(request.body ?? null)}`;

// The commands that run spec operations: the generated ones, `archive` split in two (`unarchive`), whose
// fixed value is checked on the wire as an option's is.
const RUNNING = REGISTRY.filter((command) => command.operations.length > 0);

describe('every option of every command reaches the wire', () => {
  it('covers every generated option, as an option or a fixed value', () => {
    for (const spec of COMMANDS) {
      for (const option of spec.options) {
        const covered = RUNNING.some(
          (c) =>
            (c.runs ?? c.id) === spec.id &&
            (c.options.some((o) => o.name === option.name) || (c.fixed && option.name in c.fixed)),
        );
        expect(covered, `${spec.id} --${option.name}`).toBe(true);
      }
    }
  });

  it.each(RUNNING.map((command) => [command.id, command] as const))('%s', async (id, command) => {
    // Set 1 and one of its resources, on which the user and the group hold shares to revoke; the
    // resource name a create makes is new.
    const { state } = mock;
    const [resource] = state.resourcesOf(1).keys();
    const author = state.permissionSet(1).authorId;
    const ids: Ids = {
      user: [...state.users.keys()].find((user) => user !== state.callerId && user !== author) as number,
      group: [...state.groups.keys()][0] as number,
    };
    for (const target of [{ permissionSetId: 1 }, { permissionSetId: 1, resourceName: resource }]) {
      state.shares.set(target, 'user', ids.user, 'read');
      state.shares.set(target, 'group', ids.group, 'read');
    }
    const positionals = command.positionals.map((arg) => {
      if (arg.type === 'integer') return String(arg.name === 'id' ? 1 : ids.user);
      return id.endsWith('resources create') ? 'wire/new' : (resource as string);
    });
    const options = command.options.map((arg) => ({ arg, ...sample(id, arg, ids) }));
    const spec = COMMANDS.find((c) => c.id === (command.runs ?? id));
    for (const [name, value] of Object.entries(command.fixed ?? {})) {
      const arg = spec?.options.find((o) => o.name === name) as ArgumentSpec;
      options.push({ arg, argv: [], value });
    }
    sent.length = 0;
    const run = await civisTs([...id.split(' '), ...positionals, ...options.flatMap((o) => o.argv)], {
      env: { CIVIS_API_KEY: API_KEY, CIVIS_API_ENDPOINT: proxyUrl },
    });
    expect(run.code, run.stderr).toBe(0);
    expect(sent.length).toBeGreaterThan(0);
    for (const { arg, value } of options) {
      expect(
        sent.some((request) => carries(request, arg, value)),
        `${id} --${arg.name} ${JSON.stringify(value)} (${arg.in} \`${arg.field}\` of ${spec?.operations.join(', ')}) ` +
          `never reached the wire: the table-driven handler (packages/cli/src/operation.ts) must send it; sent: ${sent.map(show).join('; ')}`,
      ).toBe(true);
    }
  });
});
