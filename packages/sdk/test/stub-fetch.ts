// A scripted fetch for unit tests of the transport: answers in order, and records what was sent.
import { Civis } from '../src/index.js';

/** A key that is easy to grep for in anything that must not contain it. */
export const KEY = 'sk-SECRET-KEY-grep-me-0123';
export type Step = Response | Error | ((init: RequestInit) => Promise<Response>);

export interface StubFetch {
  fetch: typeof fetch;
  calls: { url: string; method: string; headers: Headers; body: string | undefined; at: number }[];
}

export function stubFetch(...steps: Step[]): StubFetch {
  const calls: StubFetch['calls'] = [];
  const fetchStub = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    // The SDK sends its JSON as a string: what fetch takes, and sends as UTF-8.
    const body = init.body === undefined ? undefined : (init.body as string);
    const method = init.method ?? 'GET';
    calls.push({ url: String(input), method, headers: new Headers(init.headers), body, at: Date.now() });
    const step = steps[Math.min(calls.length - 1, steps.length - 1)];
    if (step instanceof Error) throw step;
    if (typeof step === 'function') return step(init);
    return (step as Response).clone();
  };
  return { fetch: fetchStub as typeof fetch, calls };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'x-request-id': 'req-1', ...headers },
  });
}

export function errorBody(status: number, error = 'oops', description = 'Something failed.') {
  return json(status, { error, errorDescription: description, code: status });
}

/** Never answers; rejects when the attempt's signal aborts, as a real fetch does. */
export function hang(init: RequestInit): Promise<Response> {
  return new Promise((_, reject) => {
    init.signal?.addEventListener('abort', () => reject(init.signal?.reason ?? new Error('aborted')));
  });
}

/** A Civis over a scripted fetch, with short backoff waits: the client and what it sent. */
export function stubClient(...steps: Step[]): { civis: Civis; calls: StubFetch['calls'] } {
  const stub = stubFetch(...steps);
  const civis = new Civis({
    apiKey: KEY,
    baseUrl: 'http://127.0.0.1:9',
    fetch: stub.fetch,
    backoff: { initial: 1, max: 2_000 },
  });
  return { civis, calls: stub.calls };
}
