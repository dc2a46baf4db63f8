// The one transport: one retry loop with per-attempt timeouts, the service's retry rules, Retry-After,
// abort, same-origin redirects, a response size limit, hooks and rate-limit capture. Every request goes
// through it, from the SDK's methods and from `civis.raw` alike (internal/call.ts builds what it sends),
// and every error leaving it is scrubbed of the key.
import type { RateLimit } from '../core/civis.js';
import { CivisError, ConnectionError, InvalidResponseError, TimeoutError } from '../core/errors.js';
import type { Hooks } from '../core/hooks.js';
import type { RequestOptions } from '../core/request-options.js';
import {
  type Backoff,
  isRetryableFailure,
  isRetryableStatus,
  onAbort,
  retryAfterMs,
  retryDelay,
  sleep,
} from './retry.js';
import { scrub } from './scrub.js';

export interface TransportConfig {
  fetch: typeof fetch;
  timeout: number;
  maxRetries: number;
  maxResponseBytes: number;
  backoff: Backoff;
  /** The client's hooks (its own, the debug log's). */
  hooks: Hooks[];
  /** The forms of the key, scrubbed from every error, URL and request id that leaves the transport. */
  secrets: string[];
  /** Receives the rate-limit headers of every response that has them. */
  onRateLimit: (rateLimit: RateLimit) => void;
}

/**
 * The final answer, its body read once inside the last attempt and parsed once: `data` for a success
 * status, `error` for an error status. `url` (where it came from), `requestId` and `error` are scrubbed
 * of the key, so errors made from them hold none.
 */
export interface Received {
  response: Response;
  url: string;
  requestId: string | undefined;
  /** The parsed JSON of a success body; undefined for an empty body. */
  data?: unknown;
  /** An error body: its JSON, else its text; undefined when empty. */
  error?: unknown;
}

/** Sends `init` (method, headers, body: the same for every attempt, so a retry resends it as it is). */
export type Transport = (url: string, init: RequestInit, options?: RequestOptions) => Promise<Received>;

const REDIRECTS = [301, 302, 303, 307, 308];

export function createTransport(config: TransportConfig): Transport {
  const clean = <T>(value: T): T => scrub(value, config.secrets);
  // The options were checked by the call (internal/call.ts), with the URL.
  return async function send(url, init, options = {}) {
    const { maxRetries = config.maxRetries, signal } = options;
    const hooks = [...config.hooks, options];
    const emit = <K extends keyof Hooks>(name: K, event: Parameters<NonNullable<Hooks[K]>>[0]) => {
      for (const each of hooks) each[name]?.(event as never);
    };
    signal?.throwIfAborted();
    let method = init.method as string;
    let redirects = 0;
    try {
      for (let attempt = 0; ; ) {
        const shown = { method, url: clean(url), attempt: attempt + 1 };
        emit('onRequest', shown);
        let response: Response;
        let text: string | undefined;
        try {
          // Redirects are followed here, not by fetch: only within the origin the key was meant for. A
          // copy of `init` per attempt: the caller's objects are never written to.
          ({ response, text } = await attemptOnce(
            config,
            url,
            { ...init, method, redirect: 'manual' },
            options,
          ));
        } catch (error) {
          if (signal?.aborted) throw signal.reason;
          if (
            attempt >= maxRetries ||
            !(error instanceof ConnectionError) ||
            !isRetryableFailure(method, error.code ?? error.message)
          )
            throw error;
          const delay = retryDelay(attempt++, undefined, config.backoff) as number;
          emit('onRetry', { ...shown, delay, reason: (error as Error).message });
          await sleep(delay, signal);
          continue;
        }
        const { status, headers } = response;
        const requestId = clean(headers.get('x-request-id') ?? undefined);
        emit('onResponse', { ...shown, status, headers, requestId });
        const limit = headers.get('x-ratelimit-limit');
        if (limit !== null) {
          config.onRateLimit({
            limit: Number(limit),
            remaining: Number(headers.get('x-ratelimit-remaining')),
          });
        }
        const location = REDIRECTS.includes(status) ? headers.get('location') : null;
        if (location !== null) {
          url = follow(url, location, method, status, requestId, ++redirects);
          // As fetch does: a 303, or a 301/302 after a POST, turns into a GET without a body.
          if (status === 303 || (status < 303 && method === 'POST')) {
            method = 'GET';
            init = { ...init, body: undefined };
          }
          continue;
        }
        if (attempt < maxRetries && isRetryableStatus(method, status)) {
          const delay = retryDelay(attempt, retryAfterMs(headers.get('retry-after')), config.backoff);
          if (delay !== undefined) {
            emit('onRetry', { ...shown, delay, reason: `HTTP ${status}` });
            await sleep(delay, signal);
            attempt++;
            continue;
          }
        }
        return received(response, text, method, shown.url, requestId, config.secrets);
      }
    } catch (error) {
      // The caller's abort reason and a hook's own error are theirs, passed on untouched; ours are scrubbed.
      throw error instanceof CivisError ? clean(error) : error;
    }
  };
}

/**
 * Where a redirect goes: refused when it leaves the origin (the Authorization header would go to a host
 * the caller never named, and a `fetch` of the caller's own may not strip it as Node's does), after 5
 * redirects, or when the Location is not a URL.
 */
function follow(
  url: string,
  location: string,
  method: string,
  status: number,
  requestId: string | undefined,
  redirects: number,
): string {
  let target: URL;
  try {
    target = new URL(location, url);
  } catch {
    throw new InvalidResponseError('the Location header is not a URL', status, method, url, requestId);
  }
  if (target.origin !== new URL(url).origin)
    throw new ConnectionError('refused a redirect to another origin', method, url);
  if (redirects > 5) throw new ConnectionError('more than 5 redirects', method, url);
  return target.href;
}

/**
 * The body parsed once, here. A success body that is not JSON (an HTML page, a cut-off document) is an
 * InvalidResponseError, not a SyntaxError later; an error body that is not JSON is kept as text, and the
 * key a server or proxy may echo back in it is scrubbed.
 */
function received(
  response: Response,
  text: string | undefined,
  method: string,
  url: string,
  requestId: string | undefined,
  secrets: string[],
): Received {
  let body: unknown = text;
  try {
    body = text?.trim() ? JSON.parse(text) : undefined;
  } catch {
    if (response.ok) {
      const type = response.headers.get('content-type') ?? 'none';
      const problem = `the body is not JSON (Content-Type: ${type})`;
      throw new InvalidResponseError(problem, response.status, method, url, requestId);
    }
  }
  if (response.ok) return { response, url, requestId, data: body };
  return { response, url, requestId, error: scrub(body, secrets) };
}

/** A fetch failure as `message (CODE)`, from the innermost error of its `cause` chain (undici's). */
function failure(error: unknown): { problem: string; code?: string } {
  let root = error as { cause?: unknown; code?: string; message?: string } | undefined;
  while (root?.cause) root = root.cause as typeof root;
  const code = root?.code;
  const message = root?.message || String(error);
  return { problem: code && !message.includes(code) ? `${message} (${code})` : message, code };
}

/**
 * One attempt, body included: the timeout covers a server that stalls mid-body too, and a body cut off
 * half-way is a connection failure that idempotent calls retry, rather than a parse error later. A body
 * over `maxResponseBytes` ends the attempt as soon as the limit is passed, without reading the rest.
 */
async function attemptOnce(
  config: TransportConfig,
  url: string,
  init: RequestInit,
  options: RequestOptions,
): Promise<{ response: Response; text: string | undefined }> {
  const { signal, timeout = config.timeout, maxResponseBytes = config.maxResponseBytes } = options;
  const method = init.method as string;
  const controller = new AbortController();
  const stop = onAbort(signal, () => controller.abort(signal?.reason));
  const timer = setTimeout(() => controller.abort(), timeout);
  let response: Response | undefined;
  try {
    // Called unbound: a browser's fetch refuses `this` = config ("Illegal invocation").
    const send = config.fetch;
    response = await send(url, { ...init, signal: controller.signal });
    return { response, text: await readText(response, maxResponseBytes) };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (error === TOO_LARGE) {
      const problem = `the body is larger than maxResponseBytes (${maxResponseBytes})`;
      throw new InvalidResponseError(problem, (response as Response).status, method, url);
    }
    if (controller.signal.aborted)
      throw new TimeoutError(`no complete response within ${timeout} ms`, method, url);
    const { problem, code } = failure(error);
    throw new ConnectionError(problem, method, url, code, error);
  } finally {
    clearTimeout(timer);
    stop();
  }
}

const TOO_LARGE = Symbol();

/**
 * The body as text, at most `limit` bytes of it, counted as they come (a declared length may be absent,
 * or be the compressed one): a larger body is cancelled as soon as it passes the limit.
 */
async function readText(response: Response, limit: number): Promise<string | undefined> {
  const body = response.body;
  if (body === null) return undefined;
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > limit) {
      reader.cancel().catch(() => {});
      throw TOO_LARGE;
    }
    text += decoder.decode(value, { stream: true });
  }
}
