#!/usr/bin/env node
// civis-mock --port 4010 [--seed N] [--no-validate] [--api-key KEY] [--permission-sets N]
import { parseArgs } from 'node:util';
import { startMock } from './start.js';

const USAGE = 'usage: civis-mock [--port N] [--seed N] [--no-validate] [--api-key KEY] [--permission-sets N]';

function integer(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) {
    console.error(
      `civis-mock: --${name} must be an integer >= ${min}, got ${JSON.stringify(value)}\n${USAGE}`,
    );
    process.exit(2);
  }
  return Number(value);
}

async function main(): Promise<void> {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse().values;
  } catch (error) {
    console.error(`civis-mock: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const mock = await startMock({
    port: integer('port', values.port, 0),
    seed: integer('seed', values.seed, 0),
    permissionSets: integer('permission-sets', values['permission-sets'], 0),
    validate: !values['no-validate'],
    apiKey: values['api-key'],
  });
  const mode = values['no-validate'] ? 'fake only' : `validated by Prism; fake at ${mock.directUrl}`;
  console.log(`civis-mock listening on ${mock.url} (${mode})`);
  const shutdown = () => {
    mock.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

function parse() {
  return parseArgs({
    options: {
      port: { type: 'string' },
      seed: { type: 'string' },
      'no-validate': { type: 'boolean' },
      'api-key': { type: 'string' },
      'permission-sets': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
}

main().catch((error: unknown) => {
  console.error('civis-mock: failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
