#!/usr/bin/env node
// The civis-ts binary. Exits with the command's code once its output is flushed.
import { EXIT } from './errors.js';
import { run } from './main.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A reader that stopped early (`civis-ts … | head`) is not an error of ours.
  if (error.code === 'EPIPE') process.exit(0);
  // A full disk or a closed file: one line, as every other failure (`> /dev/full`).
  process.stderr.write(`civis-ts: cannot write the output: ${error.message.replace(/\s+/g, ' ')}\n`);
  process.exit(EXIT.failed);
});

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
