// The one transport: one retry loop with per-attempt timeouts, the service's retry rules, Retry-After,
// abort, same-origin redirects and rate-limit capture. Every request goes through it, from the SDK's
// methods and from `civis.raw` alike (resources/call.ts builds what it sends).
import { ConnectionError, InvalidResponseError, safeUrl, scrub, secretsOf, TimeoutError } from './errors.js';
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
 * The final answer, its body read once inside the last attempt and parsed once: `data` for a success
 * status, `error` for an error status (the key a server echoed in it redacted). `url` is where it came from.
 */
export interface Received {
  response: Response;
  url: string;
  /** The parsed JSON of a success body; undefined for an empty body. */
  data?: unknown;
  /** An error body: its JSON, else its text; undefined when empty. */
  error?: unknown;
}

/** Sends `init` (method, headers, body: the same for every attempt, so a retry resends it as it is). */
export type Transport = (url: string, init: RequestInit, options?: RequestOptions) => Promise<Received>;

export function createTransport(config: TransportConfig): Transport {
  return async function send(url, init, options) {
    const maxRetries = options?.maxRetries ?? config.maxRetries;
    const timeout = options?.timeout ?? config.timeout;
    const signal = options?.signal;
    signal?.throwIfAborted();
    // Redirects are followed here, not by fetch: only within the origin the key was meant for.
    init.redirect = 'manual';
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
      const { status } = response;
      const location = [301, 302, 303, 307, 308].includes(status) ? response.headers.get('location') : null;
      if (location !== null) {
        // Refused when it leaves the origin: the Authorization header would go to a host the caller never
        // named (and a `fetch` of the caller's own may not strip it as Node's does).
        const target = new URL(location, url);
        if (target.origin !== new URL(url).origin)
          throw new ConnectionError('Refused a redirect to another origin');
        if (++redirects > 5) throw new ConnectionError('More than 5 redirects');
        url = target.href;
        // As fetch does: a 303, or a 301/302 after a POST, turns into a GET without a body.
        if (status === 303 || (status < 303 && method === 'POST'))
          init = { ...init, method: 'GET', body: undefined };
        continue;
      }
      if (attempt < maxRetries && isRetryableStatus(method, status)) {
        const wait = retryDelay(attempt, retryAfterMs(response.headers.get('retry-after')), config.backoff);
        if (wait !== undefined) {
          await sleep(wait, signal);
          attempt++;
          continue;
        }
      }
      return received(response, text, init, url);
    }
  };
}

/**
 * The body parsed once, here. A success body that is not JSON (an HTML page, a cut-off document) is an
 * InvalidResponseError, not a SyntaxError later; an error body that is not JSON is kept as text.
 */
function received(response: Response, text: string | undefined, init: RequestInit, url: string): Received {
  let body: unknown = text;
  try {
    body = text?.trim() ? JSON.parse(text) : undefined;
  } catch {
    if (response.ok) {
      const type = response.headers.get('content-type') ?? 'none';
      throw new InvalidResponseError(
        `the body is not JSON (Content-Type: ${type})`,
        response.status,
        response.headers,
        init.method as string,
        safeUrl(url),
      );
    }
  }
  if (response.ok) return { response, url, data: body };
  // A server or proxy may echo the Authorization header back in its error body.
  return { response, url, error: scrub(body, secretsOf(new Headers(init.headers).get('authorization'))) };
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
