// The command table of `civis-ts` (packages/cli), read from the bundled spec: for each command its
// words, the operations it runs, the spec's summaries, and its arguments with their types and bounds.
// Only the command names below are chosen by hand. An operation the table does not name still gets a
// command (named after its operationId), and one the spec no longer has loses its command: either way
// the CLI's handler table (`Record<CommandId, …>` in packages/cli/src/operation.ts) stops compiling until
// it is brought in line, so the CLI cannot drift from the spec.

import type { Rule } from '@civis-ts/spec';
import { operationTable } from '@civis-ts/spec/table';
import type { Json } from '@civis-ts/spec/walk';
import type { ArgumentSpec, CommandSpec } from '../../packages/cli/src/command-spec.ts';

/**
 * Command → the operations it runs. The share grants and revokes of users and of groups are one command
 * each (`shares grant ID --users 3,4 --groups 7 --level read`), as the SDK's `grant` and `revoke` are.
 */
export const COMMAND_OPERATIONS: Record<string, string[]> = {
  'permission-sets list': ['listPermissionSets'],
  'permission-sets create': ['createPermissionSet'],
  'permission-sets get': ['getPermissionSet'],
  'permission-sets replace': ['replacePermissionSet'],
  'permission-sets update': ['updatePermissionSet'],
  'permission-sets archive': ['setPermissionSetArchived'],
  'permission-sets dependencies': ['listPermissionSetDependencies'],
  'permission-sets transfer': ['transferPermissionSet'],
  'permission-sets user-permissions': ['listPermissionSetUserPermissions'],
  'permission-sets shares list': ['listPermissionSetShares'],
  'permission-sets shares grant': ['sharePermissionSetWithUsers', 'sharePermissionSetWithGroups'],
  'permission-sets shares revoke': ['revokePermissionSetUserShare', 'revokePermissionSetGroupShare'],
  'permission-sets resources list': ['listPermissionSetResources'],
  'permission-sets resources create': ['createPermissionSetResource'],
  'permission-sets resources get': ['getPermissionSetResource'],
  'permission-sets resources update': ['updatePermissionSetResource'],
  'permission-sets resources delete': ['deletePermissionSetResource'],
  'permission-sets resources shares list': ['listPermissionSetResourceShares'],
  'permission-sets resources shares grant': [
    'sharePermissionSetResourceWithUsers',
    'sharePermissionSetResourceWithGroups',
  ],
  'permission-sets resources shares revoke': [
    'revokePermissionSetResourceUserShare',
    'revokePermissionSetResourceGroupShare',
  ],
};

/** The share level, as the SDK names it: `--level write`. */
const RENAMES: Record<string, string> = { permissionLevel: 'level' };
/** The ids of one kind in a merged share command, as the SDK names them: `--users 3,4 --groups 7`. */
const KIND_OPTIONS: Record<string, string> = {
  userIds: 'users',
  groupIds: 'groups',
  user_id: 'users',
  group_id: 'groups',
};

const kebab = (name: string) =>
  name
    .replace(/_/g, '-')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();

interface Source {
  field: string;
  /** The SDK's (TypeScript) name: camelCase by the one naming rule. */
  property: string;
  in: ArgumentSpec['in'];
  rule: Rule;
  required: boolean;
  description?: string;
  deprecated?: boolean;
  default?: unknown;
}

function argument(where: string, source: Source): ArgumentSpec {
  const { field, rule } = source;
  const items = rule.items;
  const type = rule.type === 'array' ? 'integers' : (rule.type as ArgumentSpec['type']);
  if (!['integer', 'string', 'boolean', 'integers'].includes(type) || (items && items.type !== 'integer')) {
    throw new Error(
      `cli commands: ${field} of ${where} has a type the CLI cannot take (${JSON.stringify(rule.type)}): ` +
        'teach scripts/lib/cli-commands.ts and packages/cli/src/args.ts that type',
    );
  }
  const bounds = items ?? rule;
  const out: ArgumentSpec = {
    name: RENAMES[field] ?? kebab(field),
    field,
    property: source.property,
    in: source.in,
    type,
    required: source.required,
    description: source.description,
  };
  if (source.deprecated) out.deprecated = true;
  const from = { ...rule, minimum: bounds.minimum, maximum: bounds.maximum, default: source.default } as Json;
  for (const key of ['enum', 'minimum', 'maximum', 'minLength', 'maxLength', 'pattern', 'default'] as const) {
    if (from[key] !== undefined) (out as unknown as Json)[key] = from[key];
  }
  return out;
}

interface Operation {
  id: string;
  method: string;
  path: string;
  summary: string;
  description?: string;
  deprecated: boolean;
  arguments: ArgumentSpec[];
  paginated: boolean;
}

/** The operations of the table (spec/src/table.ts), with their arguments as the CLI takes them. */
function operations(spec: Json): Map<string, Operation> {
  const found = new Map<string, Operation>();
  for (const row of operationTable(spec)) {
    const where = `${row.operationId} (${row.method} ${row.path})`;
    const args: ArgumentSpec[] = [];
    for (const p of row.parameters) {
      if (p.in !== 'path' && p.in !== 'query') continue;
      args.push(argument(where, { ...p, in: p.in, field: p.wire, property: p.name }));
    }
    for (const f of row.body?.fields ?? []) {
      args.push(argument(where, { ...f, field: f.name, property: f.name, in: 'body' }));
    }
    found.set(row.operationId, {
      id: row.operationId,
      method: row.method,
      path: row.path,
      summary: row.summary,
      description: row.description,
      deprecated: row.deprecated,
      arguments: args,
      paginated: row.paginated,
    });
  }
  return found;
}

function command(id: string, ops: Operation[]): CommandSpec {
  // Arguments of merged operations are merged by name; one that only some operations take (the kind's
  // ids) is optional, and a path parameter of that kind becomes a list option (one call per id).
  const merged = new Map<string, ArgumentSpec>();
  for (const op of ops) {
    for (const arg of op.arguments) {
      const shared = ops.every((other) => other.arguments.some((a) => a.field === arg.field));
      let next = arg;
      if (!shared) {
        const name = KIND_OPTIONS[arg.field];
        if (!name) throw new Error(`cli commands: ${id} merges operations that differ by ${arg.field}`);
        next = { ...arg, name, required: false, in: arg.in === 'path' ? 'query' : arg.in };
        if (arg.in === 'path') next.type = 'integers';
      }
      if (!merged.has(next.name)) merged.set(next.name, next);
    }
  }
  const args = [...merged.values()];
  const only = ops.length === 1 ? ops[0] : undefined;
  return {
    id,
    operations: ops.map((op) => op.id),
    // A single operation's call, for the handler the table drives (packages/cli/src/operation.ts).
    ...(only && { method: only.method, path: only.path }),
    summary: ops.map((op) => op.summary).join('; '),
    description: only?.description,
    ...(ops.some((op) => op.deprecated) && {
      deprecated: ops.filter((op) => op.deprecated).map((op) => op.id),
    }),
    positionals: args.filter((a) => a.in === 'path'),
    options: args.filter((a) => a.in !== 'path'),
    paginated: ops.some((op) => op.paginated),
  };
}

/** The commands of COMMAND_OPERATIONS whose operations the spec has, then one per operation left over. */
export function extractCommands(spec: Json): CommandSpec[] {
  const all = operations(spec);
  const commands: CommandSpec[] = [];
  for (const [id, ids] of Object.entries(COMMAND_OPERATIONS)) {
    const ops = ids.flatMap((operationId) => all.get(operationId) ?? []);
    if (ops.length > 0) commands.push(command(id, ops));
  }
  const named = new Set(Object.values(COMMAND_OPERATIONS).flat());
  for (const op of all.values()) if (!named.has(op.id)) commands.push(command(kebab(op.id), [op]));
  return commands;
}

const VALUE_TYPES: Record<ArgumentSpec['type'], string> = {
  integer: 'number',
  integers: 'number[]',
  boolean: 'boolean',
  string: 'string',
};

/** A command's values as a TypeScript type: what its handler may read, so a renamed option fails to compile. */
function valuesType({ positionals, options }: CommandSpec): string {
  const fields = [...positionals, ...options].map((arg) => {
    const type = arg.enum
      ? arg.enum.map((value) => JSON.stringify(value)).join(' | ')
      : VALUE_TYPES[arg.type];
    const optional = arg.in !== 'path' && !arg.required ? '?' : '';
    return `    ${JSON.stringify(arg.name)}${optional}: ${type};`;
  });
  return fields.length > 0 ? `{\n${fields.join('\n')}\n  }` : 'Record<string, never>';
}

/** The module: the command table as data, the union of the command ids, and each command's values. */
export function renderCliCommands(spec: Json, header: string): string {
  const commands = extractCommands(spec);
  const ids = commands.map((c) => `  | ${JSON.stringify(c.id)}`).join('\n');
  const values = commands.map((c) => `  ${JSON.stringify(c.id)}: ${valuesType(c)};`).join('\n');
  return `${header}
import type { CommandSpec } from '../command-spec.js';

/** Every command of the CLI, one per spec operation (the share grants and revokes take users and groups). */
export type CommandId =
${ids};

/** What each command's handler is given: its arguments by name, converted as the spec types them (args.ts). */
export interface CommandValues {
${values}
}

/** How many operations the spec has; every one is run by exactly one command. */
export const OPERATION_COUNT = ${commands.reduce((n, c) => n + c.operations.length, 0)};

export const COMMANDS: readonly CommandSpec<CommandId>[] = ${JSON.stringify(commands, null, 2)};
`;
}
