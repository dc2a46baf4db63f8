// A run killed with SIGKILL (a CI timeout, a worker torn down) cannot clean up after itself. Each run
// records its pid and Verdaccio's in its work dir; the next run removes dirs whose owner is gone and
// stops their Verdaccio if it still runs (checked by command line, so a reused pid is never hit).
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PREFIX = 'civis-publish-';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function recordPid(work: string, name: 'owner' | 'verdaccio', pid: number): void {
  writeFileSync(join(work, `${name}.pid`), String(pid));
}

export function sweepStale(tmp: string): void {
  for (const entry of readdirSync(tmp)) {
    if (!entry.startsWith(PREFIX)) continue;
    const dir = join(tmp, entry);
    const owner = readPid(join(dir, 'owner.pid'));
    if (owner === undefined || alive(owner)) continue;
    const verdaccio = readPid(join(dir, 'verdaccio.pid'));
    if (verdaccio !== undefined && alive(verdaccio)) {
      let cmdline = '';
      try {
        cmdline = readFileSync(`/proc/${verdaccio}/cmdline`, 'utf8');
      } catch {
        // gone meanwhile, or no /proc: leave it
      }
      if (cmdline.includes('verdaccio') && cmdline.includes(dir)) process.kill(verdaccio, 'SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
