// The command line of one command: its spec-derived arguments (converted to the types the spec gives
// them; check.ts checks them against the spec's rules) and the flags every command shares.
import { parseArgs } from 'node:util';
import type { ArgumentSpec } from './command-spec.js';
import { UsageError } from './errors.js';
import { didYouMean } from './suggest.js';

/** A flag of the CLI itself (not of the API). */
export interface FlagSpec {
  name: string;
  type: 'boolean' | 'string';
  /** Repeatable; with `ids`, each value may also be a comma-separated list. */
  multiple?: boolean;
  /** Its values are ids: canonical positive integers, given as `26,19` or repeated; parsed to numbers. */
  ids?: boolean;
  /** A one-letter alias (`-h`). */
  short?: string;
  /** What its value names, in help and completion (`FILE`); the flag's name in capitals otherwise. */
  value?: string;
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
  { name: 'help', short: 'h', type: 'boolean', description: 'show this help' },
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

/** A value that is a list of ids: the spec's `integers`, or a string of comma-separated ids (`--author`). */
export const isIdList = (arg: ArgumentSpec): boolean =>
  arg.type === 'integers' || (arg.pattern?.includes(',[1-9]') ?? false);

interface OptionRule {
  type: 'boolean' | 'string';
  /** Collects every value instead of refusing a second one. */
  multiple: boolean;
}

/**
 * The option names this command knows, each with how it takes a value: the spec's options (a boolean
 * also as `--no-NAME`; a list of ids repeatable) and the CLI's flags.
 */
function rulesOf(specOptions: ArgumentSpec[], flags: FlagSpec[]): Map<string, OptionRule> {
  const rules = new Map<string, OptionRule>();
  for (const arg of specOptions) {
    if (arg.type === 'boolean') {
      rules.set(arg.name, { type: 'boolean', multiple: false });
      rules.set(`no-${arg.name}`, { type: 'boolean', multiple: false });
    } else rules.set(arg.name, { type: 'string', multiple: isIdList(arg) });
  }
  for (const flag of flags) rules.set(flag.name, { type: flag.type, multiple: flag.multiple ?? false });
  return rules;
}

/** Every option and positional of `argv`, checked against the command's rules, with Node's parser texts replaced by ours. */
function tokenize(
  command: string,
  argv: string[],
  rules: Map<string, OptionRule>,
  flags: FlagSpec[],
): { raw: Record<string, unknown>; positionals: string[] } {
  const options: Record<string, { type: 'boolean' | 'string'; short?: string }> = {};
  for (const [name, rule] of rules) options[name] = { type: rule.type };
  for (const flag of flags) if (flag.short) (options[flag.name] as { short?: string }).short = flag.short;
  const { tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  const raw: Record<string, unknown> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const rule = rules.get(token.name);
    const shown = token.rawName;
    if (!rule) {
      throw new UsageError(
        `unknown option ${shown}${didYouMean(token.name, [...rules.keys()], (name) => `--${name}`)}`,
        command,
      );
    }
    if (rule.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`${shown} takes no value`, command);
      raw[token.name] = true;
      continue;
    }
    // `--name --json`: a forgotten value, not a name that starts with dashes (`--name=--json` says so).
    if (token.value === undefined || (!token.inlineValue && /^-[-a-zA-Z]/.test(token.value))) {
      throw new UsageError(`${shown} needs a value`, command);
    }
    if (rule.multiple) raw[token.name] = [...((raw[token.name] as string[] | undefined) ?? []), token.value];
    else if (raw[token.name] !== undefined) throw new UsageError(`${shown} is given twice`, command);
    else raw[token.name] = token.value;
  }
  return { raw, positionals };
}

/** Canonical positive integers, from values that may each hold a comma-separated list (`26,19`). */
export function idList(command: string, label: string, values: string[]): number[] {
  const ids = values.flatMap((value) => value.split(',')).map((part) => part.trim());
  if (ids.length === 0 || ids.some((id) => id === '')) {
    throw new UsageError(
      `${label} takes ids separated by commas, got ${JSON.stringify(values.join(','))}`,
      command,
    );
  }
  return ids.map((id) => {
    const n = Number(id);
    if (!/^[1-9]\d*$/.test(id) || !Number.isSafeInteger(n)) {
      throw new UsageError(`${label} takes positive whole-number ids, got ${JSON.stringify(id)}`, command);
    }
    return n;
  });
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
  // `-h`/`--help` anywhere shows the help, whatever else the line holds.
  const end = argv.indexOf('--');
  if ((end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === '--help' || arg === '-h')) {
    return { values: {}, flags: { help: true }, rest: [] };
  }
  const { raw, positionals } = tokenize(command, argv, rulesOf(specArgs.options, flags), flags);
  const flagValues: Record<string, unknown> = {};
  for (const flag of flags) {
    const value = raw[flag.name];
    flagValues[flag.name] =
      flag.ids && value !== undefined ? idList(command, `--${flag.name}`, value as string[]) : value;
  }

  const values: Record<string, unknown> = {};
  const expected = freePositionals ?? specArgs.positionals.map((p) => p.name.toUpperCase());
  if (positionals.length !== expected.length) {
    const what = expected.length === 0 ? 'no arguments' : expected.join(' ');
    throw new UsageError(`expected ${what}, got ${JSON.stringify(positionals)}`, command);
  }
  specArgs.positionals.forEach((arg, i) => {
    values[arg.name] = convert(command, arg, positionals[i] as string, arg.name.toUpperCase());
  });
  for (const arg of specArgs.options) {
    if (arg.type === 'boolean') {
      if (raw[arg.name] && raw[`no-${arg.name}`]) {
        throw new UsageError(`--${arg.name} and --no-${arg.name} contradict each other`, command);
      }
      if (raw[arg.name]) values[arg.name] = true;
      else if (raw[`no-${arg.name}`]) values[arg.name] = false;
    } else if (arg.type === 'integers' && raw[arg.name] !== undefined) {
      values[arg.name] = (raw[arg.name] as string[]).flatMap((text) =>
        convert(command, arg, text, `--${arg.name}`),
      );
    } else if (isIdList(arg) && raw[arg.name] !== undefined) {
      values[arg.name] = convert(command, arg, (raw[arg.name] as string[]).join(','), `--${arg.name}`);
    } else if (raw[arg.name] !== undefined) {
      values[arg.name] = convert(command, arg, raw[arg.name] as string, `--${arg.name}`);
    }
    if (arg.required && values[arg.name] === undefined) {
      const how = arg.type === 'boolean' ? `--${arg.name} or --no-${arg.name}` : `--${arg.name}`;
      throw new UsageError(`${how} is required`, command);
    }
  }
  return { values, flags: flagValues, rest: freePositionals ? positionals : [] };
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
