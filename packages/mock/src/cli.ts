#!/usr/bin/env node
// civis-mock: the fake as a dev server, one process. Prints one start line once the URL answers; stops on
// SIGINT, SIGTERM and SIGHUP; refuses bad options with one line and exit code 2 (command.ts: the options,
// the refusals and the start, which tests also run in process).
import { run } from './command.js';

async function main(): Promise<void> {
  const outcome = await run(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
  if ('exitCode' in outcome) {
    process.exitCode = outcome.exitCode;
    return;
  }
  const { mock, apiKey } = outcome;
  const shutdown = () => {
    mock.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  // Before the start line: whoever reads it may stop the mock at once.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, shutdown);
  console.log(`civis-mock listening on ${mock.url} (API key ${JSON.stringify(apiKey)})`);
}

main().catch((error: unknown) => {
  console.error(`civis-mock: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  process.exit(1);
});
