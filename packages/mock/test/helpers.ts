// Shared by the test files: a raw client whose fetch fails the running test on any Prism violation.
import { createCivisClient } from '@civis-ts/client';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { NORMALISED_HEADER } from '../src/front.js';
import { type MockOptions, type RunningMock, startMock } from '../src/index.js';

/**
 * A fetch that lets no spec violation pass: an `sl-violations` header or a Prism problem body (a 422 for a
 * request, a 500 for a response) throws, naming the test and the call, and is also checked after each test.
 * So does a request the front had to change (our clients must send the documented request as it is).
 */
export function violationGuard(): { fetch: (request: Request) => Promise<Response> } {
  const violations: string[] = [];
  afterEach(() => {
    const found = violations.splice(0);
    expect(found, 'Prism reported spec violations').toEqual([]);
  });
  return {
    fetch: async (request: Request) => {
      const response = await fetch(request);
      const header = response.headers.get('sl-violations') ?? response.headers.get(NORMALISED_HEADER);
      const problem = response.headers.get('content-type')?.includes('application/problem+json');
      if (header || problem) {
        const detail = header ?? (await response.clone().text());
        const message = `${expect.getState().currentTestName}: Prism flagged ${request.method} ${new URL(request.url).pathname}: ${detail}`;
        violations.push(message);
        throw new Error(message);
      }
      return response;
    },
  };
}

export function guardedClient(
  mock: RunningMock,
  guard: ReturnType<typeof violationGuard>,
  apiKey = 'test-key',
) {
  return createCivisClient({ baseUrl: mock.url, apiKey, fetch: guard.fetch });
}

export const BASIC = `Basic ${Buffer.from('test-key:').toString('base64')}`;

/** The value, or a failed assertion when it is missing (instead of a non-null assertion). */
export function defined<T>(value: T | null | undefined): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}

/**
 * One mock per test file (started before its tests, stopped after them), back to its seeded state with no
 * faults and an empty request log before each test. The returned object stands for the running mock.
 */
export function useMock(options: MockOptions = {}): RunningMock {
  let running: RunningMock | undefined;
  beforeAll(async () => {
    running = await startMock(options);
  });
  afterAll(() => running?.stop());
  beforeEach(() => {
    if (!running) return;
    running.state.reset();
    running.faults.clear();
    running.requests.length = 0;
  });
  return new Proxy({} as RunningMock, {
    get(_, key) {
      if (!running) throw new Error('the mock is not started yet: use it inside a test or a hook');
      return Reflect.get(running, key);
    },
  });
}
