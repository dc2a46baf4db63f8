// `pnpm bench`: runs every suite and writes bench/results.md.
// Flags: --quick (fewer rounds, for trying things out), --only=overhead,listing,memory,cold,size,cli,build,
// --skip=build (the build suite rebuilds every package; skip it while others work on the tree).
// Only a full run writes results.md; a partial or quick one prints its tables to stdout.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadAverage, machine } from './lib/report.ts';
import { loadSdk } from './lib/sdk.ts';
import { buildTimes } from './suites/build.ts';
import { cliSuite } from './suites/cli.ts';
import { coldStart } from './suites/cold-start.ts';
import { listing } from './suites/listing.ts';
import { memory } from './suites/memory.ts';
import { overhead } from './suites/overhead.ts';
import { size } from './suites/size.ts';

// The machine's load before anything runs: the report gives it beside the load at the end.
const startLoad = loadAverage();
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const listArg = (name: string) =>
  args
    .find((a) => a.startsWith(`--${name}=`))
    ?.split('=')[1]
    ?.split(',');
const only = listArg('only');
const skip = listArg('skip') ?? [];
const wanted = (suite: string) => (only ? only.includes(suite) : !skip.includes(suite));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = fileURLToPath(new URL('./results.md', import.meta.url));

function log(message: string) {
  process.stderr.write(`[bench] ${message}\n`);
}

// The build suite builds; otherwise make sure dist/ is current (turbo makes this a no-op when it is).
if (wanted('build')) {
  log('build: cold and cached turbo builds');
} else {
  log('building the packages the bench uses');
  const built = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@civis-ts/bench^...'], {
    cwd: ROOT,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) log('build failed: suites run with whatever dist/ there is');
}
const sections: string[] = [];
if (wanted('build')) sections.push(buildTimes(quick ? 1 : 3, quick ? 1 : 3));

const sdk = await loadSdk();
if (!sdk.ok) log(`SDK columns skipped: ${sdk.reason}`);

const suites: [string, () => Promise<string>][] = [
  ['overhead', () => overhead(sdk, quick ? { rounds: 5, batch: 100 } : { rounds: 31, batch: 200 })],
  ['listing', () => listing(sdk, { items: 2_000, latencyMs: 20, rounds: quick ? 1 : 7 })],
  ['memory', () => memory(sdk, { items: quick ? 50_000 : 200_000, slowItems: 20_000, slowMsPerPage: 2 })],
  ['cold', () => coldStart(sdk, quick ? 3 : 15)],
  ['size', size],
  ['cli', () => cliSuite({ sets: 50_000, rounds: quick ? 1 : 3, helpRuns: quick ? 5 : 21 })],
];
for (const [name, suite] of suites) {
  if (!wanted(name)) continue;
  log(name);
  sections.push(await suite());
}

const header = `# civis-ts benchmarks\n\nWritten by \`pnpm bench\`${quick ? ' --quick (fewer rounds: indicative only)' : ''}. Every figure is a median over interleaved runs in this one session; compare the ratios, not the absolute times, across machines.\n\n${machine(startLoad)}`;
const report = `${header}\n\n${sections.join('\n\n')}\n`;
if (quick || only || skip.length > 0) {
  process.stdout.write(report);
} else {
  writeFileSync(OUT, report);
  log(`wrote ${OUT}`);
}
// Server children are stopped by each suite; nothing else should keep the loop alive.
process.exit(0);
