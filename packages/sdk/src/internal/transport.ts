// The one transport: one retry loop with per-attempt timeouts, the service's retry rules, Retry-After,
// abort, same-origin redirects, a response size limit, hooks and rate-limit capture. Every request goes
// through it, from the SDK's methods and from `civis.raw` alike (internal/call.ts builds what it sends),
// and every error leaving it is scrubbed of the key.
import type { RateLimit } from '../core/civis.js';
import { CivisError, ConnectionError, InvalidResponseError } from '../core/errors.js';
import type { Hooks } from '../core/hooks.js';
import type { RequestOptions } from '../core/request-options.js';
import { type AttemptConfig, attemptOnce } from './attempt.js';
import { type Backoff, onAbort, retryAfterMs, retryDelay } from './retry.js';
import { scrub } from './scrub.js';
import type { Shape } from './shapes.js';
import { isObject } from './validate.js';

export interface TransportConfig extends AttemptConfig {
  maxRetries: number;
  backoff: Partial<Backoff>;
  /** The client's hooks (its own, the debug log's). */
  hooks: Hooks[];
  /** The forms of the key, scrubbed from every error, URL and request id that leaves the transport. */
  secrets: string[];
  /** Receives the rate-limit headers of every response that has them. */
  onRateLimit: (rateLimit: RateLimit) => void;
}

/**
 * The final answer, its body read once inside the last attempt and parsed once: `data` for a success
 * status, `error` for an error status. For an error status `url`, `requestId` and `error` are scrubbed
 * of the key, so errors made from them hold none; a success is not scrubbed (nothing of it becomes an
 * error: one that `read` cannot read is thrown by the transport, which scrubs it).
 */
export interface Received {
  response: Response;
  url: string;
  /** The `X-Request-Id` of an error status (scrubbed); read from the response for a success. */
  requestId?: string;
  /**
   * The parsed JSON of a success body, of the documented shape (as `read` returns it, when given);
   * undefined where the operation promises no body (a DELETE's 204), whatever came.
   */
  data?: unknown;
  /** An error body: its JSON, else its text; undefined when empty. */
  error?: unknown;
}

/**
 * Sends `init` (method, headers, body: the same for every attempt, so a retry resends it as it is). A
 * success body that is not of `shape` (when given; `document`: any JSON), or not JSON at all, or that
 * `read` (when given: what the caller makes of it) throws on, is an InvalidResponseError.
 */
export type Transport = (
  url: string,
  init: RequestInit,
  options: RequestOptions | undefined,
  shape: Shape | 'document' | undefined,
  read?: (data: never) => unknown,
) => Promise<Received>;

// The redirect statuses (301, 302, 303, 307, 308); `test` reads a status as its digits.
const REDIRECT = /^30[12378]$/;
const NO_OPTIONS: RequestOptions = {};

type Events = {
  [K in keyof Hooks]-?: Parameters<NonNullable<Hooks[K]>>[0];
};

/**
 * Hands each hook its own copy of the event: what a hook changes reaches neither the next hook nor the
 * call (the headers in it are a copy made once per response). A hook is awaited; one that throws or rejects fails the call with a CivisError
 * whose cause is the hook's error, rather than escaping as an unhandled rejection.
 */
async function emit<K extends keyof Hooks>(
  hooks: readonly Hooks[],
  name: K,
  event: Events[K],
): Promise<void> {
  for (const hook of hooks) {
    if (!hook[name]) continue;
    try {
      // Called as a method: `this` is the hook object.
      await (hook[name] as (event: Events[K]) => unknown)({ ...event });
    } catch (cause) {
      throw new CivisError(`The ${name} hook failed: ${(cause as Error)?.message ?? cause}`, { cause });
    }
  }
}

export function createTransport(config: TransportConfig): Transport {
  const clean = <T>(value: T): T => scrub(value, config.secrets);
  // The options were checked by the call (internal/call.ts), with the URL.
  return async function send(url, init, options = NO_OPTIONS, shape, read) {
    const { maxRetries = config.maxRetries, signal } = options;
    // The hooks this call runs: none at all (no list, no event) when nobody installed any.
    const hooks =
      config.hooks.length || options.onRequest || options.onResponse || options.onRetry
        ? [...config.hooks, options]
        : undefined;
    signal?.throwIfAborted();
    let method = init.method as string;
    let redirects = 0;
    try {
      for (let attempt = 0; ; ) {
        // What hooks are shown of the attempt, made only for hooks: the URL scrubbed of the key.
        const shown = hooks && { method, url: clean(url), attempt: attempt + 1 };
        if (shown) await emit(hooks as Hooks[], 'onRequest', shown);
        // A retry waits `delay`, after telling the hooks why: a failed attempt, or a retryable status.
        let delay: number | undefined;
        let reason = '';
        let response: Response | undefined;
        let text: string | undefined;
        try {
          // Redirects are followed here, not by fetch: only within the origin the key was meant for.
          ({ response, text } = await attemptOnce(config, url, method, init, options));
        } catch (error) {
          // (An abort is the signal's reason, thrown as it is by the attempt: not a ConnectionError.)
          if (
            attempt >= maxRetries ||
            !(error instanceof ConnectionError) ||
            // A failed connection or a timeout may have reached the service: only idempotent methods
            // retry it; and not a failure that cannot go otherwise next time: an unknown host, a
            // certificate the system does not trust, a URL or scheme fetch refuses.
            method === 'POST' ||
            method === 'PATCH' ||
            /ENOTFOUND|CERT|UNABLE_TO|ERR_INVALID|unknown scheme/.test(error.code ?? error.message)
          )
            throw error;
          delay = retryDelay(attempt, undefined, config.backoff);
          reason = error.message;
        }
        if (response) {
          const { status, headers } = response;
          // Scrubbed: only for what leaves as an event or an error.
          const requestId = () => clean(headers.get('x-request-id') ?? undefined);
          if (shown) {
            // A copy of the headers: the retry wait, the rate limit and the redirect are read from the original.
            await emit(hooks as Hooks[], 'onResponse', {
              ...shown,
              status,
              headers: new Headers(headers),
              requestId: requestId(),
            });
          }
          const limit = headers.get('x-ratelimit-limit');
          if (limit !== null) {
            config.onRateLimit({
              limit: Number(limit),
              remaining: Number(headers.get('x-ratelimit-remaining')),
            });
          }
          const location = REDIRECT.test(status as unknown as string) ? headers.get('location') : null;
          if (location !== null) {
            // Refused when it leaves the origin (the Authorization header would go to a host the caller
            // never named, and a `fetch` of the caller's own may not strip it as Node's does), after 5
            // redirects, or when the Location is not a URL.
            let target: URL;
            try {
              target = new URL(location, url);
            } catch {
              throw new InvalidResponseError('the Location header is not a URL', response, method, url);
            }
            if (target.origin !== new URL(url).origin)
              throw new ConnectionError('refused a redirect to another origin', method, url);
            if (++redirects > 5) throw new ConnectionError('more than 5 redirects', method, url);
            url = target.href;
            // As fetch does: a 303, or a 301/302 after a POST, turns into a GET without a body.
            if (status === 303 || (status < 303 && method === 'POST')) {
              method = 'GET';
              init = { ...init, body: undefined };
            }
            continue;
          }
          // A status retried: POST only where the service promises the request was not processed (429,
          // 503); PATCH never, as it is not idempotent; the rest on 429, 502, 503, 504.
          if (
            attempt < maxRetries &&
            method !== 'PATCH' &&
            (status === 429 || status === 503 || (method !== 'POST' && (status === 502 || status === 504)))
          )
            delay = retryDelay(attempt, retryAfterMs(headers.get('retry-after')), config.backoff);
          if (delay === undefined) {
            // The body parsed once, here. A success body that is not JSON (an HTML page, a cut-off
            // document) or not of the documented shape is an InvalidResponseError, not a SyntaxError or a
            // TypeError later; an error body that is not JSON is kept as text, and the key a server or
            // proxy may echo back in it is scrubbed.
            let body: unknown = text;
            try {
              body = text?.trim() ? JSON.parse(text) : undefined;
            } catch {
              // Text, which no shape admits: refused below even where none is promised.
              shape ??= 'document';
            }
            if (response.ok) {
              if (shape && !(shape === 'array' ? Array.isArray(body) : isObject(body)))
                throw new InvalidResponseError(
                  body == null
                    ? 'the body is missing'
                    : `the body is not a JSON ${shape} (Content-Type: ${headers.get('content-type') ?? 'none'})`,
                  response,
                  method,
                  url,
                );
              if (read) {
                try {
                  body = read(body as never);
                } catch {
                  throw new InvalidResponseError(
                    'the body is not the documented shape',
                    response,
                    method,
                    url,
                  );
                }
              }
              // No shape promised (a DELETE's 204): no data, whatever came.
              return { response, url, data: shape && body };
            }
            return { response, url: clean(url), requestId: requestId(), error: clean(body) };
          }
          reason = `HTTP ${status}`;
        }
        if (shown) await emit(hooks as Hooks[], 'onRetry', { ...shown, delay: delay as number, reason });
        // The wait: over after `delay`, or rejected with the signal's reason as soon as it aborts (thrown
        // inside the executor, an abort that came first rejects it); no timer is left behind.
        await new Promise<void>((resolve, reject) => {
          signal?.throwIfAborted();
          const stop = onAbort(signal, () => {
            clearTimeout(timer);
            reject(signal?.reason);
          });
          const timer = setTimeout(() => {
            stop();
            resolve();
          }, delay);
        });
        attempt++;
      }
    } catch (error) {
      // The caller's abort reason is theirs, passed on untouched; ours (a hook's failure included) are scrubbed.
      throw error instanceof CivisError ? clean(error) : error;
    }
  };
}
