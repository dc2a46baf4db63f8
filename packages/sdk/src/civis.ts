// The entry point: one transport and one call over it, shared by the resources and `civis.raw`.
import { defaultHeaders, resolveConfig } from '@civis-ts/client';
import { CivisValidationError } from './errors.js';
import { createCall } from './resources/call.js';
import { PermissionSets } from './resources/permission-sets.js';
import { createRaw, type RawClient } from './resources/raw.js';
import { type Backoff, DEFAULT_BACKOFF } from './retry.js';
import { createTransport, type RateLimit } from './transport.js';
import { type Check, integer, optional } from './validate.js';

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
}

const count: Check = optional(integer(0));
const positive: Check = optional(integer(1));

export class Civis {
  /** The spec-typed raw client (openapi-fetch's calling convention), with the same auth, retries and timeouts. */
  readonly raw: RawClient;
  readonly permissionSets: PermissionSets;
  #rateLimit: RateLimit | undefined;

  constructor(options: CivisOptions = {}) {
    count(options.maxRetries, 'maxRetries');
    positive(options.timeout, 'timeout');
    const { apiKey, baseUrl } = resolveConfig(options);
    if (!options.allowInsecureHttp) refuseInsecure(baseUrl);
    const transport = createTransport({
      fetch: options.fetch ?? globalThis.fetch,
      timeout: options.timeout ?? 60_000,
      maxRetries: options.maxRetries ?? 3,
      backoff: { ...DEFAULT_BACKOFF, ...options.backoff },
      onRateLimit: (rateLimit) => {
        this.#rateLimit = rateLimit;
      },
    });
    // The key goes into the headers of the one call (a closure), and is kept nowhere on this object.
    const call = createCall(transport, baseUrl, defaultHeaders(apiKey, options));
    this.raw = createRaw(call);
    this.permissionSets = new PermissionSets(call);
  }

  /** `X-RateLimit-Limit` and `-Remaining` from the last response that carried them. */
  get rateLimit(): RateLimit | undefined {
    return this.#rateLimit;
  }
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** Plain http only to this machine: elsewhere the key would cross the network in clear text. */
function refuseInsecure(baseUrl: string): void {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new CivisValidationError('baseUrl', 'must be an absolute http(s) URL');
  }
  if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname)) {
    throw new CivisValidationError(
      'baseUrl',
      'is plain http:// to a remote host: use https://, or allowInsecureHttp to send the key in clear text',
    );
  }
}
