// The command line of one command: its spec-derived arguments (converted to the types the spec gives
// them; check.ts checks them against the spec's rules) and the flags every command shares.
import { parseArgs } from 'node:util';
import type { ArgumentSpec } from './command-spec.js';
import { UsageError } from './errors.js';

/** A flag of the CLI itself (not of the API). */
export interface FlagSpec {
  name: string;
  type: 'boolean' | 'string';
  multiple?: boolean;
  /** A one-letter alias (`-o`). */
  short?: string;
  description: string;
}

export const OUTPUT_FLAGS: FlagSpec[] = [
  { name: 'json', type: 'boolean', description: 'JSON (the default when stdout is not a terminal)' },
  { name: 'yaml', type: 'boolean', description: 'YAML' },
  { name: 'ndjson', type: 'boolean', description: 'one JSON object a line' },
];
export const COMMON_FLAGS: FlagSpec[] = [
  {
    name: 'debug',
    type: 'boolean',
    description: 'on failure, show the whole error with its stack and causes',
  },
  { name: 'help', type: 'boolean', description: 'show this help' },
];

// Secrets stay out of argv, where `ps` and shell history show them.
const SECRET_FLAGS: Record<string, string> = {
  'api-key': 'the API key is read from CIVIS_API_KEY only, never from the command line (where `ps` shows it)',
  key: 'the API key is read from CIVIS_API_KEY only, never from the command line (where `ps` shows it)',
  token: 'the API key is read from CIVIS_API_KEY only, never from the command line (where `ps` shows it)',
  endpoint: 'the endpoint is read from CIVIS_API_ENDPOINT',
  'base-url': 'the endpoint is read from CIVIS_API_ENDPOINT',
};

export interface ParsedCommand {
  /** Spec arguments by name, converted (integers, lists of ids, booleans). */
  values: Record<string, unknown>;
  /** The CLI's own flags. */
  flags: Record<string, unknown>;
  /** Positionals of commands that take free ones (`plan FILE`). */
  rest: string[];
}

export function parseCommand(
  command: string,
  argv: string[],
  specArgs: { positionals: ArgumentSpec[]; options: ArgumentSpec[] },
  flags: FlagSpec[],
  freePositionals?: string[],
): ParsedCommand {
  for (const arg of argv) {
    const name = /^--([^=]+)/.exec(arg)?.[1];
    if (name && SECRET_FLAGS[name]) throw new UsageError(`--${name} is not an option: ${SECRET_FLAGS[name]}`);
  }
  const options: Record<string, { type: 'boolean' | 'string'; multiple?: boolean; short?: string }> = {};
  for (const arg of specArgs.options) {
    if (arg.type === 'boolean') {
      options[arg.name] = { type: 'boolean' };
      options[`no-${arg.name}`] = { type: 'boolean' };
    } else options[arg.name] = { type: 'string' };
  }
  for (const flag of flags)
    options[flag.name] = {
      type: flag.type,
      multiple: flag.multiple ?? false,
      ...(flag.short ? { short: flag.short } : {}),
    };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'bad arguments', command);
  }
  const raw = parsed.values as Record<string, unknown>;
  const flagValues: Record<string, unknown> = {};
  for (const flag of flags) flagValues[flag.name] = raw[flag.name];
  if (flagValues.help) return { values: {}, flags: flagValues, rest: [] };

  const values: Record<string, unknown> = {};
  const expected = freePositionals ?? specArgs.positionals.map((p) => p.name.toUpperCase());
  if (parsed.positionals.length !== expected.length) {
    const what = expected.length === 0 ? 'no arguments' : expected.join(' ');
    throw new UsageError(`expected ${what}, got ${JSON.stringify(parsed.positionals)}`, command);
  }
  specArgs.positionals.forEach((arg, i) => {
    values[arg.name] = convert(command, arg, parsed.positionals[i] as string, arg.name.toUpperCase());
  });
  for (const arg of specArgs.options) {
    if (arg.type === 'boolean') {
      if (raw[arg.name] && raw[`no-${arg.name}`]) {
        throw new UsageError(`--${arg.name} and --no-${arg.name} contradict each other`, command);
      }
      if (raw[arg.name]) values[arg.name] = true;
      else if (raw[`no-${arg.name}`]) values[arg.name] = false;
    } else if (raw[arg.name] !== undefined) {
      values[arg.name] = convert(command, arg, raw[arg.name] as string, `--${arg.name}`);
    }
    if (arg.required && values[arg.name] === undefined) {
      const how = arg.type === 'boolean' ? `--${arg.name} or --no-${arg.name}` : `--${arg.name}`;
      throw new UsageError(`${how} is required`, command);
    }
  }
  return { values, flags: flagValues, rest: freePositionals ? parsed.positionals : [] };
}

function integer(command: string, text: string, label: string): number {
  const value = Number(text.trim());
  if (!/^\s*-?\d+\s*$/.test(text) || !Number.isSafeInteger(value)) {
    throw new UsageError(`${label} must be an integer, got ${JSON.stringify(text)}`, command);
  }
  return value;
}

/**
 * The value as the spec types it (an integer, a list of ids, a string), or a UsageError naming the
 * argument. Its rules (bounds, enums, lengths, patterns) are checked by the SDK's interpreter (check.ts).
 */
function convert(command: string, arg: ArgumentSpec, text: string, label: string): unknown {
  if (arg.type === 'integer') return integer(command, text, label);
  if (arg.type === 'integers') {
    const parts = text.split(',').filter((part) => part.trim() !== '');
    if (parts.length === 0) throw new UsageError(`${label} must name at least one id`, command);
    return parts.map((part) => integer(command, part, label));
  }
  return text;
}
