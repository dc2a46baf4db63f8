// Help text, from the generated command table (the spec's summaries and parameter docs): no spec is read
// and nothing is sent to print it.
import { type FlagSpec, isIdList } from './args.js';
import type { ArgumentSpec } from './command-spec.js';
import type { Command } from './registry.js';
import { VERSION } from './version.js';

const FOOTER = `Environment:
  CIVIS_API_KEY        the API key (never taken from the command line, where \`ps\` shows it)
  CIVIS_API_ENDPOINT   the API's base URL (default https://api.civisanalytics.com)

Output: a table on a terminal, JSON when piped; --json, --yaml, or --ndjson (one object a line).
Colour on a terminal only; NO_COLOR=1 turns it off, FORCE_COLOR=1 on.
Shell completion: \`civis-ts completion bash|zsh|fish\` prints the script to source.
Exit codes: 0 done (plan: no change), 1 failed (the API, the network, a file, a refusal),
            2 plan: changes pending, 64 bad command line (nothing sent), 130 interrupted.`;

function usageOf(command: Command): string {
  const positionals = command.usage ?? command.positionals.map((p) => p.name.toUpperCase()).join(' ');
  return `civis-ts ${command.id}${positionals ? ` ${positionals}` : ''}`;
}

function rows(entries: [string, string][]): string {
  const width = Math.max(...entries.map(([left]) => left.length)) + 2;
  return entries.map(([left, right]) => `  ${left.padEnd(width)}${right}`.trimEnd()).join('\n');
}

/** The commands whose id starts with `prefix` (all of them for ''), one line each. */
export function groupHelp(commands: readonly Command[], prefix: string): string {
  const listed = commands.filter((c) => prefix === '' || c.id.startsWith(`${prefix} `));
  const title =
    prefix === ''
      ? `civis-ts ${VERSION}: the Civis Permission Sets API from the command line.\n\nUsage: civis-ts <command> [arguments] [options]`
      : `Usage: civis-ts ${prefix} <command> [arguments] [options]`;
  const list = rows(
    listed.map((c) => [
      usageOf(c).slice('civis-ts '.length),
      `${c.summary}${c.deprecated ? ' (deprecated)' : ''}`,
    ]),
  );
  return `${title}\n\nCommands:\n${list}\n\n\`civis-ts <command> -h\` (or --help) shows a command's options.\n\n${FOOTER}\n`;
}

function describeArgument(arg: ArgumentSpec, command?: Command): string {
  const rules: string[] = [];
  if (arg.deprecated) rules.push('deprecated');
  if (arg.required) rules.push('required');
  if (isIdList(arg)) rules.push('comma-separated ids, or the option repeated');
  else if (arg.type === 'integer') rules.push('integer');
  if (arg.enum) rules.push(`one of ${arg.enum.join(', ')}`);
  if (arg.minimum !== undefined) rules.push(`≥ ${arg.minimum}`);
  if (arg.maximum !== undefined) rules.push(`≤ ${arg.maximum}`);
  if (arg.maxLength !== undefined) rules.push(`at most ${arg.maxLength} characters`);
  // The API's default page is smaller: the CLI asks for the largest page, as the SDK does.
  if (command?.paginated && arg.name === 'limit' && arg.maximum !== undefined) {
    rules.push(`civis-ts asks for ${arg.maximum} when not given`);
  }
  const doc = arg.description?.replace(/\s+/g, ' ').trim() ?? '';
  return `${doc}${rules.length ? ` [${rules.join('; ')}]` : ''}`;
}

function optionLabel(arg: ArgumentSpec): string {
  if (arg.type === 'boolean') return `--${arg.name} | --no-${arg.name}`;
  return `--${arg.name} ${isIdList(arg) ? 'IDS' : arg.enum ? arg.name.toUpperCase() : 'VALUE'}`;
}

function flagLabel(flag: FlagSpec): string {
  const value =
    flag.type === 'string' ? ` ${flag.value ?? (flag.ids ? 'IDS' : flag.name.toUpperCase())}` : '';
  return `${flag.short ? `-${flag.short}, ` : ''}--${flag.name}${value}`;
}

export function commandHelp(command: Command): string {
  const parts = [`Usage: ${usageOf(command)} [options]`, '', command.summary];
  if (command.deprecated) {
    parts.push('', `Deprecated: the spec marks ${command.deprecated.join(', ')} deprecated.`);
  }
  if (command.description) parts.push('', command.description);
  if (command.positionals.length > 0) {
    parts.push(
      '',
      'Arguments:',
      rows(command.positionals.map((a) => [a.name.toUpperCase(), describeArgument(a)])),
    );
  }
  const options: [string, string][] = [
    ...command.options.map((a): [string, string] => [optionLabel(a), describeArgument(a, command)]),
    ...command.flags.map((f: FlagSpec): [string, string] => [flagLabel(f), f.description]),
  ];
  parts.push('', 'Options:', rows(options));
  if (command.operations.length > 0) parts.push('', `Spec operations: ${command.operations.join(', ')}`);
  parts.push('', FOOTER, '');
  return parts.join('\n');
}
