// The CLI as users run it: the built binary in a child process, against a mock (behind Prism's
// validating proxy unless asked otherwise), with the key and endpoint in the environment only.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type MockOptions, type RunningMock, startMock } from '@civis-ts/mock';
import { afterAll, beforeAll, beforeEach } from 'vitest';

export const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
export const API_KEY = 'test-key';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `civis-ts ARGS`; `env: null` runs it with no key or endpoint at all. `interruptOn`: sends SIGINT,
 * as Ctrl-C would, once stdout matches it.
 */
export function civisTs(
  args: string[],
  options: {
    mock?: RunningMock;
    input?: string;
    env?: Record<string, string>;
    cwd?: string;
    interruptOn?: RegExp;
  } = {},
): Promise<Run> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...options.env };
  if (options.mock) {
    env.CIVIS_API_KEY = API_KEY;
    env.CIVIS_API_ENDPOINT = options.mock.url;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, cwd: options.cwd, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    let interrupted = false;
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (!interrupted && options.interruptOn?.test(stdout)) interrupted = child.kill('SIGINT');
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/**
 * One mock per test file, back to its seeded state with no faults and an empty request log before each
 * test. Seed 8 with 12 sets: every set's name is unique, so `export` can write them all.
 */
export function useMock(options: MockOptions = {}): { readonly mock: RunningMock } {
  let running: RunningMock | undefined;
  beforeAll(async () => {
    running = await startMock({ apiKey: API_KEY, seed: 8, permissionSets: 12, ...options });
  });
  afterAll(() => running?.stop());
  beforeEach(() => {
    running?.state.reset();
    running?.faults.clear();
    if (running) running.requests.length = 0;
  });
  return {
    get mock() {
      if (!running) throw new Error('the mock is not started yet');
      return running;
    },
  };
}
