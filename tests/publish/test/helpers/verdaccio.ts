// A throwaway Verdaccio on a free 127.0.0.1 port: config, storage and users in a temp dir, no uplinks,
// so it serves only what the test publishes (the consumers get every other package from the npm
// registry through a scoped `@civis-ts:registry`). Killed on stop, exit, SIGINT and SIGTERM.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export interface RunningVerdaccio {
  url: string;
  pid: number;
  /** A token of a user made for this run, for the publisher's .npmrc. */
  token: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function config(dir: string): string {
  return `storage: ${join(dir, 'storage')}
auth:
  htpasswd:
    file: ${join(dir, 'htpasswd')}
    max_users: 1
uplinks: {}
packages:
  '**':
    access: $all
    publish: $authenticated
    unpublish: $authenticated
log: { type: stdout, format: pretty, level: warn }
`;
}

export async function startVerdaccio(dir: string): Promise<RunningVerdaccio> {
  mkdirSync(join(dir, 'storage'), { recursive: true });
  writeFileSync(join(dir, 'config.yaml'), config(dir));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const bin = join(dirname(require.resolve('verdaccio/package.json')), 'bin/verdaccio');
  const child = spawn(
    process.execPath,
    [bin, '--config', join(dir, 'config.yaml'), '--listen', `127.0.0.1:${port}`],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', kill);
  process.once('SIGINT', kill);
  process.once('SIGTERM', kill);
  const stop = async () => {
    process.off('exit', kill);
    process.off('SIGINT', kill);
    process.off('SIGTERM', kill);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(kill, 5_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForPing(url, child, () => output);
    return { url, pid: child.pid as number, token: await addUser(url), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitForPing(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited (${child.exitCode}):\n${output()}`);
    try {
      if ((await fetch(new URL('-/ping', url))).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`verdaccio did not answer /-/ping within 60 s:\n${output()}`);
}

/** The CouchDB-style sign-up `npm adduser` does; Verdaccio answers with a token. */
async function addUser(url: string): Promise<string> {
  const name = 'publish-test';
  const response = await fetch(new URL(`-/user/org.couchdb.user:${name}`, url), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: 'publish-test-password', email: 'publish-test@example.invalid' }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token) throw new Error(`verdaccio adduser failed: HTTP ${response.status}`);
  return body.token;
}
