// Markdown helpers and the machine description that heads bench/results.md.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';

export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function tryRun(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/** The 1, 5 and 15 minute load averages now: above the core count, other work shared the machine. */
export const loadAverage = (): string =>
  loadavg()
    .map((load) => load.toFixed(1))
    .join(', ');

/** The machine, and its load (1, 5, 15 min) when the run started (`startLoad`) and now, as it ends. */
export function machine(startLoad?: string): string {
  const cpu = cpus();
  return [
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${platform()} ${release()}`,
    `- Node ${process.version}, pnpm ${tryRun('pnpm', ['--version'])}, commit ${tryRun('git', ['rev-parse', '--short', 'HEAD'])}`,
    `- Load average (1, 5, 15 min, ${cpu.length} cores): ${startLoad ? `${startLoad} at the start, ` : ''}${loadAverage()} at the end`,
  ].join('\n');
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
export const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
