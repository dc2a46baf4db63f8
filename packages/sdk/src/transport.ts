// The one transport: a `fetch` handed to openapi-fetch, so the SDK's calls and `civis.raw` alike get
// per-attempt timeouts, the service's retry rules, Retry-After, abort and rate-limit capture.
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

/**
 * The init for one SDK call through openapi-fetch. openapi-fetch copies init keys it does not know onto
 * the Request, which is how the per-call `timeout` and `maxRetries` reach the transport with no
 * per-call middleware.
 */
export function callInit(
  options: RequestOptions | undefined,
  signal = options?.signal,
): { signal?: AbortSignal; headers?: Record<string, string> } {
  return { signal, headers: options?.headers, civis: options } as { signal?: AbortSignal };
}

/** Where each response came from, for the error built later from its parsed body. */
export const origins = new WeakMap<Response, Request>();

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

export function createTransport(config: TransportConfig): (request: Request) => Promise<Response> {
  return async function civisFetch(request) {
    const options = (request as { civis?: RequestOptions }).civis;
    const maxRetries = options?.maxRetries ?? config.maxRetries;
    const timeout = options?.timeout ?? config.timeout;
    const { signal } = request;
    signal.throwIfAborted();
    // Read the body once, so each attempt can send it again without cloning the request.
    const body = request.body === null ? undefined : await request.arrayBuffer();
    // Redirects are followed here, not by fetch: only within the origin the key was meant for.
    let init: RequestInit = { method: request.method, headers: request.headers, body, redirect: 'manual' };
    let url = request.url;
    let redirects = 0;

    for (let attempt = 0; ; ) {
      const method = init.method as string;
      let response: Response;
      let text: string | undefined;
      try {
        ({ response, text } = await attemptOnce(config.fetch, url, init, timeout, signal));
      } catch (error) {
        if (signal.aborted) throw signal.reason;
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
      origins.set(response, request);
      if (text !== undefined) keepBody(response, text, method, url);
      return response;
    }
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
 * error, not a SyntaxError later. The body stays readable from memory, so openapi-fetch reads the
 * text (or, with a Content-Length, the parsed JSON) without a copy of the response or a second parse.
 */
function keepBody(response: Response, text: string, method: string, url: string): void {
  let json: unknown;
  if (response.ok && text.trim() !== '') {
    try {
      json = JSON.parse(text);
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
  response.text = () => Promise.resolve(text);
  response.json = () => Promise.resolve(json === undefined ? JSON.parse(text) : json);
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
  signal: AbortSignal,
): Promise<{ response: Response; text: string | undefined }> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', onAbort);
  const timer = setTimeout(() => controller.abort(), timeout);
  init.signal = controller.signal;
  try {
    const response = await fetchImpl(url, init);
    return { response, text: response.body === null ? undefined : await response.text() };
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    if (controller.signal.aborted) throw new TimeoutError(`No complete response within ${timeout} ms`);
    throw new ConnectionError(`Connection failed: ${(error as Error)?.message ?? error}`, { cause: error });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}
