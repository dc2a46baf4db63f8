// Runs bench/serve.ts in a child process and talks to it over its control routes.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { CONTROL_RESET, CONTROL_STATS, type ServerStats } from '../server.ts';

const SERVE = fileURLToPath(new URL('../serve.ts', import.meta.url));
const live = new Set<ChildProcess>();

// A bench stopped with Ctrl-C must not leave servers behind.
for (const signal of ['exit', 'SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const child of live) child.kill('SIGTERM');
    if (signal !== 'exit') process.exit(130);
  });
}

export interface ServerProcess {
  baseUrl: string;
  stats(): Promise<ServerStats>;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export async function spawnServer(items: number, latencyMs = 0): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVE, String(items), String(latencyMs)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  live.add(child);
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout as NonNullable<typeof child.stdout> }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited early (${code})`)));
  });
  const { port } = JSON.parse(line) as { port: number };
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    stats: async () => (await fetch(baseUrl + CONTROL_STATS)).json() as Promise<ServerStats>,
    reset: async () => {
      await (await fetch(baseUrl + CONTROL_RESET)).text();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        live.delete(child);
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
