// The CLI (issue 16): `civis-ts permission-sets list --all --ndjson` over 50,000 sets against the mock,
// beside the SDK's own listing of the same data in the same run (each a fresh process, interleaved),
// and `civis-ts --help` beside a bare `node -e 0`. The mock runs in this process without Prism, so
// the two clients are what differ.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startMock } from '@civis-ts/mock';
import { table } from '../lib/report.ts';
import { iqr, median, pairedRatios, ratio, rotate } from '../lib/stats.ts';
import { limitText, meets, TARGETS, type Target } from '../targets.ts';

const API_KEY = 'bench-key';
const BIN = fileURLToPath(new URL('../../packages/cli/dist/bin.js', import.meta.url));
const BENCH_DIR = fileURLToPath(new URL('..', import.meta.url));
// Preloaded in each child: its peak RSS (KB), written to stderr as it exits.
const PEAK_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss='+process.resourceUsage().maxRSS+'\\n'))`;
// The SDK's own listing, counted item by item: what a program using the SDK directly does.
const SDK_LIST = `const { Civis } = await import('@civis-ts/sdk');
  let n = 0;
  for await (const set of new Civis().permissionSets.list()) n += set.id > 0 ? 1 : 0;
  console.log(n);`;

interface ChildRun {
  ms: number;
  firstLineMs: number;
  lines: number;
  peakRssMb: number;
}

function runChild(args: string[], env: Record<string, string>): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', PEAK_RSS, ...args], { cwd: BENCH_DIR, env });
    let firstLineMs = Number.NaN;
    let lines = 0;
    let last = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (Number.isNaN(firstLineMs) && chunk.includes('\n')) firstLineMs = performance.now() - start;
      for (const char of chunk) if (char === '\n') lines += 1;
      last = (last + chunk).slice(-64);
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      const rss = /maxrss=(\d+)/.exec(stderr);
      if (code !== 0 || !rss) return reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}`));
      // The SDK script prints one line: its count of the sets it listed.
      const count = args.includes('-e') ? Number(last.trim()) : lines;
      resolve({ ms, firstLineMs, lines: count, peakRssMb: Number(rss[1]) / 1024 });
    });
  });
}

export async function cliSuite({
  sets,
  rounds,
  helpRuns,
}: {
  sets: number;
  rounds: number;
  helpRuns: number;
}) {
  const mock = await startMock({ permissionSets: 0, apiKey: API_KEY });
  try {
    mock.state.addPermissionSets(sets);
    const env = { PATH: process.env.PATH ?? '', CIVIS_API_KEY: API_KEY, CIVIS_API_ENDPOINT: mock.url };
    const variants: Record<string, string[]> = {
      'civis-ts list --all --ndjson': [BIN, 'permission-sets', 'list', '--all', '--ndjson'],
      'SDK: for await of permissionSets.list()': ['--input-type=module', '-e', SDK_LIST],
    };
    const names = Object.keys(variants);
    const samples = new Map(names.map((n) => [n, [] as ChildRun[]]));
    for (let round = 0; round < rounds; round++) {
      for (const name of rotate(names, round)) {
        const run = await runChild(variants[name] as string[], env);
        if (run.lines !== sets) throw new Error(`${name} listed ${run.lines} of ${sets} sets`);
        samples.get(name)?.push(run);
      }
    }
    // Streaming: with pages 1 and 2 slowed by 300 ms, is the first line out before page 2 is answered?
    mock.requests.length = 0;
    mock.faults.inject({ latencyMs: 300, count: 2, method: 'GET', path: '/permission_sets' });
    const start = Date.now();
    const slow = await runChild(variants[names[0] as string] as string[], env);
    const page2 = mock.requests.find((r) => r.query.page_num === '2');
    const page2AskedMs = (page2?.at ?? Number.NaN) - start;
    mock.faults.clear();

    const cli = samples.get(names[0] as string) ?? [];
    const sdk = samples.get(names[1] as string) ?? [];
    const rows = names.map((name) => {
      const runs = samples.get(name) ?? [];
      const ms = runs.map((r) => r.ms);
      return [
        name,
        `${median(ms).toFixed(0)} ms (${iqr(ms)})`,
        name === names[0]
          ? ratio(
              median(
                pairedRatios(
                  ms,
                  sdk.map((r) => r.ms),
                ),
              ),
              1,
            )
          : '1.00×',
        `${median(runs.map((r) => r.firstLineMs)).toFixed(0)} ms`,
        `${Math.max(...runs.map((r) => r.peakRssMb)).toFixed(1)} MB`,
      ];
    });

    const help = await helpTimes(helpRuns);
    const cliRatio = median(
      pairedRatios(
        cli.map((r) => r.ms),
        sdk.map((r) => r.ms),
      ),
    );
    const peak = Math.max(...cli.map((r) => r.peakRssMb), slow.peakRssMb);
    const helpMs = median(help[0]?.[1] ?? []);
    const verdict = (target: Target, value: number, shown: string) =>
      `${shown} (${limitText(target)}: ${meets(target, value) ? 'met' : 'NOT met'})`;
    return [
      `## CLI: \`civis-ts\` (issue 16)`,
      '',
      `${sets.toLocaleString('en')} permission sets in the mock (no Prism), ${Math.ceil(sets / 50)} pages of 50; each run a fresh process; ${rounds} interleaved rounds; ratios paired per round.`,
      '',
      table(['listing', 'whole run (median, IQR)', 'vs the SDK', 'first line out', 'peak RSS (max)'], rows),
      '',
      `Streaming, with pages 1 and 2 each held 300 ms by the mock: the first line was out at ${slow.firstLineMs.toFixed(0)} ms; page 2 was asked for (look-ahead) at ${page2AskedMs.toFixed(0)} ms, so answered no earlier than ${(page2AskedMs + 300).toFixed(0)} ms.`,
      `CLI peak RSS across runs: ${peak.toFixed(1)} MB.`,
      `Targets (bench/targets.ts): listing ${verdict(TARGETS.cliListing, cliRatio, `${cliRatio.toFixed(2)}×`)}; peak RSS ${verdict(TARGETS.cliRss, peak, `${peak.toFixed(1)} MB`)}; \`--help\` ${verdict(TARGETS.cliHelp, helpMs, `${helpMs.toFixed(0)} ms`)}.`,
      '',
      table(
        ['start-up', 'median', 'IQR'],
        help.map(([name, ms]) => [name, `${median(ms).toFixed(0)} ms`, iqr(ms)]),
      ),
    ].join('\n');
  } finally {
    await mock.stop();
  }
}

/** `civis-ts --help` and `node -e 0`, interleaved, wall time of the whole process. */
async function helpTimes(runs: number): Promise<[string, number[]][]> {
  const variants: Record<string, string[]> = {
    'civis-ts --help': [BIN, '--help'],
    'node -e 0 (Node alone)': ['-e', '0'],
  };
  const names = Object.keys(variants);
  const times = new Map(names.map((n) => [n, [] as number[]]));
  for (let round = 0; round < runs; round++) {
    for (const name of rotate(names, round)) {
      const start = performance.now();
      await new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, variants[name] as string[], { stdio: 'ignore' });
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${name} exited ${code}`))));
      });
      times.get(name)?.push(performance.now() - start);
    }
  }
  return names.map((name) => [name, times.get(name) ?? []]);
}
