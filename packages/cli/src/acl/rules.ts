// The rules a value of the file must meet, read from the command table generated from the spec (the
// same bounds `civis-ts permission-sets create` checks, and the SDK checks before `apply` sends it), so
// that `plan` refuses what `apply` would be refused halfway. Nothing here is copied from the spec.

import type { ArgumentSpec } from '../command-spec.js';
import type { CommandValues } from '../generated/commands.js';
import { COMMANDS } from '../generated/commands.js';

export type Level = CommandValues['permission-sets shares grant']['level'];

function option(command: string, name: string): ArgumentSpec {
  const found = COMMANDS.find((c) => c.id === command)?.options.find((o) => o.name === name);
  if (!found) throw new Error(`the generated command table has no ${command} --${name}`);
  return found;
}

/** The share levels, lowest first, as the spec lists them. */
export const LEVELS = option('permission-sets shares grant', 'level').enum as readonly Level[];

/** The bounds of a set's and a resource's name and description. */
export const RULES = {
  setName: option('permission-sets create', 'name'),
  setDescription: option('permission-sets create', 'description'),
  resourceName: option('permission-sets resources create', 'name'),
  resourceDescription: option('permission-sets resources create', 'description'),
};

/**
 * What is wrong with `value` under `rule`, or undefined. Lengths count code points, as the SDK's rule
 * interpreter does; a lone surrogate is refused, as the SDK refuses it (it cannot be sent as UTF-8).
 */
export function textProblem(value: string, rule: ArgumentSpec): string | undefined {
  try {
    encodeURIComponent(value);
  } catch {
    return 'must be well-formed Unicode (it holds a lone surrogate)';
  }
  const length = [...value].length;
  if (rule.minLength !== undefined && length < rule.minLength)
    return rule.minLength === 1 ? 'must not be empty' : `must be at least ${rule.minLength} characters`;
  if (rule.maxLength !== undefined && length > rule.maxLength)
    return `must be at most ${rule.maxLength} characters (has ${length})`;
  if (rule.pattern && !new RegExp(rule.pattern, 'u').test(value)) return `must match ${rule.pattern}`;
  return undefined;
}

/** The largest file `plan` and `apply` read: past it, one line says so (a 200 MB file never loads). */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
