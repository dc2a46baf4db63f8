// Every command of the CLI: one per spec operation (generated), plus export, plan and apply. Each one's
// code is imported only when it runs, so start-up (and `--help`) loads this table and nothing more.
import { COMMON_FLAGS, type FlagSpec, OUTPUT_FLAGS, type ParsedCommand } from './args.js';
import type { CommandSpec } from './command-spec.js';
import { COMMANDS } from './generated/commands.js';

export type Runner = (command: Command, parsed: ParsedCommand) => Promise<number>;

export interface Command extends CommandSpec {
  /** The CLI's own flags for this command. */
  flags: FlagSpec[];
  /** Usage of the positionals, when they are not the spec's (`FILE`). */
  usage?: string;
  /** Free positionals (`plan FILE`), instead of the spec's path parameters. */
  free?: string[];
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

export const REGISTRY: readonly Command[] = [
  ...COMMANDS.map(
    (spec): Command => ({
      ...spec,
      flags: [...OUTPUT_FLAGS, ...(spec.paginated ? [ALL] : []), ...COMMON_FLAGS],
      load: operation,
    }),
  ),
  own({
    id: 'export',
    usage: '[--permission-set ID ...] [-o FILE]',
    summary: 'Write permission sets, their resources and shares as a YAML file (to stdout, or -o FILE)',
    description:
      'Every permission set (archived ones marked `archived: true`), or those named with --permission-set (repeatable), each with its id. `civis-ts plan` of the file on the same state shows no change.',
    flags: [
      {
        name: 'permission-set',
        type: 'string',
        multiple: true,
        description: 'only this permission set (an id; repeatable)',
      },
      {
        name: 'output',
        short: 'o',
        type: 'string',
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
    summary: 'Show the changes that would make the API match FILE; read-only',
    description:
      'Creates, updates, grants and revokes, grouped per permission set and resource, each with its reason. Exit 0: no change; 2: changes pending; 1: error.',
    flags: [{ name: 'json', type: 'boolean', description: 'the plan as JSON' }, ...COMMON_FLAGS],
    load: async () => (await import('./acl/commands.js')).runPlan,
  }),
  own({
    id: 'apply',
    usage: 'FILE',
    free: ['FILE'],
    summary: 'Make the changes `plan FILE` shows, reporting each step',
    description:
      'Asks before changing anything when run on a terminal; elsewhere refuses unless --yes is given. Shares follow the SDK’s sync rules: nothing is left without someone who can manage it. A second apply is a no-op.',
    flags: [{ name: 'yes', type: 'boolean', description: 'apply without asking' }, ...COMMON_FLAGS],
    load: async () => (await import('./acl/commands.js')).runApply,
  }),
];
