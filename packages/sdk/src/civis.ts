// The entry point: one transport, handed to the raw client as its `fetch` and to the resources directly.
import { type CivisClient, createCivisClient, defaultHeaders, resolveConfig } from '@civis-ts/client';
import { CivisValidationError } from './errors.js';
import { createCall } from './resources/call.js';
import { PermissionSets } from './resources/permission-sets.js';
import { type Backoff, DEFAULT_BACKOFF } from './retry.js';
import { createTransport, type RateLimit, transportFetch } from './transport.js';
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
  /** The spec-typed raw client (openapi-fetch), with the same auth, retries and timeouts. */
  readonly raw: CivisClient;
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
    // The key goes into the headers of the raw client and of the SDK's calls (closures both), and is
    // kept nowhere on this object.
    this.raw = createCivisClient({
      apiKey,
      baseUrl,
      fetch: transportFetch(transport),
      headers: options.headers,
      userAgent: options.userAgent,
    });
    // The same headers as the raw client sends.
    const headers = defaultHeaders(apiKey, options);
    this.permissionSets = new PermissionSets(createCall(transport, baseUrl, headers));
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
      'is plain http:// to a host that is not loopback: the API key would travel in clear text (use https://, or pass allowInsecureHttp: true)',
    );
  }
}
