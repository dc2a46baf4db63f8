// Stoplight Prism (a root devDependency), started as a child process for a test run: `mock` serves the
// spec's examples, `proxy` validates every request and response between a client and an upstream (the
// mock) and, with --errors, turns a violation into an error answer a test sees. Only our own well-formed
// test traffic meets it, so it runs as shipped: no guard, no supervision.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { connect, createServer } from 'node:net';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The bundled spec shipped by `@civis-ts/client`, the document the mock is built from. */
export const SPEC = require.resolve('@civis-ts/client/openapi.json');

export interface RunningPrism {
  url: string;
  stop(): Promise<void>;
}

// Vitest skips globalSetup teardown on SIGINT/SIGTERM: a Prism must also die with the process that
// started it. The signal is raised again when nobody else handles it.
const live = new Set<ChildProcess>();
const killAll = () => {
  for (const child of live) child.kill('SIGKILL');
};
process.once('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAll();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** Starts `prism mock SPEC` or `prism proxy SPEC upstream --errors`; resolves once it accepts connections. */
export async function startPrism(
  options: { mode: 'mock' } | { mode: 'proxy'; upstream: string },
): Promise<RunningPrism> {
  const port = await freePort();
  const bin = join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist/index.js');
  const args = options.mode === 'mock' ? ['mock', SPEC] : ['proxy', SPEC, options.upstream, '--errors'];
  const child = spawn(
    process.execPath,
    [bin, ...args, '--port', String(port), '--host', '127.0.0.1', '--verboseLevel', 'warn'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  live.add(child);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code, signal) =>
      reject(new Error(`prism ${options.mode} exited (${signal ?? code}) before listening:\n${output}`)),
    ),
  );
  exited.catch(() => undefined);
  // Prism takes seconds of CPU to start; a busy machine stretches that, so no wall-clock limit here: the
  // test runner's hook timeout is the one limit.
  for (;;) {
    await Promise.race([new Promise((resolve) => setTimeout(resolve, 100)), exited]);
    if (await accepts(port)) break;
  }
  child.removeAllListeners('exit');
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        live.delete(child);
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
