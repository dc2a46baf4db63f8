// `civis-ts ARGS`: finds the command, parses its arguments, runs it, and turns any failure into one line
// on stderr and an exit code.
import { parseCommand } from './args.js';
import { CliError, EXIT, report, UsageError } from './errors.js';
import { commandHelp, groupHelp } from './help.js';
import { REGISTRY } from './registry.js';
import { VERSION } from './version.js';

/** Runs the CLI with these arguments (without `node civis-ts`); resolves with the exit code. */
export async function run(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    return await dispatch(argv);
  } catch (error) {
    process.stderr.write(`civis-ts: ${report(error, debug)}\n`);
    if (error instanceof UsageError) return EXIT.usage;
    if (error instanceof CliError) return error.exitCode;
    return EXIT.failed;
  }
}

async function dispatch(argv: string[]): Promise<number> {
  const first = argv[0];
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    (first === undefined ? process.stderr : process.stdout).write(groupHelp(REGISTRY, ''));
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  // The longest run of leading words that names a command, or else a group of commands.
  const firstFlag = argv.findIndex((a) => a.startsWith('-'));
  const words = firstFlag === -1 ? argv : argv.slice(0, firstFlag);
  for (let n = Math.min(words.length, 4); n > 0; n--) {
    const id = words.slice(0, n).join(' ');
    const command = REGISTRY.find((c) => c.id === id);
    const rest = argv.slice(n);
    if (command) {
      const parsed = parseCommand(id, rest, command, command.flags, command.free);
      if (parsed.flags.help) {
        process.stdout.write(commandHelp(command));
        return EXIT.ok;
      }
      const runner = await command.load();
      return runner(command, parsed);
    }
    if (REGISTRY.some((c) => c.id.startsWith(`${id} `))) {
      const help = rest.includes('--help') || rest.includes('-h');
      if (!help && rest.length > 0 && !rest[0]?.startsWith('-')) {
        throw new UsageError(`unknown command: ${id} ${rest[0]}`, id);
      }
      (help ? process.stdout : process.stderr).write(groupHelp(REGISTRY, id));
      return help ? EXIT.ok : EXIT.usage;
    }
  }
  throw new UsageError(`unknown command: ${first}`);
}
