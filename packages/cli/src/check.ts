// A command's values against the spec's rules of its arguments (the generated table carries them), checked
// by the SDK's one interpreter, so an option is refused for exactly what the SDK would refuse it for, before
// anything is sent. Loaded with the SDK by the commands that call the API, never by `--help`.
import { CivisValidationError, checkInput, type InputRule } from '@civis-ts/sdk';
import type { ArgumentSpec, CommandSpec } from './command-spec.js';
import { UsageError } from './errors.js';

/** An argument's rule: its spec keywords; a list of ids is an array of at least one such integer. */
function ruleOf({
  type,
  enum: values,
  minimum,
  maximum,
  minLength,
  maxLength,
  pattern,
}: ArgumentSpec): InputRule {
  const scalar: InputRule = {
    type: type === 'integers' ? 'integer' : type,
    ...(values && { enum: values }),
    ...(minimum !== undefined && { minimum }),
    ...(maximum !== undefined && { maximum }),
    ...(minLength !== undefined && { minLength }),
    ...(maxLength !== undefined && { maxLength }),
    ...(pattern !== undefined && { pattern }),
  };
  return type === 'integers' ? { type: 'array', minItems: 1, items: scalar } : scalar;
}

/** Throws a UsageError naming the argument (`--limit`, `ID`) and the rule its value breaks. */
export function checkArguments(command: CommandSpec, values: Record<string, unknown>): void {
  for (const arg of [...command.positionals, ...command.options]) {
    const value = values[arg.name];
    if (value === undefined) continue;
    const label = arg.in === 'path' ? arg.name.toUpperCase() : `--${arg.name}`;
    try {
      checkInput(ruleOf(arg), value, label);
    } catch (error) {
      if (!(error instanceof CivisValidationError)) throw error;
      throw new UsageError(`${error.message}, got ${JSON.stringify(value)}`, command.id);
    }
  }
}
