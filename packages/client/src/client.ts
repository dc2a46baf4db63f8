import createClient, { type Client, type ClientOptions, type FetchOptions } from 'openapi-fetch';
import type { CallMethod } from './call-types.js';
import type { paths } from './generated/schema.js';
import { VERSION } from './version.js';

export const DEFAULT_BASE_URL = 'https://api.civisanalytics.com';
export const USER_AGENT = `civis-ts-client/${VERSION}`;

/** openapi-fetch's per-call options (headers, signal, parseAs…), beside the spec's params and body. */
type FetchCallOptions = Omit<FetchOptions<unknown>, 'params' | 'body'>;

// openapi-fetch infers its `init` argument as a type parameter, and an inferred object type gets no
// excess-property check: `body: { name, descripton }` would compile. Here `init` is the spec's own type
// (call-types.ts, shared with the SDK's civis.raw), so TypeScript checks the literal against it and a
// misspelled field is an error. The cost: `parseAs` no longer changes `data`'s type (this API speaks
// JSON only).

/** The raw client: one typed method per HTTP verb, paths, parameters and bodies checked against the spec. */
export type CivisClient = Omit<Client<paths>, 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH'> & {
  GET: CallMethod<'GET', FetchCallOptions>;
  PUT: CallMethod<'PUT', FetchCallOptions>;
  POST: CallMethod<'POST', FetchCallOptions>;
  DELETE: CallMethod<'DELETE', FetchCallOptions>;
  PATCH: CallMethod<'PATCH', FetchCallOptions>;
};

export interface CivisClientOptions {
  /** The API key. Defaults to the `CIVIS_API_KEY` environment variable. */
  apiKey?: string;
  /** Defaults to `CIVIS_API_ENDPOINT`, else `https://api.civisanalytics.com`. */
  baseUrl?: string;
  /** A `fetch` to send requests with (for a proxy, a test double, or the SDK's retrying transport). */
  fetch?: ClientOptions['fetch'];
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** Replaces the default `User-Agent` (`civis-ts-client/<version>`). */
  userAgent?: string;
  /**
   * Allow sending the key over plain `http://` to a host that is not loopback (127.0.0.0/8, ::1,
   * localhost). Off by default: anyone on the path could read the key.
   */
  allowInsecureHttp?: boolean;
}

/** Thrown by `createCivisClient` when no API key is given and `CIVIS_API_KEY` is unset or empty. */
export class MissingApiKeyError extends Error {
  override readonly name = 'MissingApiKeyError';
  constructor() {
    super('No Civis API key: pass { apiKey } or set the CIVIS_API_KEY environment variable.');
  }
}

/** Thrown by `createCivisClient` for a base URL it will not send the key to; `problem` says why. */
export class InvalidBaseUrlError extends Error {
  override readonly name = 'InvalidBaseUrlError';
  constructor(readonly problem: string) {
    // Never the URL itself: it may hold credentials.
    super(`baseUrl ${problem}`);
  }
}

/** Reports a configuration problem: `apiKey` missing, or what is wrong with `baseUrl`. Never returns. */
export type ConfigFailure = (field: 'apiKey' | 'baseUrl', problem: string) => never;

const failWithClientErrors: ConfigFailure = (field, problem) => {
  throw field === 'apiKey' ? new MissingApiKeyError() : new InvalidBaseUrlError(problem);
};

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * The base URL's problem, if any: only absolute http(s) URLs without credentials (the key is the only
 * credential, and a user:password in the URL would end up in error messages), and plain http only to
 * this machine unless `allowInsecureHttp`: elsewhere the key would cross the network in clear text.
 */
function baseUrlProblem(baseUrl: string, allowInsecureHttp: boolean | undefined): string | undefined {
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {
    // Not a URL at all: refused below.
  }
  if (!url || !/^https?:$/.test(url.protocol)) return 'must be an absolute http(s) URL';
  if (url.username || url.password) return 'must not contain credentials (pass the key as apiKey)';
  if (url.protocol === 'http:' && !allowInsecureHttp && !LOOPBACK.test(url.hostname))
    return 'is plain http to a remote host: use https, or allowInsecureHttp to send the key in clear text';
}

/** An environment variable where there is a `process` (not in a browser); empty counts as unset. */
function env(name: string): string | undefined {
  return globalThis.process?.env?.[name] || undefined;
}

/** Resolves the key and base URL the way every civis-ts entry point does (see `configOf`). */
export function resolveConfig(
  options: Pick<CivisClientOptions, 'apiKey' | 'baseUrl' | 'allowInsecureHttp'> = {},
): { apiKey: string; baseUrl: string } {
  return configOf(options, failWithClientErrors);
}

/**
 * The key and base URL, from the options, else the environment, else the default; a missing key or a
 * base URL the key must not go to is reported through `fail`, so each package throws its own error type
 * (and the SDK's bundle carries none of this package's).
 */
export function configOf(
  options: Pick<CivisClientOptions, 'apiKey' | 'baseUrl' | 'allowInsecureHttp'>,
  fail: ConfigFailure,
): { apiKey: string; baseUrl: string } {
  const apiKey = options.apiKey ?? env('CIVIS_API_KEY');
  if (!apiKey) fail('apiKey', 'is missing: pass { apiKey } or set CIVIS_API_KEY');
  const baseUrl = (options.baseUrl ?? env('CIVIS_API_ENDPOINT') ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const problem = baseUrlProblem(baseUrl, options.allowInsecureHttp);
  if (problem) fail('baseUrl', problem);
  return { apiKey, baseUrl };
}

/** HTTP Basic with the key as the user name and an empty password, as the official clients send it. */
export function basicAuthorization(apiKey: string): string {
  // btoa takes Latin-1 only: the key's UTF-8 bytes, one character each.
  return `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${apiKey}:`)))}`;
}

/**
 * The headers every request carries: the caller's extra headers, then auth and User-Agent, which extra
 * headers cannot replace whatever their case. Shared with the SDK, so both send the same.
 */
export function defaultHeaders(
  apiKey: string,
  options: Pick<CivisClientOptions, 'headers' | 'userAgent'> = {},
): Headers {
  const headers = new Headers(options.headers);
  headers.set('Authorization', basicAuthorization(apiKey));
  headers.set('User-Agent', options.userAgent ?? USER_AGENT);
  return headers;
}

/**
 * Creates the raw, spec-typed client (openapi-fetch) with auth, base URL and User-Agent set. Throws
 * MissingApiKeyError or InvalidBaseUrlError before any request.
 */
export function createCivisClient(options: CivisClientOptions = {}): CivisClient {
  const { apiKey, baseUrl } = resolveConfig(options);
  // openapi-fetch's CommonJS build sets only `exports.default`, and this package's CJS build gets Node's
  // interop (the default import is the whole `module.exports`): take `.default` there, so CommonJS users
  // load the openapi-fetch their install resolves, not a second copy bundled into ours. (In here, not at
  // the top level, so bundlers still drop openapi-fetch from apps that never call this.)
  const create: typeof createClient =
    typeof createClient === 'function'
      ? createClient
      : (createClient as unknown as { default: typeof createClient }).default;
  // Same object at run time; CivisClient only narrows what the methods accept (call-types.ts).
  return create<paths>({
    baseUrl,
    fetch: options.fetch,
    headers: defaultHeaders(apiKey, options),
  }) as unknown as CivisClient;
}
