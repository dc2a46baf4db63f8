// The entry point: one transport and one call over it, shared by the resources and `civis.raw`.
import { basicAuthorization, configOf, defaultHeaders } from '@civis-ts/client';
import { createCall } from '../internal/call.js';
import { checkOptions } from '../internal/options.js';
import type { Backoff } from '../internal/retry.js';
import { createTransport } from '../internal/transport.js';
import { encode, fail } from '../internal/validate.js';
import { PermissionSets } from '../resources/permission-sets.js';
import { createRaw, type RawClient } from '../resources/raw.js';
import { CivisValidationError, MissingApiKeyError } from './errors.js';
import type { Hooks } from './hooks.js';

export interface CivisOptions {
  /** Defaults to the `CIVIS_API_KEY` environment variable. */
  apiKey?: string;
  /** Defaults to `CIVIS_API_ENDPOINT`, else `https://api.civisanalytics.com`. */
  baseUrl?: string;
  /** The `fetch` every attempt goes through (default: the global one). */
  fetch?: typeof fetch;
  /** Retries after the first attempt, where the service's rules allow one (default 3). */
  maxRetries?: number;
  /** Milliseconds per attempt, response body included (default 60 000). */
  timeout?: number;
  /** Replaces the default `User-Agent`. */
  userAgent?: string;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /**
   * Allow sending the key over plain `http://` to a host that is not loopback (127.0.0.0/8, ::1,
   * localhost). Off by default: anyone on the path could read the key.
   */
  allowInsecureHttp?: boolean;
  /** Waits between retries in ms (default `{ initial: 500, max: 60000 }`); `Retry-After` above `max` is not waited for. */
  backoff?: Partial<Backoff>;
  /** The largest response body read, in bytes (default 64 MiB); a larger one is an InvalidResponseError. */
  maxResponseBytes?: number;
}

export interface RateLimit {
  limit: number;
  remaining: number;
}

export class Civis {
  /** The spec-typed raw client (openapi-fetch's calling convention), with the same auth, retries and timeouts. */
  declare readonly raw: RawClient;
  declare readonly permissionSets: PermissionSets;
  #rateLimit: RateLimit | undefined;
  readonly #hooks: Hooks[] = [];

  constructor(options: CivisOptions = {}) {
    checkOptions(options);
    const { apiKey, baseUrl } = configOf(options, (field, problem) => {
      throw new (field === 'apiKey' ? MissingApiKeyError : CivisValidationError)(field, problem);
    });
    // A key with a stray space, tab or line end (as .env files leave them) goes out as sent, but a server
    // that trims it would echo a form no scrubbing knows: refused here, naming where it usually comes from.
    if (apiKey.trim() !== apiKey)
      fail('apiKey', 'has a space, tab or line end at an end: check CIVIS_API_KEY');
    let headers: Headers;
    try {
      headers = defaultHeaders(apiKey, options);
    } catch {
      fail('headers', 'must be valid HTTP header names and values');
    }
    const token = basicAuthorization(apiKey).slice(6);
    const transport = createTransport({
      fetch: options.fetch ?? globalThis.fetch,
      timeout: options.timeout ?? 60_000,
      maxRetries: options.maxRetries ?? 3,
      maxResponseBytes: options.maxResponseBytes ?? 64 * 2 ** 20,
      backoff: { ...options.backoff },
      hooks: this.#hooks,
      // The forms the key travels in, known once, here: itself, the token of `Authorization: Basic
      // base64(key:)`, its UTF-8 bytes read as Latin-1 (how a server that decodes the token byte by
      // byte echoes a non-ASCII key), and the key and token percent-encoded in either case of hex (as in a
      // URL a server echoes; a key that is not well-formed Unicode cannot be, and is refused: what would be sent is
      // not the key). Every error, URL and request id leaving the transport is scrubbed of them (a key of
      // under 4 characters is not scrubbed: every message would be garbled, and it is no secret).
      secrets: [
        apiKey,
        token,
        atob(token).slice(0, -1),
        ...[encode(apiKey, 'apiKey'), encodeURIComponent(token)].flatMap((form) => [
          form,
          // The same with lower-case hex (`%2f`), as a server that re-encodes a URL may write it.
          form.replace(/%../g, (hex) => hex.toLowerCase()),
        ]),
      ].filter((secret) => secret.length > 3),
      onRateLimit: (rateLimit) => {
        this.#rateLimit = rateLimit;
      },
    });
    // The key goes into the headers of the one call (a closure), and is kept nowhere on this object.
    const call = createCall(transport, baseUrl, headers);
    this.raw = createRaw(call);
    this.permissionSets = new PermissionSets(call);
  }

  /**
   * Adds hooks that see every call of this client (each attempt, response and retry), after those added
   * before: the one extension point, like openapi-fetch's `use`. `debugLog()` (from
   * `@civis-ts/sdk/debug`) is one.
   */
  use(...hooks: Hooks[]): this {
    this.#hooks.push(...hooks);
    return this;
  }

  /** `X-RateLimit-Limit` and `-Remaining` from the last response that carried them. */
  get rateLimit(): RateLimit | undefined {
    return this.#rateLimit;
  }
}
