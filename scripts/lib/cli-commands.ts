// The command table of `civis-ts` (packages/cli), read from the bundled spec: for each command its
// words, the operations it runs, the spec's summaries, and its arguments with their types and bounds.
// Only the command names below are chosen by hand. An operation the table does not name still gets a
// command (named after its operationId), and one the spec no longer has loses its command: either way
// the CLI's handler table (`Record<CommandId, …>` in packages/cli/src/operation.ts) stops compiling until
// it is brought in line, so the CLI cannot drift from the spec.

import { type Json, operationsOf, resolve } from '@civis-ts/spec/walk';
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

function argument(spec: Json, name: string, where: ArgumentSpec['in'], node: unknown, required: boolean) {
  const schema = resolve(spec, node);
  const items = schema.items === undefined ? undefined : resolve(spec, schema.items);
  const type = schema.type === 'array' ? 'integers' : (schema.type as ArgumentSpec['type']);
  if (!['integer', 'string', 'boolean', 'integers'].includes(type) || (items && items.type !== 'integer')) {
    throw new Error(`cli commands: ${name} has a type the CLI cannot take (${JSON.stringify(schema.type)})`);
  }
  const bounds = items ?? schema;
  const out: ArgumentSpec = {
    name: RENAMES[name] ?? kebab(name),
    field: name,
    in: where,
    type,
    required,
    description: schema.description as string | undefined,
  };
  for (const key of ['enum', 'minimum', 'maximum', 'minLength', 'maxLength', 'pattern', 'default'] as const) {
    const value = (key === 'minimum' || key === 'maximum' ? bounds : schema)[key];
    if (value !== undefined) (out as unknown as Json)[key] = value;
  }
  return out;
}

interface Operation {
  id: string;
  summary: string;
  description?: string;
  arguments: ArgumentSpec[];
  paginated: boolean;
}

function operations(spec: Json): Map<string, Operation> {
  const found = new Map<string, Operation>();
  for (const { operationId, operation, parameters, body } of operationsOf(spec)) {
    if (operationId === undefined) continue;
    const args: ArgumentSpec[] = [];
    for (const parameter of parameters) {
      if (parameter.in !== 'path' && parameter.in !== 'query') continue;
      const arg = argument(spec, parameter.name, parameter.in, parameter.schema, parameter.required === true);
      args.push({ ...arg, description: (parameter.description as string | undefined) ?? arg.description });
    }
    if (body) {
      const schema = resolve(spec, body.schema);
      const required = (schema.required ?? []) as string[];
      for (const [field, node] of Object.entries((schema.properties ?? {}) as Json)) {
        args.push(argument(spec, field, 'body', node, required.includes(field)));
      }
    }
    const ok = ((operation.responses ?? {}) as Json)['200'];
    const headers = ok ? (resolve(spec, ok).headers as Json | undefined) : undefined;
    found.set(operationId, {
      id: operationId,
      summary: operation.summary as string,
      description: operation.description as string | undefined,
      arguments: args,
      paginated: headers?.['X-Pagination-Total-Pages'] !== undefined,
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
  return {
    id,
    operations: ops.map((op) => op.id),
    summary: ops.map((op) => op.summary).join('; '),
    description: ops.length === 1 ? ops[0]?.description : undefined,
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
