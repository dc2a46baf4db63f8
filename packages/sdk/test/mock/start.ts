// One mock per test file, stopped in teardown (startMock also stops Prism on exit and signals).
import { type MockOptions, type RunningMock, startMock } from '@civis-ts/mock';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { Civis, type CivisOptions } from '../../src/index.js';

export const API_KEY = 'test-key';

/**
 * Starts a mock for the file; `civis()` makes a client of it (through Prism unless `direct`). A request
 * the mock's front had to change (a snake_case key, a body on a GET) fails the test: the SDK must send the
 * documented request as it is.
 */
export function useMock(options: MockOptions = {}) {
  const changed: string[] = [];
  const exact =
    (inner: typeof fetch): typeof fetch =>
    async (input, init) => {
      const response = await inner(input, init);
      const what = response.headers.get('x-civis-mock-normalised');
      if (what) changed.push(`${init?.method ?? 'GET'} ${String(input)}: ${what}`);
      return response;
    };
  afterEach(() => {
    expect(changed.splice(0), 'requests the mock had to normalise').toEqual([]);
  });
  const context = {
    mock: undefined as unknown as RunningMock,
    civis(clientOptions: CivisOptions & { direct?: boolean } = {}) {
      const { direct, ...rest } = clientOptions;
      return new Civis({
        apiKey: API_KEY,
        baseUrl: direct ? context.mock.directUrl : context.mock.url,
        backoff: { initial: 5, max: 2_000 },
        ...rest,
        fetch: exact(rest.fetch ?? fetch),
      });
    },
  };
  beforeAll(async () => {
    context.mock = await startMock({ apiKey: API_KEY, ...options });
  });
  afterAll(async () => {
    await context.mock?.stop();
  });
  return context;
}
