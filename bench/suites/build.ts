// Codegen and build: `turbo run build --force` (cache bypassed: codegen, tsup for every package) and a
// cached no-change `turbo run build`. Rebuilding rewrites dist/ in place: other work on the tree may see it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { table } from '../lib/report.ts';
import { median } from '../lib/stats.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', REDOCLY_TELEMETRY: 'off' };

function timed(args: string[]): { ms: number; cached: string } {
  const start = performance.now();
  const result = spawnSync('pnpm', ['exec', 'turbo', ...args], { cwd: ROOT, env, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (result.status !== 0)
    throw new Error(`turbo ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  const match = /Cached:\s+(\d+) cached, (\d+) total/.exec(result.stdout);
  const cached = match ? `${match[1]}/${match[2]}` : '?';
  return { ms, cached };
}

export function buildTimes(coldRuns: number, cachedRuns: number): string {
  const cold = Array.from({ length: coldRuns }, () => timed(['run', 'build', '--force']));
  const cached = Array.from({ length: cachedRuns }, () => timed(['run', 'build']));
  const generate = Array.from({ length: coldRuns }, () => timed(['run', 'generate', '--force']));
  const row = (name: string, runs: { ms: number; cached: string }[]) => [
    name,
    (median(runs.map((r) => r.ms)) / 1000).toFixed(2),
    runs.length,
    runs.map((r) => r.cached).join(', '),
  ];
  return `### Codegen and build\n\nWall time of \`pnpm exec turbo …\` from the repo root, median of the runs. A cached run that rebuilt a task saw a file change under it (the tree is shared while it is worked on).\n\n${table(
    ['command', 'median s', 'runs', 'tasks from cache, each run'],
    [
      row('`turbo run generate --force` (codegen only)', generate),
      row('`turbo run build --force` (cold: codegen + every build)', cold),
      row('`turbo run build` (cached, no change)', cached),
    ],
  )}`;
}
