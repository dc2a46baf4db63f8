// One attempt: one fetch with its own timeout, the body read whole inside it (counted against the size
// limit as it comes), and a failure turned into the SDK's ConnectionError or TimeoutError.
import { ConnectionError, InvalidResponseError, TimeoutError } from '../core/errors.js';
import type { RequestOptions } from '../core/request-options.js';
import { onAbort } from './retry.js';

/** What an attempt needs of the client's settings. */
export interface AttemptConfig {
  fetch: typeof fetch;
  timeout: number;
  maxResponseBytes: number;
}

/**
 * One attempt, body included: the timeout covers a server that stalls mid-body too, and a body cut off
 * half-way is a connection failure that idempotent calls retry, rather than a parse error later. A body
 * over `maxResponseBytes` ends the attempt as soon as the limit is passed, without reading the rest.
 */
export async function attemptOnce(
  config: AttemptConfig,
  url: string,
  method: string,
  { headers, body }: RequestInit,
  options: RequestOptions,
): Promise<{ response: Response; text: string | undefined }> {
  const { signal, timeout = config.timeout, maxResponseBytes = config.maxResponseBytes } = options;
  const controller = new AbortController();
  const stop = signal ? onAbort(signal, () => controller.abort(signal.reason)) : undefined;
  const timer = setTimeout(() => controller.abort(), timeout);
  let response: Response | undefined;
  try {
    // Called unbound: a browser's fetch refuses `this` = config ("Illegal invocation"). A new init per
    // attempt: the caller's objects are never written to.
    const send = config.fetch;
    response = await send(url, { method, headers, body, redirect: 'manual', signal: controller.signal });
    // The body as text, at most `maxResponseBytes` of it, counted as they come (a declared length may be
    // absent, or be the compressed one): a larger body is cancelled as soon as it passes the limit.
    // Decoded once, at the end: a character split across two chunks is whole by then.
    const reader = response.body?.getReader();
    let text: string | undefined;
    if (reader) {
      const chunks: Uint8Array[] = [];
      let bytes = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.byteLength;
        if (bytes > maxResponseBytes) {
          reader.cancel().catch(() => {});
          throw TOO_LARGE;
        }
        chunks.push(value);
      }
      // One chunk (most answers) decoded at once; several joined by a Blob, which decodes UTF-8 too.
      text = chunks.length < 2 ? decoder.decode(chunks[0]) : await new Blob(chunks as BlobPart[]).text();
    }
    return { response, text };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (error === TOO_LARGE) {
      throw new InvalidResponseError(
        `the body is larger than maxResponseBytes (${maxResponseBytes})`,
        response as Response,
        method,
        url,
      );
    }
    if (controller.signal.aborted)
      throw new TimeoutError(`no complete response within ${timeout} ms`, method, url);
    // A fetch failure as `message (CODE)`, from the innermost error of its `cause` chain (undici's).
    let root = error as { cause?: unknown; code?: string; message?: string } | undefined;
    while (root?.cause) root = root.cause as typeof root;
    const code = root?.code;
    const message = root?.message || String(error);
    throw new ConnectionError(
      code && !message.includes(code) ? `${message} (${code})` : message,
      method,
      url,
      code,
      error,
    );
  } finally {
    clearTimeout(timer);
    stop?.();
  }
}

const TOO_LARGE = Symbol();
// Decoding a whole body keeps no state between calls, so one decoder serves every response.
const decoder = new TextDecoder();
