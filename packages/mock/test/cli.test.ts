// The built `civis-mock` CLI: prints its URL, serves, and stops cleanly (Prism included) on SIGTERM/SIGINT.
// Runs dist/ (turbo builds before testing), as a user would run the installed bin.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { freePort } from '../src/index.js';
import { BASIC } from './helpers.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

async function run(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1] as string);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    child.once('exit', (code) => reject(new Error(`civis-mock exited with ${code}: ${output}`)));
  });
  return { child, url };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

it('serves the fake on the given port and exits 0 on SIGTERM', async () => {
  const port = await freePort();
  const { child, url } = await run(['--port', String(port), '--seed', '3', '--no-validate']);
  expect(url).toBe(`http://127.0.0.1:${port}`);
  expect((await fetch(`${url}/permission_sets/1`, { headers: { Authorization: BASIC } })).status).toBe(200);
  const code = exited(child);
  child.kill('SIGTERM');
  expect(await code).toBe(0);
});

it('puts Prism in front by default, and stops it too on SIGINT', async () => {
  const { child, url } = await run(['--permission-sets', '3']);
  const response = await fetch(`${url}/permission_sets`, { headers: { Authorization: BASIC } });
  expect(response.headers.get('X-Pagination-Total-Entries')).not.toBeNull();
  const code = exited(child);
  child.kill('SIGINT');
  expect(await code).toBe(0);
  await expect(fetch(`${url}/permission_sets`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
});

it('refuses a bad option with a usage line and exit code 2', async () => {
  const child = spawn(process.execPath, [CLI, '--port', 'abc'], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk;
  });
  expect(await exited(child)).toBe(2);
  expect(stderr).toContain('usage: civis-mock');
});
