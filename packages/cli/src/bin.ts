#!/usr/bin/env node
// The civis-ts binary. Exits with the command's code once its output is flushed.
import { run } from './main.js';

// A reader that stopped early (`civis-ts … | head`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
