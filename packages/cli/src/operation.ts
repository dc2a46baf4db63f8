// Runs a command generated from the spec: each command id maps to the SDK method(s) for its
// operation(s). `Handlers` makes a command without a handler a compile error, so a new operation in the
// spec (which `pnpm generate` turns into a command) cannot be left unrunnable.
import type { Civis, ListOptions, Page, Paginator, Shares } from '@civis-ts/sdk';
import type { ParsedCommand } from './args.js';
import { checkArguments } from './check.js';
import { createCivis } from './civis.js';
import { paint } from './colour.js';
import { EXIT, UsageError } from './errors.js';
import type { CommandId, CommandValues } from './generated/commands.js';
import { formatOf, printPages, printValue } from './output.js';
import { progressLine } from './progress.js';
import type { Command } from './registry.js';

// Each handler reads its command's values as the generated `CommandValues` types them, so an option the
// spec renames or drops fails to compile here; test/options-wire.test.ts checks that each one is sent.
type Handlers = {
  [Id in CommandId]: (
    civis: Civis,
    v: CommandValues[Id],
    list: ListOptions,
  ) => Promise<unknown> | Paginator<unknown>;
};
type ShareValues = CommandValues['permission-sets shares grant' | 'permission-sets resources shares grant'];
type RevokeValues = CommandValues[
  | 'permission-sets shares revoke'
  | 'permission-sets resources shares revoke'];
type PageValues = CommandValues['permission-sets list' | 'permission-sets resources list'];

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
    : `resource ${JSON.stringify(v.name)} of permission set ${v.id}`;
}

/** What a grant or revoke did, on stderr (stdout keeps the data), once the API has said yes. */
function said(line: string): void {
  process.stderr.write(`${paint(process.stderr).green('✓')} ${line}\n`);
}

async function grant(shares: Shares, v: ShareValues & { name?: string }) {
  const after = await shares.grant({ users: v.users, groups: v.groups }, v.level, {
    notify: v['send-shared-email'],
    message: v['share-email-body'],
  });
  said(`granted ${v.level} on ${target(v)} to ${whom(v)}`);
  return after;
}

async function revoke(shares: Shares, v: RevokeValues & { name?: string }) {
  if (!v.users && !v.groups) throw new UsageError('name --users or --groups to revoke');
  await shares.revoke({ users: v.users, groups: v.groups });
  said(`revoked the shares of ${whom(v)} on ${target(v)}`);
}

/** The page options both lists take (each with its own `order` values). */
function paging<V extends PageValues>(
  v: V,
): Pick<V, 'limit' | 'order'> & { pageNum?: number; orderDir?: V['order-dir'] } {
  return { limit: v.limit, pageNum: v['page-num'], order: v.order, orderDir: v['order-dir'] };
}

/** The fields given, by their spec names; at least one. */
function updateFields<V extends object, K extends keyof V & string>(v: V, names: K[]): Pick<V, K> {
  const given = names.filter((name) => v[name] !== undefined);
  if (given.length === 0) throw new UsageError(`nothing to update: give --${names.join(' or --')}`);
  return Object.fromEntries(given.map((name) => [name, v[name]])) as Pick<V, K>;
}

const HANDLERS: Handlers = {
  'permission-sets list': (c, v, list) =>
    c.permissionSets.list(
      {
        archived: v.archived === 'all' ? 'all' : v.archived === undefined ? undefined : v.archived === 'true',
        author: v.author?.split(',').map(Number),
        ...paging(v),
      },
      list,
    ),
  'permission-sets create': (c, v) => c.permissionSets.create({ name: v.name, description: v.description }),
  'permission-sets get': (c, v) => c.permissionSets.get(v.id),
  'permission-sets replace': (c, v) =>
    c.permissionSets.replace(v.id, { name: v.name, description: v.description }),
  'permission-sets update': (c, v) => c.permissionSets.update(v.id, updateFields(v, ['name', 'description'])),
  'permission-sets archive': (c, v) =>
    v.status ? c.permissionSets.archive(v.id) : c.permissionSets.unarchive(v.id),
  'permission-sets dependencies': (c, v) => c.permissionSets.dependencies(v.id, { userId: v['user-id'] }),
  'permission-sets transfer': (c, v) =>
    c.permissionSets.transfer(v.id, {
      userId: v['user-id'],
      includeDependencies: v['include-dependencies'],
      emailBody: v['email-body'],
      sendEmail: v['send-email'],
    }),
  'permission-sets user-permissions': (c, v) => c.permissionSets.userPermissions(v.id, v['user-id']),
  'permission-sets shares list': (c, v) => c.permissionSets.shares(v.id).list(),
  'permission-sets shares grant': (c, v) => grant(c.permissionSets.shares(v.id), v),
  'permission-sets shares revoke': (c, v) => revoke(c.permissionSets.shares(v.id), v),
  'permission-sets resources list': (c, v, list) => c.permissionSets.resources(v.id).list(paging(v), list),
  'permission-sets resources create': (c, v) =>
    c.permissionSets.resources(v.id).create({ name: v.name, description: v.description }),
  'permission-sets resources get': (c, v) => c.permissionSets.resources(v.id).get(v.name),
  'permission-sets resources update': (c, v) =>
    c.permissionSets.resources(v.id).update(v.name, updateFields(v, ['description'])),
  'permission-sets resources delete': (c, v) => c.permissionSets.resources(v.id).delete(v.name),
  'permission-sets resources shares list': (c, v) => c.permissionSets.resources(v.id).shares(v.name).list(),
  'permission-sets resources shares grant': (c, v) =>
    grant(c.permissionSets.resources(v.id).shares(v.name), v),
  'permission-sets resources shares revoke': (c, v) =>
    revoke(c.permissionSets.resources(v.id).shares(v.name), v),
};

export async function runOperation(command: Command, parsed: ParsedCommand): Promise<number> {
  const { flags } = parsed;
  checkArguments(command, parsed.values);
  const values = { ...parsed.values, ...command.fixed };
  const format = formatOf(flags);
  const civis = createCivis();
  const all = Boolean(flags.all);
  // Without --all, one page: nothing is fetched ahead.
  // args.ts converted the values by the same generated table the types come from.
  const handler = HANDLERS[(command.runs ?? command.id) as CommandId] as (
    c: Civis,
    v: unknown,
    l: ListOptions,
  ) => unknown;
  const result = handler(civis, values, { concurrency: all ? 4 : 1 });
  if (!command.paginated) {
    await printValue(await result, format);
    return EXIT.ok;
  }
  const pages = (result as Paginator<unknown>).pages();
  if (!all) {
    const first = (await pages.next()).value as Page<unknown> | undefined;
    await pages.return(undefined);
    await printValue(first?.items ?? [], format);
    if (first && process.stderr.isTTY && (first.totalPages ?? 1) > first.pageNum) {
      process.stderr.write(
        `page ${first.pageNum} of ${first.totalPages} (${first.totalEntries} in all): --all for every page\n`,
      );
    }
    return EXIT.ok;
  }
  const progress = progressLine(process.stderr);
  try {
    await printPages(pages, format, progress);
  } finally {
    progress.clear();
  }
  return EXIT.ok;
}
