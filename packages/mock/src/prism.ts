// Starts Stoplight Prism as a child process: `mock` serves the spec's examples, `proxy` validates a real
// upstream (every request and every response) against the spec. A child process, not Prism in-process,
// so its ~160 MB and its logging stay out of the caller's process and `stop()` frees everything.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The bundled spec shipped by `@civis-ts/client`. */
export function bundledSpecPath(): string {
  return require.resolve('@civis-ts/client/openapi.json');
}

function prismBin(): string {
  return join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist/index.js');
}

/** A port the OS reports free right now on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export type PrismOptions =
  | { mode: 'mock'; spec?: string; port?: number }
  | { mode: 'proxy'; upstream: string; spec?: string; port?: number };

export interface RunningPrism {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

// Vitest skips globalSetup teardown on signals, so a child must also die with its parent.
function killAllOnExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  const killAll = () => {
    for (const child of live) child.kill('SIGKILL');
  };
  process.once('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killAll();
      // Re-raise only when nobody else handles the signal (a CLI that stops cleanly does, and exits itself).
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}

export async function startPrism(options: PrismOptions, startupTimeoutMs = 30_000): Promise<RunningPrism> {
  const port = options.port ?? (await freePort());
  const spec = options.spec ?? bundledSpecPath();
  const args =
    options.mode === 'mock'
      ? ['mock', spec, '--port', String(port), '--host', '127.0.0.1']
      : ['proxy', spec, options.upstream, '--port', String(port), '--host', '127.0.0.1', '--errors'];
  const child = spawn(process.execPath, [prismBin(), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  killAllOnExit();

  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`Prism did not start within ${startupTimeoutMs} ms`)),
      startupTimeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8_000);
      if (output.includes('Prism is listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}\n--- prism output ---\n${output}`));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`Prism exited with code ${code} before listening`)));
  });
  // Prism logs every request: keep reading (a full pipe would block it), keep only the tail, and say why
  // if it dies while in use, since every request through it then fails with ECONNREFUSED.
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping) console.error(`[civis-mock] Prism exited unexpectedly (${signal ?? code}):\n${output}`);
  });

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        live.delete(child);
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
