// Every command of the CLI: one per spec operation (generated), plus export, plan and apply. Each one's
// code is imported only when it runs, so start-up (and `--help`) loads this table and nothing more.
import { COMMON_FLAGS, type FlagSpec, OUTPUT_FLAGS, type ParsedCommand } from './args.js';
import type { CommandSpec } from './command-spec.js';
import { COMMANDS } from './generated/commands.js';
import type { Io } from './io.js';

export type Runner = (command: Command, parsed: ParsedCommand, io: Io) => Promise<number>;

export interface Command extends CommandSpec {
  /** The CLI's own flags for this command. */
  flags: FlagSpec[];
  /** Usage of the positionals, when they are not the spec's (`FILE`). */
  usage?: string;
  /** Free positionals (`plan FILE`), instead of the spec's path parameters. */
  free?: string[];
  /** The generated command whose handler runs this one, when it is not `id` (`unarchive` runs `archive`). */
  runs?: string;
  /** Spec arguments this command sets itself, not taken from the command line (`unarchive`: status false). */
  fixed?: Record<string, unknown>;
  /** Options a split took away, each with what does its work now (`--no-status`: use `unarchive`). */
  moved?: Record<string, string>;
  /** What completion offers for a free positional: files (`-` too), or these words. */
  complete?: 'files' | string[];
  load: () => Promise<Runner>;
}

const ALL: FlagSpec = {
  name: 'all',
  type: 'boolean',
  description: 'every page, streamed (with --ndjson: one object a line; progress on stderr on a terminal)',
};

const operation = async (): Promise<Runner> => (await import('./operation.js')).runOperation;

const own = (command: Omit<Command, 'operations' | 'positionals' | 'options' | 'paginated'>): Command => ({
  operations: [],
  positionals: [],
  options: [],
  paginated: false,
  ...command,
});

const fromSpec = (spec: CommandSpec): Command => ({
  ...spec,
  flags: [...OUTPUT_FLAGS, ...(spec.paginated ? [ALL] : []), ...COMMON_FLAGS],
  load: operation,
});

/** One operation that sets a boolean (`archive --status`/`--no-status`) as two commands that each say it. */
function split(
  spec: CommandSpec,
  option: string,
  commands: { id: string; value: boolean; summary: string }[],
) {
  return commands.map(
    ({ id, value, summary }): Command => ({
      ...fromSpec(spec),
      id,
      summary,
      options: spec.options.filter((o) => o.name !== option),
      runs: spec.id,
      fixed: { [option]: value },
      moved: Object.fromEntries(
        commands.map((other) => [
          `${other.value ? '' : 'no-'}${option}`,
          other.id === id ? `\`civis-ts ${id}\` alone does it` : `use \`civis-ts ${other.id}\``,
        ]),
      ),
    }),
  );
}

export const REGISTRY: readonly Command[] = [
  ...COMMANDS.flatMap((spec) =>
    spec.id === 'permission-sets archive'
      ? split(spec, 'status', [
          { id: 'permission-sets archive', value: true, summary: 'Archive a permission set' },
          { id: 'permission-sets unarchive', value: false, summary: 'Unarchive a permission set' },
        ])
      : [fromSpec(spec)],
  ),
  own({
    id: 'export',
    usage: '[--permission-set IDS] [-o FILE]',
    summary: 'Write permission sets, their resources and shares as a YAML file (to stdout, or -o FILE)',
    description:
      'Every permission set (archived ones marked `archived: true`), or those named with --permission-set (26,19 or repeated), each with its id. `civis-ts plan` of the file on the same state shows no change.',
    flags: [
      {
        name: 'permission-set',
        type: 'string',
        multiple: true,
        ids: true,
        description: 'only these permission sets (comma-separated ids, or the option repeated)',
      },
      {
        name: 'output',
        short: 'o',
        type: 'string',
        value: 'FILE',
        description: 'write to FILE, replaced whole once everything is read (left as it was on failure)',
      },
      ...COMMON_FLAGS,
    ],
    load: async () => (await import('./acl/commands.js')).runExport,
  }),
  own({
    id: 'plan',
    usage: 'FILE',
    free: ['FILE'],
    complete: 'files',
    summary: 'Show the changes that would make the API match FILE; read-only',
    description:
      'Creates, updates, grants and revokes, grouped per permission set and resource, each with its reason. FILE `-` reads standard input. Exit 0: no change; 2: changes pending; 1: error.',
    flags: [{ name: 'json', type: 'boolean', description: 'the plan as JSON' }, ...COMMON_FLAGS],
    load: async () => (await import('./acl/commands.js')).runPlan,
  }),
  own({
    id: 'apply',
    usage: 'FILE',
    free: ['FILE'],
    complete: 'files',
    summary: 'Make the changes `plan FILE` shows, reporting each step',
    description:
      'FILE `-` reads standard input (then --yes is needed: nobody is left to answer). Asks before changing anything when run on a terminal; elsewhere refuses unless --yes is given. Shares follow the SDK’s sync rules: nothing is left without someone who can manage it. A second apply is a no-op.',
    flags: [{ name: 'yes', type: 'boolean', description: 'apply without asking' }, ...COMMON_FLAGS],
    load: async () => (await import('./acl/commands.js')).runApply,
  }),
  own({
    id: 'completion',
    usage: 'SHELL',
    free: ['SHELL'],
    complete: ['bash', 'zsh', 'fish'],
    summary: 'Print the shell completion script for bash, zsh or fish',
    description:
      'bash: `source <(civis-ts completion bash)` in ~/.bashrc. zsh: `source <(civis-ts completion zsh)` in ~/.zshrc. fish: `civis-ts completion fish > ~/.config/fish/completions/civis-ts.fish`. Generated from the command table, so it offers exactly the commands and options of this version.',
    flags: [...COMMON_FLAGS],
    load: async () => (await import('./completion.js')).runCompletion,
  }),
];
