#!/usr/bin/env node
// The civis-ts binary. Exits with the command's code once its output is flushed.
import { setFlagsFromString } from 'node:v8';
import { run } from './main.js';

// An `--all` listing makes garbage page after page, and V8 answers by growing its young generation to
// 16 MB semi-spaces: peak RSS ~115 MB for a stream that holds four pages. Kept at its first size the
// run peaks at ~93 MB and is no slower (bench/suites/cli.ts, 50,000 sets). Read by V8 at each GC, so
// setting it here, after start-up, takes effect.
setFlagsFromString('--semi-space-growth-factor=1');

// A reader that stopped early (`civis-ts … | head`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
