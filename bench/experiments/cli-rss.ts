// Peak RSS of `civis-ts permission-sets list --all --ndjson` over 50,000 sets, for several builds of the
// CLI side by side (each run a fresh process, interleaved), against the mock in this process (no Prism).
// Behind bench/FINDINGS.md §8. Run:
//   CLI_BINS=/path/a/bin.js,/path/b/bin.js ROUNDS=5 pnpm exec tsx bench/experiments/cli-rss.ts
// A variant may carry Node flags before the path: CLI_BINS='--max-semi-space-size=1 /path/bin.js'.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startMock } from '@civis-ts/mock';
import { table } from '../lib/report.ts';
import { median } from '../lib/stats.ts';

const SETS = Number(process.env.SETS ?? 50_000);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const API_KEY = 'bench-key';
const BUILT = fileURLToPath(new URL('../../packages/cli/dist/bin.js', import.meta.url));
const PEAK_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss='+process.resourceUsage().maxRSS+'\\n'))`;
const variants = (process.env.CLI_BINS ?? BUILT).split(',').map((v) => v.trim().split(/\s+/));

function peakRss(args: string[], env: Record<string, string>): Promise<{ mb: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(
      process.execPath,
      ['--import', PEAK_RSS, ...args, 'permission-sets', 'list', '--all', '--ndjson'],
      {
        env,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const rss = /maxrss=(\d+)/.exec(stderr);
      if (code !== 0 || !rss) return reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}`));
      resolve({ mb: Number(rss[1]) / 1024, ms: performance.now() - start });
    });
  });
}

const mock = await startMock({ permissionSets: 0, apiKey: API_KEY });
try {
  mock.state.addPermissionSets(SETS);
  const env = { PATH: process.env.PATH ?? '', CIVIS_API_KEY: API_KEY, CIVIS_API_ENDPOINT: mock.url };
  const runs = variants.map(() => [] as { mb: number; ms: number }[]);
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < variants.length; k++) {
      const i = (k + round) % variants.length;
      runs[i]?.push(await peakRss(variants[i] as string[], env));
    }
  }
  console.log(
    table(
      ['variant', 'peak RSS median', 'min–max', 'wall median'],
      variants.map((v, i) => {
        const mb = (runs[i] ?? []).map((r) => r.mb);
        return [
          v.join(' '),
          `${median(mb).toFixed(1)} MB`,
          `${Math.min(...mb).toFixed(1)}–${Math.max(...mb).toFixed(1)} MB`,
          `${median((runs[i] ?? []).map((r) => r.ms)).toFixed(0)} ms`,
        ];
      }),
    ),
  );
} finally {
  await mock.stop();
}
