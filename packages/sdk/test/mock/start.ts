// One mock per test file, stopped in teardown. In the `through prism` project of vitest.config.ts, the
// file's clients go through the run's `prism proxy` to the mock, so a request or a response the mock's own
// validation lets through but Prism refuses fails the test.
import { type RunningMock, type StartOptions, startMock } from '@civis-ts/mock';
import { type Relay, throughPrism } from '@civis-ts/prism-check/through';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { Civis, type CivisOptions } from '../../src/index.js';

export const API_KEY = 'test-key';

/**
 * Starts a mock for the file; `civis()` makes a client of it. A request the mock had to take in one of the
 * official client's forms (a snake_case key, a body on a GET), a response it found breaking the spec, or
 * anything Prism flagged fails the test: the SDK must send the documented request as it is.
 * `validate: false` (for a file) and `direct` (for a client) keep Prism out of the way of faults it
 * cannot carry (a dropped connection, a cut body).
 */
export function useMock(options: StartOptions & { validate?: boolean } = {}) {
  const { validate = true, ...mockOptions } = options;
  const flagged: string[] = [];
  const exact =
    (inner: typeof fetch): typeof fetch =>
    async (input, init) => {
      const response = await inner(input, init);
      // A request Prism refuses is the test's business (some send invalid ones on purpose); a response it
      // refuses (a 5xx problem, `sl-violations`) is the mock's fault.
      const refused =
        response.status >= 500 && response.headers.get('content-type')?.includes('problem+json');
      const what =
        response.headers.get('x-civis-mock-normalised') ??
        response.headers.get('sl-violations') ??
        (refused ? await response.clone().text() : null);
      if (what) flagged.push(`${init?.method ?? 'GET'} ${String(input)}: ${what}`);
      return response;
    };
  afterEach(() => {
    expect(flagged.splice(0), 'requests normalised by the mock, or flagged by Prism').toEqual([]);
    expect(context.mock.violations.splice(0), 'responses of the mock that break the spec').toEqual([]);
  });
  let prism: Relay | undefined;
  let running: RunningMock | undefined;
  const context = {
    /** The mock; through Prism, its `url` is the proxy's, as a client of the file sees it. */
    mock: undefined as unknown as RunningMock,
    civis(clientOptions: CivisOptions & { direct?: boolean } = {}) {
      const { direct, ...rest } = clientOptions;
      return new Civis({
        apiKey: API_KEY,
        baseUrl: direct ? running?.url : context.mock.url,
        backoff: { initial: 5, max: 2_000 },
        ...rest,
        fetch: exact(rest.fetch ?? fetch),
      });
    },
  };
  beforeAll(async () => {
    running = await startMock({ apiKey: API_KEY, ...mockOptions });
    if (validate) prism = await throughPrism(running.url);
    context.mock = prism ? { ...running, url: prism.url } : running;
  });
  afterAll(async () => {
    await Promise.all([prism?.stop(), running?.stop()]);
  });
  return context;
}
