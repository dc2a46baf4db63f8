// Starts Stoplight Prism as a child process: `mock` serves the spec's examples, `proxy` validates a real
// upstream (every request and every response) against the spec. A child process, not Prism in-process,
// so its ~160 MB and its logging stay out of the caller's process and `stop()` frees everything.
// The child is supervised: if Prism dies while in use, it is started again on the same port.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { prismBin } from './prism-bin.js';
import { PRISM_CHILD } from './prism-child.js';

const require = createRequire(import.meta.url);

/** The bundled spec shipped by `@civis-ts/client`. */
export function bundledSpecPath(): string {
  return require.resolve('@civis-ts/client/openapi.json');
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

export type PrismOptions = (
  | { mode: 'mock'; spec?: string }
  | { mode: 'proxy'; upstream: string; spec?: string }
) & {
  /** Default 0: a port the OS picks (the real one is in `port` and `url`). */
  port?: number;
  /** A body declared longer is answered 413 with the error body before Prism reads it. */
  maxBodyBytes?: number;
  /**
   * Called when Prism died and could not be started again (its port taken meanwhile, or it keeps dying):
   * nothing answers at `url` any more. Default: the reason on stderr.
   */
  onFailure?: (error: Error) => void;
};

export interface RunningPrism {
  url: string;
  port: number;
  /** How many times Prism died while in use and was started again. */
  readonly restarts: number;
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

// Vitest skips globalSetup teardown on signals, so a child must also die with its parent. (A parent killed
// with SIGKILL runs no hook: the child then sees its stdin close and exits by itself, see prism-child.ts.)
function killAllOnExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  const killAll = () => {
    for (const child of live) child.kill('SIGKILL');
  };
  process.once('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      killAll();
      // Re-raise only when nobody else handles the signal (a CLI that stops cleanly does, and exits itself).
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}

/** Prism died this many times within RESTART_WINDOW_MS: it is not coming back on its own. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;

interface Launched {
  child: ChildProcess;
  port: number;
  /** Prism's last output (stdout and stderr), for the reason it failed. */
  output(): string;
}

/** Prism did not come up; `code` is the errno code when it could not listen (`EADDRINUSE`...). */
export class PrismStartError extends Error {
  override name = 'PrismStartError';
  code?: string;
}

/** One Prism process, resolved once it listens (its real port read from the child, so port 0 works). */
function launch(options: PrismOptions, port: number, startupTimeoutMs: number): Promise<Launched> {
  const spec = options.spec ?? bundledSpecPath();
  const args =
    options.mode === 'mock'
      ? ['mock', spec, '--port', String(port), '--host', '127.0.0.1']
      : ['proxy', spec, options.upstream, '--port', String(port), '--host', '127.0.0.1', '--errors'];
  // In the caller's process group (not detached), so a signal to the group reaches Prism too; stdin is a
  // pipe the child watches, so it also exits when its parent is killed outright.
  const child = spawn(process.execPath, ['-e', PRISM_CHILD, prismBin(), ...args, '--verboseLevel', 'warn'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, CIVIS_MOCK_MAX_BODY_BYTES: String(options.maxBodyBytes ?? '') },
  });
  live.add(child);
  killAllOnExit();
  let output = '';
  // Keep reading (a full pipe would block Prism), keep only the tail.
  const onData = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  return new Promise<Launched>((resolve, reject) => {
    const timer = startupWatch(child.pid, startupTimeoutMs, (why) => fail(`Prism did not start: ${why}`));
    // After onData: `output` already holds the chunk.
    const onReady = () => {
      const ready = /\[civis-mock\] listening (\d+)/.exec(output);
      if (!ready) return;
      clearInterval(timer);
      child.stdout?.off('data', onReady);
      child.off('exit', onEarlyExit);
      resolve({ child, port: Number(ready[1]), output: () => output });
    };
    const fail = (message: string, code?: string) => {
      clearInterval(timer);
      live.delete(child);
      child.kill('SIGKILL');
      reject(Object.assign(new PrismStartError(`${message}\n--- prism output ---\n${output}`), { code }));
    };
    const onEarlyExit = (code: number | null, signal: string | null) => {
      const errno = codeOf(output);
      const why = errno === 'EADDRINUSE' ? `: port ${port} is in use` : errno ? ` (${errno})` : '';
      fail(`Prism exited (${signal ?? `code ${code}`}) before listening${why}`, errno);
    };
    child.stdout?.on('data', onReady);
    child.once('exit', onEarlyExit);
  });
}

/** Prism's own CPU time in ms (Linux), or undefined where /proc cannot tell. */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, fields 14 and 15 of stat(5), in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/**
 * Calls `fail` when Prism is not starting: on Linux, when it has used `limitMs` of its own CPU without
 * listening (broken, not slow), or made no progress at all for `limitMs` (stuck); elsewhere after `limitMs`
 * of wall time. Prism needs about 2 s of CPU to start; on a busy shared machine that can take minutes of
 * wall time, which says nothing about Prism (a wall-clock limit failed whole test runs there).
 */
function startupWatch(pid: number | undefined, limitMs: number, fail: (why: string) => void): NodeJS.Timeout {
  const started = Date.now();
  let last = { cpu: cpuMs(pid) ?? 0, at: started };
  const timer = setInterval(() => {
    const now = Date.now();
    const cpu = cpuMs(pid);
    if (cpu === undefined) {
      if (now - started >= limitMs) fail(`not listening after ${limitMs} ms`);
    } else if (cpu >= limitMs) {
      fail(`not listening after ${cpu} ms of its own CPU time`);
    } else if (cpu > last.cpu) {
      last = { cpu, at: now };
    } else if (now - last.at >= limitMs) {
      fail(`no progress for ${limitMs} ms (${cpu} ms of CPU used)`);
    }
  }, 250);
  timer.unref();
  return timer;
}

/** The usual reasons Prism fails to listen, as the errno code Node would give. */
function codeOf(output: string): string | undefined {
  return /\b(EADDRINUSE|EACCES|EADDRNOTAVAIL)\b/.exec(output)?.[1];
}

/** Fails at once, as Node's listen would, when a given port is taken: Prism takes seconds to find out. */
function probe(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

export async function startPrism(options: PrismOptions, startupTimeoutMs = 30_000): Promise<RunningPrism> {
  if (options.port) await probe(options.port);
  let current = await launch(options, options.port ?? 0, startupTimeoutMs);
  const port = current.port;
  let stopping = false;
  const deaths: number[] = [];
  let restarts = 0;
  const onFailure = options.onFailure ?? ((error: Error) => console.error(`[civis-mock] ${error.message}`));

  // Prism dying while in use would leave every later request with ECONNREFUSED: start it again on the same
  // port, unless it keeps dying or the port was taken meanwhile; then say so (the CLI exits on it).
  const supervise = (launched: Launched) => {
    launched.child.once('exit', (code, signal) => {
      live.delete(launched.child);
      if (stopping) return;
      const now = Date.now();
      deaths.push(now);
      while ((deaths[0] as number) < now - RESTART_WINDOW_MS) deaths.shift();
      const why = `Prism exited unexpectedly (${signal ?? `code ${code}`})`;
      console.error(`[civis-mock] ${why}; starting it again on port ${port}:\n${launched.output()}`);
      if (deaths.length > MAX_RESTARTS) {
        return onFailure(new Error(`${why} ${deaths.length} times within a minute; giving up`));
      }
      launch(options, port, startupTimeoutMs).then(
        (next) => {
          if (stopping) return void next.child.kill('SIGKILL');
          restarts += 1;
          current = next;
          supervise(next);
          console.error(`[civis-mock] Prism listens again on port ${port}`);
        },
        (error: Error) => {
          if (!stopping) onFailure(new Error(`${why} and could not be started again: ${error.message}`));
        },
      );
    });
  };
  supervise(current);

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get restarts() {
      return restarts;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        const { child } = current;
        live.delete(child);
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
