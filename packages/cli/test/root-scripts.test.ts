// After the quick start, `pnpm civis-mock` and `pnpm civis-ts` run the mock and the CLI from the clone's
// root, as the README says: the mock started by its documented command, the CLI listing from it.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputOf } from './helpers.js';

const ROOT = join(import.meta.dirname, '../../..');
const KEY = 'readme-key';
/**
 * `pnpm SCRIPT` as the README says, but never an install first (pnpm's verify-deps-before-run): in a clone
 * after `pnpm install` it finds nothing to do, and where the root is not the installed workspace (the
 * API-change drill's copy, whose node_modules links to the repo's own) an install would rewrite that
 * repo's node_modules under every other suite.
 */
const PNPM = ['--config.verify-deps-before-run=false'];
let mock: ChildProcess | undefined;

// pnpm runs the script in a shell of its own: the whole process group is stopped.
afterAll(() => {
  if (mock?.pid) process.kill(-mock.pid, 'SIGTERM');
});

/** The URL the mock prints once it answers. */
function startMock(): Promise<string> {
  mock = spawn('pnpm', [...PNPM, 'civis-mock', '--port', '0', '--api-key', KEY], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    detached: true,
  });
  const child = mock;
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(out)?.[0];
      if (url) resolve(url);
    });
    child.stderr?.on('data', (chunk) => {
      err += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => reject(new Error(`civis-mock exited ${code}: ${err}`)));
  });
}

function civisTs(args: string[], env: Record<string, string>) {
  return outputOf(
    spawn('pnpm', [...PNPM, 'civis-ts', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    }),
  );
}

describe('pnpm civis-mock and pnpm civis-ts from the root', () => {
  it('starts the mock and lists its permission sets through the CLI', async () => {
    const url = await startMock();
    const run = await civisTs(['permission-sets', 'list', '--limit', '3'], {
      CIVIS_API_KEY: KEY,
      CIVIS_API_ENDPOINT: url,
    });
    expect(run.code, run.stderr).toBe(0);
    const sets = JSON.parse(run.stdout) as { id: number; name: string }[];
    expect(sets).toHaveLength(3);
    expect(sets.every((set) => set.id > 0 && set.name.length > 0)).toBe(true);
    const usage = await civisTs(['permision-sets'], {});
    expect(usage.code).toBe(64);
    expect(usage.stderr).toContain('did you mean `civis-ts permission-sets`?');
  });
});
