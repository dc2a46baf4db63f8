// The rules a value of the file must meet: the body rules of the spec's create operations (the one
// generated table, @civis-ts/spec), checked by the SDK's one interpreter (checkInput), so that `plan`
// refuses exactly what `apply`'s calls would be refused for, halfway. Nothing here is copied from the spec.
import { CivisValidationError, checkInput, type InputRule } from '@civis-ts/sdk';
import { LEVELS, type Level } from '@civis-ts/spec/facts';
import { OPERATIONS } from '@civis-ts/spec/operations';

export { LEVELS, type Level };

function bodyRule(operationId: string, field: string): InputRule {
  const rule = OPERATIONS.find((o) => o.operationId === operationId)?.body?.fields.find(
    (f) => f.name === field,
  )?.rule;
  if (!rule) throw new Error(`the spec's table has no body field ${field} of ${operationId}`);
  return rule as InputRule;
}

/** The rules of a set's and a resource's name and description, as `apply` sends them. */
export const RULES = {
  setName: bodyRule('createPermissionSet', 'name'),
  setDescription: bodyRule('createPermissionSet', 'description'),
  resourceName: bodyRule('createPermissionSetResource', 'name'),
  resourceDescription: bodyRule('createPermissionSetResource', 'description'),
};

/** What is wrong with `value` under `rule` (the SDK's words, with the length when it is the length), or undefined. */
export function textProblem(value: string, rule: InputRule): string | undefined {
  try {
    checkInput(rule, value, '');
    return undefined;
  } catch (error) {
    if (!(error instanceof CivisValidationError)) throw error;
    const problem = error.message.trim();
    return /characters/.test(problem) ? `${problem} (has ${[...value].length})` : problem;
  }
}

/** The largest file `plan` and `apply` read: past it, one line says so (a 200 MB file never loads). */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
