// Shared by the test files: mocks that fail the running test on any response the fake found breaking the
// spec (`mock.violations`), and a raw client that also fails on a request the fake had to take in one of
// the official client's forms (our clients must send the documented request as it is).
import { createCivisClient } from '@civis-ts/client';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import {
  createMock,
  type Mock,
  type MockOptions,
  NORMALISED_HEADER,
  type RunningMock,
  startMock,
} from '../src/index.js';

/** A fetch that throws (and fails the test after it) on a response marked as normalised. */
export function violationGuard(): { fetch: (request: Request) => Promise<Response>; use(mock: Mock): void } {
  const found: string[] = [];
  let target: Mock | undefined;
  afterEach(() => {
    expect(found.splice(0), 'requests the mock had to normalise').toEqual([]);
  });
  return {
    use(mock) {
      target = mock;
    },
    fetch: async (request: Request) => {
      // An HTTP mock is reached over HTTP; an in-process one through its own fetch.
      const response = await (target && !target.url.startsWith('http://')
        ? target.fetch(request)
        : fetch(request));
      const header = response.headers.get(NORMALISED_HEADER);
      if (header) {
        const message = `${expect.getState().currentTestName}: ${request.method} ${new URL(request.url).pathname} normalised: ${header}`;
        found.push(message);
        throw new Error(message);
      }
      return response;
    },
  };
}

export function guardedClient(mock: Mock, guard: ReturnType<typeof violationGuard>, apiKey = 'test-key') {
  guard.use(mock);
  return createCivisClient({ baseUrl: mock.url, apiKey, fetch: guard.fetch });
}

export const BASIC = `Basic ${Buffer.from('test-key:').toString('base64')}`;

/** The value, or a failed assertion when it is missing (instead of a non-null assertion). */
export function defined<T>(value: T | null | undefined): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}

/** A proxy standing for a mock made in a hook: it throws when used before the hook ran. */
function later<T extends object>(get: () => T | undefined): T {
  return new Proxy({} as T, {
    get(_, key) {
      const value = get();
      if (!value) throw new Error('the mock is not started yet: use it inside a test or a hook');
      return Reflect.get(value, key);
    },
  });
}

/** Back to the seeded state with no faults and an empty log before each test; no violation after it. */
function everyTest(get: () => Mock | undefined): void {
  beforeEach(() => {
    const mock = get();
    if (!mock) return;
    mock.state.reset();
    mock.faults.clear();
    mock.requests.length = 0;
  });
  afterEach(() => {
    expect(get()?.violations.splice(0), 'responses that break the spec').toEqual([]);
  });
}

/** One HTTP mock per test file (`startMock`), started before its tests and stopped after them. */
export function useMock(options: MockOptions = {}): RunningMock {
  let running: RunningMock | undefined;
  beforeAll(async () => {
    running = await startMock(options);
  });
  afterAll(() => running?.stop());
  everyTest(() => running);
  return later(() => running);
}

/** One in-process mock per test file (`createMock`): no port, the same fake. */
export function useFetchMock(options: MockOptions = {}): Mock {
  const mock = createMock(options);
  everyTest(() => mock);
  return mock;
}
