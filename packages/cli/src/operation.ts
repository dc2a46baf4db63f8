// Runs a command generated from the spec: each command id maps to the SDK method(s) for its
// operation(s). `Record<CommandId, …>` makes a command without a handler a compile error, so a new
// operation in the spec (which `pnpm generate` turns into a command) cannot be left unrunnable.
import type { Civis, ListOptions, Page, Paginator, Shares } from '@civis-ts/sdk';
import type { ParsedCommand } from './args.js';
import { createCivis } from './civis.js';
import { EXIT, UsageError } from './errors.js';
import type { CommandId } from './generated/commands.js';
import { formatOf, printPages, printValue } from './output.js';
import { progressLine } from './progress.js';
import type { Command } from './registry.js';

type Values = Record<string, unknown>;
type Handler = (civis: Civis, v: Values, list: ListOptions) => Promise<unknown> | Paginator<unknown>;

// Values arrive converted and checked against the spec (args.ts); the casts name the SDK's types.
const int = (value: unknown) => value as number;
const str = (value: unknown) => value as string;
const ids = (value: unknown) => value as number[] | undefined;
type Level = Parameters<Shares['grant']>[1];

function grant(shares: Shares, v: Values) {
  return shares.grant({ users: ids(v.users), groups: ids(v.groups) }, v.level as Level, {
    notify: v['send-shared-email'] as boolean | undefined,
    message: v['share-email-body'] as string | undefined,
  });
}

function revoke(shares: Shares, v: Values) {
  if (!v.users && !v.groups) throw new UsageError('name --users or --groups to revoke');
  return shares.revoke({ users: ids(v.users), groups: ids(v.groups) });
}

/** The page options both lists take (each list's own enums were checked against the spec). */
function paging(v: Values) {
  return {
    limit: v.limit as number | undefined,
    pageNum: v['page-num'] as number | undefined,
    order: v.order as 'name' | undefined,
    orderDir: v['order-dir'] as 'asc' | undefined,
  };
}

function updateFields(v: Values, names: string[]): Values {
  const fields = Object.fromEntries(names.filter((n) => v[n] !== undefined).map((n) => [n, v[n]]));
  if (Object.keys(fields).length === 0)
    throw new UsageError(`nothing to update: give --${names.join(' or --')}`);
  return fields;
}

const HANDLERS: Record<CommandId, Handler> = {
  'permission-sets list': (c, v, list) =>
    c.permissionSets.list(
      {
        archived: v.archived === 'all' ? 'all' : v.archived === undefined ? undefined : v.archived === 'true',
        author: v.author === undefined ? undefined : str(v.author).split(',').map(Number),
        ...paging(v),
      },
      list,
    ),
  'permission-sets create': (c, v) =>
    c.permissionSets.create({ name: str(v.name), description: v.description as string | undefined }),
  'permission-sets get': (c, v) => c.permissionSets.get(int(v.id)),
  'permission-sets replace': (c, v) =>
    c.permissionSets.replace(int(v.id), {
      name: str(v.name),
      description: v.description as string | undefined,
    }),
  'permission-sets update': (c, v) =>
    c.permissionSets.update(int(v.id), updateFields(v, ['name', 'description'])),
  'permission-sets archive': (c, v) =>
    v.status ? c.permissionSets.archive(int(v.id)) : c.permissionSets.unarchive(int(v.id)),
  'permission-sets dependencies': (c, v) =>
    c.permissionSets.dependencies(int(v.id), { userId: v['user-id'] as number | undefined }),
  'permission-sets transfer': (c, v) =>
    c.permissionSets.transfer(int(v.id), {
      userId: int(v['user-id']),
      includeDependencies: v['include-dependencies'] as boolean,
      emailBody: v['email-body'] as string | undefined,
      sendEmail: v['send-email'] as boolean | undefined,
    }),
  'permission-sets user-permissions': (c, v) =>
    c.permissionSets.userPermissions(int(v.id), int(v['user-id'])),
  'permission-sets shares list': (c, v) => c.permissionSets.shares(int(v.id)).list(),
  'permission-sets shares grant': (c, v) => grant(c.permissionSets.shares(int(v.id)), v),
  'permission-sets shares revoke': (c, v) => revoke(c.permissionSets.shares(int(v.id)), v),
  'permission-sets resources list': (c, v, list) =>
    c.permissionSets.resources(int(v.id)).list(paging(v), list),
  'permission-sets resources create': (c, v) =>
    c.permissionSets
      .resources(int(v.id))
      .create({ name: str(v.name), description: v.description as string | undefined }),
  'permission-sets resources get': (c, v) => c.permissionSets.resources(int(v.id)).get(str(v.name)),
  'permission-sets resources update': (c, v) =>
    c.permissionSets.resources(int(v.id)).update(str(v.name), updateFields(v, ['description'])),
  'permission-sets resources delete': (c, v) => c.permissionSets.resources(int(v.id)).delete(str(v.name)),
  'permission-sets resources shares list': (c, v) =>
    c.permissionSets.resources(int(v.id)).shares(str(v.name)).list(),
  'permission-sets resources shares grant': (c, v) =>
    grant(c.permissionSets.resources(int(v.id)).shares(str(v.name)), v),
  'permission-sets resources shares revoke': (c, v) =>
    revoke(c.permissionSets.resources(int(v.id)).shares(str(v.name)), v),
};

export async function runOperation(command: Command, { values, flags }: ParsedCommand): Promise<number> {
  const format = formatOf(flags);
  const civis = createCivis();
  const all = Boolean(flags.all);
  // Without --all, one page: nothing is fetched ahead.
  const result = HANDLERS[command.id as CommandId](civis, values, { concurrency: all ? 4 : 1 });
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
