// `civis-ts ARGS`: finds the command, parses its arguments, runs it, and turns any failure into one line
// on stderr and an exit code.
import { parseCommand } from './args.js';
import { paint } from './colour.js';
import { CliError, EXIT, report, UsageError } from './errors.js';
import { commandHelp, groupHelp } from './help.js';
import { type Io, processIo } from './io.js';
import { type Command, REGISTRY } from './registry.js';
import { didYouMean } from './suggest.js';
import { VERSION } from './version.js';

/**
 * Runs the CLI with these arguments (without `node civis-ts`) on these streams and environment (the
 * process's own by default); resolves with the exit code.
 */
export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const red = paint(io.stderr, io.env).red;
    io.stderr.write(
      `${red('civis-ts:')} ${report(error, debug)}${debug ? '' : endpointHint(error, io.env)}\n`,
    );
    if (error instanceof UsageError) return EXIT.usage;
    if (error instanceof CliError) return error.exitCode;
    return EXIT.failed;
  }
}

/** Where the request went, for a failure to reach the API: the endpoint comes from CIVIS_API_ENDPOINT. */
function endpointHint(error: unknown, env: NodeJS.ProcessEnv): string {
  // By name: the SDK is loaded only by the commands that call the API.
  if (!(error instanceof Error) || (error.name !== 'ConnectionError' && error.name !== 'TimeoutError')) {
    return '';
  }
  return env.CIVIS_API_ENDPOINT
    ? ' (the endpoint is CIVIS_API_ENDPOINT: is it right, and is the API up?)'
    : ' (CIVIS_API_ENDPOINT is not set, so the default endpoint was used)';
}

/** The words that may follow `prefix` (`''`: the first word of every command). */
function nextWords(prefix: string): string[] {
  const start = prefix === '' ? '' : `${prefix} `;
  const words = REGISTRY.filter((c) => c.id.startsWith(start)).map(
    (c) => c.id.slice(start.length).split(' ')[0],
  );
  return [...new Set(words as string[]), ...(prefix === '' ? ['help'] : [])];
}

/** `unknown command: …`, with the nearest command when one is close. */
function unknownCommand(prefix: string, word: string): UsageError {
  const typed = prefix === '' ? word : `${prefix} ${word}`;
  let hint = didYouMean(
    word,
    nextWords(prefix),
    (w) => `\`civis-ts ${prefix === '' ? w : `${prefix} ${w}`}\``,
  );
  if (!hint) {
    // `civis-ts list`: a command's last word without its group.
    const whole = REGISTRY.filter((c) => c.id.startsWith(`${typed} `) || c.id.endsWith(` ${word}`)).sort(
      (a, b) => a.id.length - b.id.length,
    )[0];
    if (whole) hint = ` (did you mean \`civis-ts ${whole.id}\`?)`;
  }
  return new UsageError(`unknown command: ${typed}${hint}`, prefix || undefined);
}

/** The command's arguments; an option a split took away points at the command that does its work now. */
function parseOrPoint(command: Command, rest: string[]) {
  try {
    return parseCommand(command.id, rest, command, command.flags, command.free);
  } catch (error) {
    const option =
      error instanceof UsageError ? /^unknown option --([\w-]+)/.exec(error.message)?.[1] : undefined;
    const instead = option === undefined ? undefined : command.moved?.[option];
    if (!instead) throw error;
    throw new UsageError(`--${option} is not an option of ${command.id}: ${instead}`, command.id);
  }
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const first = argv[0];
  if (first === undefined || first === '--help' || first === '-h') {
    (first === undefined ? io.stderr : io.stdout).write(groupHelp(REGISTRY, ''));
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === 'help')
    return argv.length === 1 ? dispatch(['--help'], io) : dispatch([...argv.slice(1), '--help'], io);
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (first.startsWith('-')) {
    throw new UsageError(
      `${first} before a command: options follow the command (\`civis-ts <command> ${first}\`)${didYouMean(first, ['--help', '--version'])}`,
    );
  }
  // The longest run of leading words that names a command, or else a group of commands.
  const firstFlag = argv.findIndex((a) => a.startsWith('-'));
  const words = firstFlag === -1 ? argv : argv.slice(0, firstFlag);
  for (let n = Math.min(words.length, 4); n > 0; n--) {
    const id = words.slice(0, n).join(' ');
    const command: Command | undefined = REGISTRY.find((c) => c.id === id);
    const rest = argv.slice(n);
    if (command) {
      const parsed = parseOrPoint(command, rest);
      if (parsed.flags.help) {
        io.stdout.write(commandHelp(command));
        return EXIT.ok;
      }
      const runner = await command.load();
      return runner(command, parsed, io);
    }
    if (REGISTRY.some((c) => c.id.startsWith(`${id} `))) {
      const help = rest.includes('--help') || rest.includes('-h');
      if (!help && rest.length > 0 && !rest[0]?.startsWith('-')) throw unknownCommand(id, rest[0] as string);
      if (!help && rest.length > 0) {
        throw new UsageError(`${rest[0]} after \`${id}\`: name a command first${didYouMean(id, [])}`, id);
      }
      (help ? io.stdout : io.stderr).write(groupHelp(REGISTRY, id));
      return help ? EXIT.ok : EXIT.usage;
    }
  }
  throw unknownCommand('', first);
}
