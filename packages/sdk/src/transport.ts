// The one transport: one retry loop with per-attempt timeouts, the service's retry rules, Retry-After,
// abort, same-origin redirects and rate-limit capture. Two thin entry points share it: the SDK's methods
// call it directly with a URL they built, and `civis.raw` (openapi-fetch) gets it as its `fetch`.
import { ConnectionError, InvalidResponseError, safeUrl, TimeoutError } from './errors.js';
import {
  type Backoff,
  isRetryableFailure,
  isRetryableStatus,
  retryAfterMs,
  retryDelay,
  sleep,
} from './retry.js';

/** The last argument of every SDK method. */
export interface RequestOptions {
  /** Cancels the call, retries and waits included. */
  signal?: AbortSignal;
  /** Milliseconds per attempt (default: the client's, 60 000). */
  timeout?: number;
  /** Retries after the first attempt (default: the client's, 3). */
  maxRetries?: number;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
}

export interface RateLimit {
  limit: number;
  remaining: number;
}

export interface TransportConfig {
  fetch: typeof fetch;
  timeout: number;
  maxRetries: number;
  backoff: Backoff;
  /** Receives the rate-limit headers of every response that has them. */
  onRateLimit: (rateLimit: RateLimit) => void;
}

/** What to send: the same for every attempt, so a retry resends it without cloning anything. */
export interface Outgoing {
  method: string;
  headers: HeadersInit;
  body?: BufferSource;
}

/** The final response, its body read once inside the last attempt, and a success body parsed once. */
export interface Received {
  response: Response;
  /** The body as text; undefined when the response had none. */
  text: string | undefined;
  /** The parsed JSON of a success body; undefined for an error status or an empty body. */
  data: unknown;
}

export type Transport = (url: string, outgoing: Outgoing, options?: RequestOptions) => Promise<Received>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

export function createTransport(config: TransportConfig): Transport {
  return async function send(url, outgoing, options) {
    const maxRetries = options?.maxRetries ?? config.maxRetries;
    const timeout = options?.timeout ?? config.timeout;
    const signal = options?.signal;
    signal?.throwIfAborted();
    // Redirects are followed here, not by fetch: only within the origin the key was meant for.
    let init: RequestInit = { ...outgoing, redirect: 'manual' };
    let redirects = 0;

    for (let attempt = 0; ; ) {
      const method = init.method as string;
      let response: Response;
      let text: string | undefined;
      try {
        ({ response, text } = await attemptOnce(config.fetch, url, init, timeout, signal));
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        if (attempt >= maxRetries || !isRetryableFailure(method)) throw error;
        await sleep(retryDelay(attempt++, undefined, config.backoff) as number, signal);
        continue;
      }
      const limit = response.headers.get('x-ratelimit-limit');
      if (limit !== null) {
        config.onRateLimit({
          limit: Number(limit),
          remaining: Number(response.headers.get('x-ratelimit-remaining')),
        });
      }
      const location = REDIRECTS.has(response.status) ? response.headers.get('location') : null;
      if (location !== null) {
        ({ url, init } = redirectTo(url, init, response.status, location, ++redirects));
        continue;
      }
      if (attempt < maxRetries && isRetryableStatus(method, response.status)) {
        const wait = retryDelay(attempt, retryAfterMs(response.headers.get('retry-after')), config.backoff);
        if (wait !== undefined) {
          await sleep(wait, signal);
          attempt++;
          continue;
        }
      }
      return { response, text, data: parseSuccess(response, text, method, url) };
    }
  };
}

/**
 * `civis.raw`'s entry point: the `fetch` openapi-fetch calls with its Request. The body stays readable
 * from memory, so openapi-fetch reads the text (or, with a Content-Length, the parsed JSON) without a
 * copy of the response or a second parse.
 */
export function transportFetch(send: Transport): (request: Request) => Promise<Response> {
  return async (request) => {
    const body = request.body === null ? undefined : await request.arrayBuffer();
    const outgoing = { method: request.method, headers: request.headers, body };
    const { response, text, data } = await send(request.url, outgoing, { signal: request.signal });
    if (text !== undefined) {
      response.text = () => Promise.resolve(text);
      response.json = () => Promise.resolve(data === undefined ? JSON.parse(text) : data);
    }
    return response;
  };
}

/**
 * The next hop of a redirect, refused when it leaves the origin: the Authorization header would go to
 * a host the caller never named (and a `fetch` of the caller's own may not strip it as Node's does).
 */
function redirectTo(
  from: string,
  init: RequestInit,
  status: number,
  location: string,
  count: number,
): { url: string; init: RequestInit } {
  const target = new URL(location, from);
  if (target.origin !== new URL(from).origin) {
    throw new ConnectionError(
      'Refused to follow a redirect to another origin: the API key is only sent to the base URL',
    );
  }
  if (count > MAX_REDIRECTS) throw new ConnectionError(`More than ${MAX_REDIRECTS} redirects`);
  // As fetch does: 303 (and 301/302 after a POST) turn into a GET without a body.
  const toGet = status === 303 || ((status === 301 || status === 302) && init.method === 'POST');
  return { url: target.href, init: toGet ? { ...init, method: 'GET', body: undefined } : init };
}

/**
 * Parses a success body once, here: one that is not JSON (an HTML page, a cut-off document) is an
 * error, not a SyntaxError later. Error bodies are left to the caller, which may not need them parsed.
 */
function parseSuccess(response: Response, text: string | undefined, method: string, url: string): unknown {
  if (!response.ok || text === undefined || text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    const type = response.headers.get('content-type') ?? 'none';
    throw new InvalidResponseError(
      `the body is not JSON (Content-Type: ${type})`,
      response.status,
      response.headers,
      method,
      safeUrl(url),
    );
  }
}

/**
 * One attempt, body included: the timeout covers a server that stalls mid-body too, and a body cut off
 * half-way is a connection failure that idempotent calls retry, rather than a parse error later.
 */
async function attemptOnce(
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit,
  timeout: number,
  signal: AbortSignal | undefined,
): Promise<{ response: Response; text: string | undefined }> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort);
  const timer = setTimeout(() => controller.abort(), timeout);
  init.signal = controller.signal;
  try {
    const response = await fetchImpl(url, init);
    return { response, text: response.body === null ? undefined : await response.text() };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (controller.signal.aborted) throw new TimeoutError(`No complete response within ${timeout} ms`);
    throw new ConnectionError(`Connection failed: ${(error as Error)?.message ?? error}`, { cause: error });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
