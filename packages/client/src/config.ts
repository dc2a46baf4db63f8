// Where requests go and what they carry: the key and base URL (options, environment, default) with the
// rules for both, and the headers every request sends. Shared by the raw client and the SDK.
import { VERSION } from './version.js';

export const DEFAULT_BASE_URL = 'https://api.civisanalytics.com';
export const USER_AGENT = `civis-ts-client/${VERSION}`;

/** What every civis-ts entry point takes to reach the API. */
export interface ConfigOptions {
  /** The API key. Defaults to the `CIVIS_API_KEY` environment variable. */
  apiKey?: string;
  /** Defaults to `CIVIS_API_ENDPOINT`, else `https://api.civisanalytics.com`. */
  baseUrl?: string;
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
 * credential, and a user:password in the URL would end up in error messages), plain http only to this
 * machine unless `allowInsecureHttp` (elsewhere the key would cross the network in clear text), and no
 * query or fragment.
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
  // Every request URL is the base URL + a path: a query or fragment (even an empty `?` or `#`) would end
  // up in the middle of each one, and the path in the query or the fragment.
  if (/[?#]/.test(baseUrl)) return 'must not have a query or fragment';
}

/** An environment variable where there is a `process` (not in a browser); empty counts as unset. */
function env(name: string): string | undefined {
  return globalThis.process?.env?.[name] || undefined;
}

/** Resolves the key and base URL the way every civis-ts entry point does (see `configOf`). */
export function resolveConfig(
  options: Pick<ConfigOptions, 'apiKey' | 'baseUrl' | 'allowInsecureHttp'> = {},
): { apiKey: string; baseUrl: string } {
  return configOf(options, failWithClientErrors);
}

/**
 * The key and base URL, from the options, else the environment, else the default; a missing key or a
 * base URL the key must not go to is reported through `fail`, so each package throws its own error type
 * (and the SDK's bundle carries none of this package's).
 */
export function configOf(
  options: Pick<ConfigOptions, 'apiKey' | 'baseUrl' | 'allowInsecureHttp'>,
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
  options: Pick<ConfigOptions, 'headers' | 'userAgent'> = {},
): Headers {
  const headers = new Headers(options.headers);
  headers.set('Authorization', basicAuthorization(apiKey));
  headers.set('User-Agent', options.userAgent ?? USER_AGENT);
  return headers;
}
