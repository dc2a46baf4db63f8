#!/usr/bin/env node
// civis-mock: the fake as a dev server, one process. Prints one start line once the URL answers; stops on
// SIGINT, SIGTERM and SIGHUP; refuses bad options with one line and exit code 2.
import { parseArgs } from 'node:util';
import { DEFAULTS } from './create.js';
import { startMock } from './server.js';

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

/** One line on stderr, exit code 2: the options were wrong. */
function usageError(message: string): never {
  console.error(`civis-mock: ${message.replace(/\s*\n\s*/g, ' ')} (civis-mock --help lists the options)`);
  process.exit(2);
}

function integer(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    usageError(`--${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
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

async function main(): Promise<void> {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse().values;
  } catch (error) {
    usageError((error as Error).message);
  }
  if (values.help) {
    console.log(HELP);
    return;
  }
  const port = integer('port', values.port, 0, 65_535);
  const apiKey = values['api-key'] ?? DEFAULTS.apiKey;
  let mock: Awaited<ReturnType<typeof startMock>>;
  try {
    mock = await startMock({
      port,
      seed: integer('seed', values.seed, 0, 2 ** 32 - 1),
      permissionSets: integer('permission-sets', values['permission-sets'], 0, 1_000_000),
      maxBodyBytes: integer('max-body-bytes', values['max-body-bytes'], 0, 2 ** 30),
      apiKey,
      requestLog: 0,
      onRequest: values['log-requests']
        ? ({ method, path, query }) => {
            const search = new URLSearchParams(query).toString();
            console.log(`${method} ${path}${search ? `?${search}` : ''}`);
          }
        : undefined,
    });
  } catch (error) {
    console.error(`civis-mock: failed to start: ${reason(error, port)}`);
    process.exit(1);
  }
  const running = mock;
  const shutdown = () => {
    running.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  // Before the start line: whoever reads it may stop the mock at once.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, shutdown);
  console.log(`civis-mock listening on ${mock.url} (API key ${JSON.stringify(apiKey)})`);
}

function parse() {
  return parseArgs({
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
  });
}

main().catch((error: unknown) => {
  console.error(`civis-mock: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  process.exit(1);
});
