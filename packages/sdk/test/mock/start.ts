// One mock per test file, stopped in teardown (startMock also stops Prism on exit and signals).
import { type MockOptions, type RunningMock, startMock } from '@civis-ts/mock';
import { afterAll, beforeAll } from 'vitest';
import { Civis, type CivisOptions } from '../../src/index.js';

export const API_KEY = 'test-key';

/** Starts a mock for the file; `civis()` makes a client of it (through Prism unless `direct`). */
export function useMock(options: MockOptions = {}) {
  const context = {
    mock: undefined as unknown as RunningMock,
    civis(clientOptions: CivisOptions & { direct?: boolean } = {}) {
      const { direct, ...rest } = clientOptions;
      return new Civis({
        apiKey: API_KEY,
        baseUrl: direct ? context.mock.directUrl : context.mock.url,
        backoff: { initial: 5, max: 2_000 },
        ...rest,
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
