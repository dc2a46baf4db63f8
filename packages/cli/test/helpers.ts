// The CLI against a mock, with the key and endpoint in the environment only: in process (`civisTs`,
// the CLI's own `run` with its argv, environment and standard streams given, as the binary calls it),
// or as users run it (`civisTsBin`, the built binary in a child process, for what only a real process
// has: signals, a real pipe, the binary's exit). In the `through prism` project of vitest.config.ts,
// the CLI reaches the mock through the run's `prism proxy`, so a request or a response the mock's own
// validation lets through but Prism refuses fails the test.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { type RunningMock, type StartOptions, startMock } from '@civis-ts/mock';
import { type Relay, throughPrism } from '@civis-ts/prism-check/through';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { run } from '../src/main.js';

export const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
export const API_KEY = 'test-key';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  mock?: RunningMock;
  input?: string;
  env?: Record<string, string>;
}

/** In process: `onStdout` sees stdout as written so far, at each write, before the CLI goes on. */
type InProcessOptions = RunOptions & { onStdout?: (stdout: string) => void };

/** The environment of a run: PATH and `env`, and the key and endpoint of `mock` when given. */
function envOf(options: RunOptions): Record<string, string> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...options.env };
  if (options.mock) {
    env.CIVIS_API_KEY = API_KEY;
    env.CIVIS_API_ENDPOINT = endpointOf(options.mock);
  }
  return env;
}

/** A pipe's end as the CLI writes it: the bytes it was sent, decoded once at the end. */
function sink(onWrite?: (text: string) => void): Writable & { text(): string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _, done) {
      chunks.push(chunk);
      onWrite?.(Buffer.concat(chunks).toString('utf8'));
      done();
    },
  });
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString('utf8') });
}

/** `input` as a pipe delivers it: in chunks of 64 KiB. */
function source(input: string): Readable {
  const bytes = Buffer.from(input);
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += 65_536) chunks.push(bytes.subarray(at, at + 65_536));
  return Readable.from(chunks, { objectMode: false });
}

/**
 * Runs `civis-ts ARGS` in this process: the CLI's `run`, as the binary calls it, with stdin, stdout and
 * stderr as pipes (not terminals) and only the environment given.
 */
export async function civisTs(args: string[], options: InProcessOptions = {}): Promise<Run> {
  const stdout = sink(options.onStdout);
  const stderr = sink();
  const code = await run(args, { stdin: source(options.input ?? ''), stdout, stderr, env: envOf(options) });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/**
 * Runs `civis-ts ARGS` as users do: the built binary in a child process. `interruptOn`: sends SIGINT, as
 * Ctrl-C would, once stdout matches it.
 */
export function civisTsBin(
  args: string[],
  options: RunOptions & { cwd?: string; interruptOn?: RegExp } = {},
): Promise<Run> {
  const env = envOf(options);
  const child = spawn(process.execPath, [BIN, ...args], { env, cwd: options.cwd, stdio: 'pipe' });
  let interrupted = false;
  const done = outputOf(child, (stdout) => {
    if (!interrupted && options.interruptOn?.test(stdout)) interrupted = child.kill('SIGINT');
  });
  child.stdin.end(options.input ?? '');
  return done;
}

/** A child process's exit code and whole output; `onStdout` sees stdout as it grows. */
export function outputOf(
  child: ChildProcessWithoutNullStreams,
  onStdout?: (stdout: string) => void,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      onStdout?.(stdout);
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The way through Prism to a mock, in the `through prism` project. */
const proxies = new WeakMap<RunningMock, Relay>();

/** The URL a client of `mock` is given: through Prism in the `through prism` project, else the mock's. */
export const endpointOf = (mock: RunningMock): string => proxies.get(mock)?.url ?? mock.url;

/**
 * One mock per test file, back to its seeded state with no faults and an empty request log before each
 * test, and no response breaking the spec after it. Seed 8 with 12 sets: every set's name is unique, so
 * `export` can write them all. `validate: false` keeps Prism out of the way of faults it cannot carry.
 */
export function useMock(options: StartOptions & { validate?: boolean } = {}): { readonly mock: RunningMock } {
  const { validate = true, ...mockOptions } = options;
  let running: RunningMock | undefined;
  let prism: Relay | undefined;
  beforeAll(async () => {
    running = await startMock({ apiKey: API_KEY, seed: 8, permissionSets: 12, ...mockOptions });
    prism = validate ? await throughPrism(running.url) : undefined;
    if (prism) proxies.set(running, prism);
  });
  afterAll(() => Promise.all([prism?.stop(), running?.stop()]));
  beforeEach(() => {
    running?.state.reset();
    running?.faults.clear();
    if (running) running.requests.length = 0;
  });
  afterEach(() => {
    expect(running?.violations.splice(0), 'responses of the mock that break the spec').toEqual([]);
  });
  return {
    get mock() {
      if (!running) throw new Error('the mock is not started yet');
      return running;
    },
  };
}
