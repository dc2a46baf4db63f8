// civis-mock's command line apart from its process (cli.ts): parses the options, starts the mock, and
// turns a refusal into one line and an exit code, so that it runs in a test's process as well.
import { parseArgs } from 'node:util';
import { DEFAULTS } from './create.js';
import { type RunningMock, type StartOptions, startMock } from './server.js';

const HELP = `usage: civis-mock [options]

A stateful local fake of the Civis Permission Sets API. Every request is checked against the spec (the
service's error body when it breaks it), and so is every answer (a 500 naming the rule it broke).

options:
  --port N              port of the URL to use, 0 for a free one (default 0; printed on start)
  --api-key KEY         the one API key accepted (default ${DEFAULTS.apiKey}), sent as
                        "Authorization: Bearer KEY" or Basic with KEY as user name, empty password
  --seed N              seed of the generated users, groups, permission sets and shares (default ${DEFAULTS.seed})
  --permission-sets N   how many permission sets the seed makes (default ${DEFAULTS.permissionSets})
  --max-body-bytes N    a longer request body is answered 413 (default ${DEFAULTS.maxBodyBytes}, 4 MiB)
  --log-requests        print each request as it arrives (default: off; nothing is kept)
  -h, --help            this help`;

/** Where the command writes its lines: the process's stdout and stderr, or a test's. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** How a run ended: the exit code, or the mock it started, serving until stopped. */
export type Outcome = { exitCode: number } | { mock: RunningMock; apiKey: string };

/** The options were wrong: one line on stderr, exit code 2. */
class UsageError extends Error {}

function integer(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return Number(value);
}

/** The first line of a start failure, in words for the usual causes. */
function reason(error: unknown, port: number | undefined): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return `port ${port} is in use`;
  if (code === 'EACCES') return `no permission to listen on port ${port}`;
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] as string;
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        seed: { type: 'string' },
        'api-key': { type: 'string' },
        'permission-sets': { type: 'string' },
        'max-body-bytes': { type: 'string' },
        'log-requests': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** `civis-mock ARGV` (without `node civis-mock`): the help, a refusal, or a started mock. */
export async function run(argv: string[], io: Io): Promise<Outcome> {
  let options: StartOptions & { apiKey: string };
  try {
    const values = parse(argv);
    if (values.help) {
      io.out(HELP);
      return { exitCode: 0 };
    }
    options = {
      port: integer('port', values.port, 0, 65_535),
      seed: integer('seed', values.seed, 0, 2 ** 32 - 1),
      permissionSets: integer('permission-sets', values['permission-sets'], 0, 1_000_000),
      maxBodyBytes: integer('max-body-bytes', values['max-body-bytes'], 0, 2 ** 30),
      apiKey: values['api-key'] ?? DEFAULTS.apiKey,
      requestLog: 0,
      onRequest: values['log-requests']
        ? ({ method, path, query }) => {
            const search = new URLSearchParams(query).toString();
            io.out(`${method} ${path}${search ? `?${search}` : ''}`);
          }
        : undefined,
    };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`civis-mock: ${error.message.replace(/\s*\n\s*/g, ' ')} (civis-mock --help lists the options)`);
    return { exitCode: 2 };
  }
  try {
    return { mock: await startMock(options), apiKey: options.apiKey };
  } catch (error) {
    io.err(`civis-mock: failed to start: ${reason(error, options.port)}`);
    return { exitCode: 1 };
  }
}
