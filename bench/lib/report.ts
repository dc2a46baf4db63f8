// Markdown helpers and the machine description that heads bench/results.md.
import { execFileSync } from 'node:child_process';
import { cpus, platform, release, totalmem } from 'node:os';

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

export function machine(): string {
  const cpu = cpus();
  return [
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${platform()} ${release()}`,
    `- Node ${process.version}, pnpm ${tryRun('pnpm', ['--version'])}, commit ${tryRun('git', ['rev-parse', '--short', 'HEAD'])}`,
  ].join('\n');
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
export const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
