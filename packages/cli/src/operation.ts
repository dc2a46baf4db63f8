// Runs a command generated from the spec: a command id maps to the SDK method(s) for its operation(s),
// or, for an operation with no SDK method yet, to its call through `civis.raw`, driven by the table.
import { type Civis, type ListOptions, type Page, Paginator, type Shares } from '@civis-ts/sdk';
import type { ParsedCommand } from './args.js';
import { checkArguments } from './check.js';
import { createCivis } from './civis.js';
import { paint } from './colour.js';
import type { ArgumentSpec, CommandSpec } from './command-spec.js';
import { CliError, EXIT, UsageError } from './errors.js';
import type { CommandId, CommandValues } from './generated/commands.js';
import type { Io } from './io.js';
import { formatOf, printPages, printValue } from './output.js';
import { progressLine } from './progress.js';
import type { Command } from './registry.js';
import { quote } from './terminal.js';

// A command with a handler here reads its values as the generated `CommandValues` types them, so an
// option the spec renames or drops fails to compile here; the handlers pass every query option and body
// field on by the table (`query`, `body`), so one the spec adds reaches the wire with no edit here
// (test/options-wire.test.ts checks that each one is sent). A command with no handler (an operation the
// spec gained) runs through `civis.raw`, driven by its table entry alone.
type Handler<V> = (civis: Civis, v: V, list: ListOptions, command: CommandSpec, io: Io) => unknown;
type Handlers = { [Id in CommandId]?: Handler<CommandValues[Id]> };
type ShareValues = CommandValues['permission-sets shares grant' | 'permission-sets resources shares grant'];
type RevokeValues = CommandValues[
  | 'permission-sets shares revoke'
  | 'permission-sets resources shares revoke'];

/** The values given of the arguments `where` (path, query or body), by their SDK names or wire names. */
function fieldsOf(
  command: CommandSpec,
  v: object,
  where: ArgumentSpec['in'],
  key: 'property' | 'field' = 'property',
): Record<string, unknown> {
  const values = v as Record<string, unknown>;
  return Object.fromEntries(
    [...command.positionals, ...command.options]
      .filter((arg) => arg.in === where && values[arg.name] !== undefined)
      .map((arg) => [arg[key], values[arg.name]]),
  );
}
// biome-ignore lint/suspicious/noExplicitAny: the SDK checks the fields against the spec before sending.
const query = (command: CommandSpec, v: object): any => fieldsOf(command, v, 'query');
// biome-ignore lint/suspicious/noExplicitAny: as above.
const body = (command: CommandSpec, v: object): any => fieldsOf(command, v, 'body');

/** `users 3, 4 and group 2`. */
function whom(v: { users?: number[]; groups?: number[] }): string {
  const kind = (name: string, ids: number[] | undefined) =>
    ids?.length ? [`${name}${ids.length > 1 ? 's' : ''} ${ids.join(', ')}`] : [];
  return [...kind('user', v.users), ...kind('group', v.groups)].join(' and ');
}

/** `permission set 4211`, or `resource "voter_file/midwest" of permission set 4211`. */
function target(v: { id: number; name?: string }): string {
  return v.name === undefined
    ? `permission set ${v.id}`
    : `resource ${quote(v.name)} of permission set ${v.id}`;
}

/** What a grant or revoke did, on stderr (stdout keeps the data), once the API has said yes. */
function said(io: Io, line: string): void {
  io.stderr.write(`${paint(io.stderr, io.env).green('✓')} ${line}\n`);
}

async function grant(shares: Shares, v: ShareValues & { name?: string }, io: Io) {
  const after = await shares.grant({ users: v.users, groups: v.groups }, v.level, {
    notify: v['send-shared-email'],
    message: v['share-email-body'],
  });
  said(io, `granted ${v.level} on ${target(v)} to ${whom(v)}`);
  return after;
}

async function revoke(shares: Shares, v: RevokeValues & { name?: string }, io: Io) {
  if (!v.users && !v.groups) throw new UsageError('name --users or --groups to revoke');
  await shares.revoke({ users: v.users, groups: v.groups });
  said(io, `revoked the shares of ${whom(v)} on ${target(v)}`);
}

/** The body fields given; at least one. */
function updateFields(command: CommandSpec, v: object) {
  const given = body(command, v);
  if (Object.keys(given).length === 0) {
    const names = command.options.filter((arg) => arg.in === 'body').map((arg) => arg.name);
    throw new UsageError(`nothing to update: give --${names.join(' or --')}`);
  }
  return given;
}

const HANDLERS: Handlers = {
  'permission-sets list': (c, v, list, command) =>
    c.permissionSets.list(
      {
        ...query(command, v),
        archived: v.archived === 'all' ? 'all' : v.archived === undefined ? undefined : v.archived === 'true',
        author: v.author?.split(',').map(Number),
      },
      list,
    ),
  'permission-sets create': (c, v, _, command) => c.permissionSets.create(body(command, v)),
  'permission-sets get': (c, v) => c.permissionSets.get(v.id),
  'permission-sets replace': (c, v, _, command) => c.permissionSets.replace(v.id, body(command, v)),
  'permission-sets update': (c, v, _, command) => c.permissionSets.update(v.id, updateFields(command, v)),
  'permission-sets archive': (c, v) =>
    v.status ? c.permissionSets.archive(v.id) : c.permissionSets.unarchive(v.id),
  'permission-sets dependencies': (c, v, _, command) =>
    c.permissionSets.dependencies(v.id, query(command, v)),
  'permission-sets transfer': (c, v, _, command) => c.permissionSets.transfer(v.id, body(command, v)),
  'permission-sets user-permissions': (c, v) => c.permissionSets.userPermissions(v.id, v['user-id']),
  'permission-sets shares list': (c, v) => c.permissionSets.shares(v.id).list(),
  'permission-sets shares grant': (c, v, _, __, io) => grant(c.permissionSets.shares(v.id), v, io),
  'permission-sets shares revoke': (c, v, _, __, io) => revoke(c.permissionSets.shares(v.id), v, io),
  'permission-sets resources list': (c, v, list, command) =>
    c.permissionSets.resources(v.id).list(query(command, v), list),
  'permission-sets resources create': (c, v, _, command) =>
    c.permissionSets.resources(v.id).create(body(command, v)),
  'permission-sets resources get': (c, v) => c.permissionSets.resources(v.id).get(v.name),
  'permission-sets resources update': (c, v, _, command) =>
    c.permissionSets.resources(v.id).update(v.name, updateFields(command, v)),
  'permission-sets resources delete': (c, v) => c.permissionSets.resources(v.id).delete(v.name),
  'permission-sets resources shares list': (c, v) => c.permissionSets.resources(v.id).shares(v.name).list(),
  'permission-sets resources shares grant': (c, v, _, __, io) =>
    grant(c.permissionSets.resources(v.id).shares(v.name), v, io),
  'permission-sets resources shares revoke': (c, v, _, __, io) =>
    revoke(c.permissionSets.resources(v.id).shares(v.name), v, io),
};

/** A command with no handler: its one operation through `civis.raw`, its arguments placed by the table. */
async function byTable(civis: Civis, v: object, _: ListOptions, command: CommandSpec): Promise<unknown> {
  const { method, path } = command;
  if (!method || !path) throw new CliError(`${command.id} has no handler (packages/cli/src/operation.ts)`);
  const params = {
    path: fieldsOf(command, v, 'path', 'field'),
    query: fieldsOf(command, v, 'query', 'field'),
  };
  const given = fieldsOf(command, v, 'body', 'field');
  const hasBody = command.options.some((arg) => arg.in === 'body');
  const call = civis.raw[method as 'GET'] as unknown as (path: string, init: object) => Promise<RawAnswer>;
  const { data, error, response } = await call(path, { params, ...(hasBody && { body: given }) });
  if (!response.ok) {
    const detail = error === undefined ? '' : `: ${JSON.stringify(error).slice(0, 500)}`;
    throw new CliError(`${method} ${path} answered HTTP ${response.status}${detail}`);
  }
  return data;
}
interface RawAnswer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

export async function runOperation(command: Command, parsed: ParsedCommand, io: Io): Promise<number> {
  const { flags } = parsed;
  checkArguments(command, parsed.values);
  const values = { ...parsed.values, ...command.fixed };
  const format = formatOf(flags, io.stdout);
  const civis = createCivis(io.env);
  const all = Boolean(flags.all);
  // Without --all, one page: nothing is fetched ahead.
  // args.ts converted the values by the same generated table the types come from.
  const handler = (HANDLERS[(command.runs ?? command.id) as CommandId] ?? byTable) as Handler<unknown>;
  const result = handler(civis, values, { concurrency: all ? 4 : 1 }, command, io);
  // A command the table drives answers one page: its operation has no Paginator in the SDK yet.
  if (!command.paginated || !(result instanceof Paginator)) {
    await printValue(io.stdout, await result, format);
    return EXIT.ok;
  }
  const pages = (result as Paginator<unknown>).pages();
  if (!all) {
    const first = (await pages.next()).value as Page<unknown> | undefined;
    await pages.return(undefined);
    await printValue(io.stdout, first?.items ?? [], format);
    if (first && io.stderr.isTTY && (first.totalPages ?? 1) > first.pageNum) {
      io.stderr.write(
        `page ${first.pageNum} of ${first.totalPages} (${first.totalEntries} in all): --all for every page\n`,
      );
    }
    return EXIT.ok;
  }
  const progress = progressLine(io.stderr);
  try {
    await printPages(io.stdout, pages, format, progress);
  } finally {
    progress.clear();
  }
  return EXIT.ok;
}
