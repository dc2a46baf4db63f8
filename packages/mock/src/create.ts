// createMock: the fake as a fetch function, with no server and no port. Give `fetch` and `url` to a
// client; `state`, `faults`, `requests` and `violations` are the fake's own. Imports nothing from `node:`,
// so it runs in Node, Bun, Deno, a worker and a browser page.
import type { Outgoing } from './errors.js';
import {
  createFake,
  type Fake,
  type Incoming,
  type RecordedRequest,
  type SpecViolation,
  tooLarge,
} from './fake.js';
import { Faults, type MockFaults } from './faults.js';
import { MockStore } from './store.js';

export interface MockOptions {
  /** The seed of the generated users, groups, permission sets and shares. Default 1. */
  seed?: number;
  /** The API key the fake accepts. Default 'test-key'. */
  apiKey?: string;
  /** How many permission sets the seed makes. Default 25. */
  permissionSets?: number;
  /** How many of the last requests `requests` keeps (a ring; 0 keeps none). Default 1,000. */
  requestLog?: number;
  /** Called with each request as it arrives (the CLI's `--log-requests`). */
  onRequest?: (request: RecordedRequest) => void;
  /** The largest request body the fake reads; a longer one is answered 413. Default 4 MiB. */
  maxBodyBytes?: number;
}

export const DEFAULTS = {
  seed: 1,
  apiKey: 'test-key',
  permissionSets: 25,
  requestLog: 1_000,
  maxBodyBytes: 4 * 1024 * 1024,
} as const;

/** The origin `createMock().url` names: any origin reaches the fake through its `fetch`. */
export const MOCK_ORIGIN = 'https://civis-mock.invalid';

export interface Mock {
  /** The one key the fake accepts. */
  apiKey: string;
  /** The base URL to give a client with `fetch`. */
  url: string;
  /** A `fetch` that answers as the service would, in process; any origin, routed by path. */
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** The in-memory state; `state.reset()` restores the seeded state. */
  state: MockStore;
  faults: MockFaults;
  /** The last `requestLog` requests, oldest first; `requests.length = 0` clears it. */
  requests: RecordedRequest[];
  /** Every response the fake meant to send that the spec does not allow (each answered 500 instead). */
  violations: SpecViolation[];
}

/** What `startMock` needs besides the public parts: the fake itself, for its HTTP door. */
export interface MockInternals extends Mock {
  answer: Fake;
  maxBodyBytes: number;
}

function check(name: string, value: number | undefined, max: number): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= 0 && value <= max))
    throw new RangeError(`civis-mock: ${name} must be an integer from 0 to ${max}, got ${value}`);
}

export function createMock(options: MockOptions = {}): Mock {
  return createInternals(options);
}

export function createInternals(options: MockOptions = {}): MockInternals {
  check('requestLog', options.requestLog, Number.MAX_SAFE_INTEGER);
  check('maxBodyBytes', options.maxBodyBytes, Number.MAX_SAFE_INTEGER);
  check('permissionSets', options.permissionSets, 1_000_000);
  const state = new MockStore({
    seed: options.seed ?? DEFAULTS.seed,
    permissionSets: options.permissionSets ?? DEFAULTS.permissionSets,
  });
  const faults = new Faults();
  const requests: RecordedRequest[] = [];
  const violations: SpecViolation[] = [];
  const apiKey = options.apiKey ?? DEFAULTS.apiKey;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULTS.maxBodyBytes;
  const answer = createFake({
    store: state,
    faults,
    apiKey,
    requests,
    requestLog: options.requestLog ?? DEFAULTS.requestLog,
    violations,
    onRequest: options.onRequest,
    maxBodyBytes,
  });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    return toResponse(await abortable(answer(fromRequest(request)), request.signal), request.signal);
  };
  return { apiKey, url: MOCK_ORIGIN, fetch, state, faults, requests, violations, answer, maxBodyBytes };
}

function fromRequest(request: Request): Incoming {
  const url = new URL(request.url);
  return {
    method: request.method,
    target: url.pathname + url.search,
    header: (name) => request.headers.get(name) ?? undefined,
    hasBody: request.body !== null,
    readBody: (max) => readStream(request.body, max),
  };
}

/** Reads a body stream whole, counting as it goes: past `max` bytes it stops reading and rejects (413). */
export async function readStream(body: ReadableStream<Uint8Array> | null, max: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.byteLength;
  }
  return whole;
}

/** The fake's answer, or the abort of the request's signal (a latency or a hang outlasts a timeout). */
function abortable<T>(answer: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    answer.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

const NO_BODY = new Set([101, 103, 204, 205, 304]);

/** The fake's answer as fetch would deliver it; a dropped connection fails as fetch fails on one. */
function toResponse(outgoing: Outgoing, signal: AbortSignal): Promise<Response> | Response {
  if (outgoing.drop === 'hang')
    return new Promise<Response>((_, reject) =>
      signal.addEventListener('abort', () => reject(signal.reason), { once: true }),
    );
  if (outgoing.drop === 'before-response')
    throw new TypeError('fetch failed', { cause: new Error('other side closed (civis-mock fault)') });
  const init = { status: outgoing.status, headers: outgoing.headers };
  if (NO_BODY.has(outgoing.status) || outgoing.body === undefined) return new Response(null, init);
  if (outgoing.drop !== 'mid-body') return new Response(outgoing.body, init);
  const bytes = new TextEncoder().encode(outgoing.body.length > 1 ? outgoing.body : '{"truncated":true}');
  const half = bytes.subarray(0, Math.floor(bytes.length / 2));
  let sent = false;
  // Half the body, then the error a cut connection gives (pull: an error raised at start drops the queue).
  const cut = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!sent) {
        sent = true;
        return controller.enqueue(half);
      }
      controller.error(
        new TypeError('terminated', { cause: new Error('other side closed (civis-mock fault)') }),
      );
    },
  });
  return new Response(cut, {
    ...init,
    headers: { ...outgoing.headers, 'Content-Length': String(bytes.length) },
  });
}
