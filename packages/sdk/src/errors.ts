import { retryAfterMs } from './retry.js';
import type { SyncStep } from './share-plan.js';
import type { Received } from './transport.js';

// Every error the SDK throws, in one module. They carry what a caller needs to react (status, code,
// request id, where it went) and never the request's headers; and every string they hold, down the
// `cause` chain, has been scrubbed of the key's forms (`scrub`, applied by the transport), so a key a
// server echoes back cannot leak through a message, a stack, JSON.stringify or util.inspect.

/** The base of every error this SDK throws. */
export class CivisError extends Error {
  override name = 'CivisError';
  /** Set when the error stopped a paginated list: the page that could not be fetched. */
  pageNum?: number;
}

/** Bad input or options, caught before any request is sent. `field` names the offending input, e.g. `limit`. */
export class CivisValidationError extends CivisError {
  override name = 'CivisValidationError';
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field} ${problem}`);
  }
}

/** No API key: neither `apiKey` nor the `CIVIS_API_KEY` environment variable. */
export class MissingApiKeyError extends CivisValidationError {
  override name = 'MissingApiKeyError';
}

/** The service answered with an error status. */
export class CivisApiError extends CivisError {
  override name = 'CivisApiError';
  /** The body's `error`, e.g. `not_found` (undefined when the body was not the documented JSON). */
  readonly code: string | undefined;
  readonly requestId: string | undefined;
  readonly status: number;
  constructor(
    { response, error, requestId }: Received,
    readonly method: string,
    readonly url: string,
  ) {
    // Object() of a string or of nothing has no `error` or `errorDescription`: only a JSON object counts.
    const body = Object(error) as Record<string, unknown>;
    const description = body.errorDescription;
    super(typeof description === 'string' ? description : `HTTP ${response.status}`);
    this.status = response.status;
    this.code = typeof body.error === 'string' ? body.error : undefined;
    this.requestId = requestId;
  }
}

/** 401: the key is missing, wrong or revoked. */
export class AuthenticationError extends CivisApiError {
  override name = 'AuthenticationError';
}
/** 403: the key is valid but may not do this. */
export class PermissionDeniedError extends CivisApiError {
  override name = 'PermissionDeniedError';
}
/** 404: no such permission set, resource, user or group. */
export class NotFoundError extends CivisApiError {
  override name = 'NotFoundError';
}
/** 409: the change conflicts with what exists, e.g. a resource name already taken in the permission set. */
export class ConflictError extends CivisApiError {
  override name = 'ConflictError';
}
/** 429 after the retries ran out (or when `Retry-After` asked for longer than the SDK will wait). */
export class RateLimitError extends CivisApiError {
  override name = 'RateLimitError';
  /** Seconds the service asked to wait, from `Retry-After`. */
  readonly retryAfter: number | undefined;
  constructor(received: Received, method: string, url: string) {
    super(received, method, url);
    const ms = retryAfterMs(received.response.headers.get('retry-after'));
    this.retryAfter = ms === undefined ? undefined : ms / 1000;
  }
}
/** 5xx: the service failed or is unavailable. */
export class ServerError extends CivisApiError {
  override name = 'ServerError';
}

/**
 * An answer the operation cannot use: a success body that is not JSON (an HTML page, a cut-off document)
 * or missing where the spec promises one, a body over `maxResponseBytes`, a redirect without a usable
 * `Location`. Not retried: the service answered, and answered wrongly.
 */
export class InvalidResponseError extends CivisError {
  override name = 'InvalidResponseError';
  constructor(
    problem: string,
    readonly status: number,
    readonly method: string,
    readonly url: string,
    readonly requestId?: string,
  ) {
    super(`Invalid response to ${method} ${url} (HTTP ${status}): ${problem}`);
  }
}

/**
 * No usable response: DNS, a refused or reset connection, a certificate, a body cut off mid-way, a
 * redirect the SDK will not follow. `code` is the system's (`ECONNREFUSED`, `ENOTFOUND`…) when there is one.
 */
export class ConnectionError extends CivisError {
  override name = 'ConnectionError';
  constructor(
    problem: string,
    readonly method: string,
    readonly url: string,
    readonly code?: string,
    cause?: unknown,
  ) {
    super(`${method} ${url} failed: ${problem}`, { cause });
  }
}
/** An attempt took longer than `timeout` milliseconds. */
export class TimeoutError extends ConnectionError {
  override name = 'TimeoutError';
}

/** `sync` refused a plan that would leave nobody with manage; nothing was changed. */
export class SyncRefusedError extends CivisError {
  override name = 'SyncRefusedError';
  constructor(readonly plan: SyncStep[]) {
    super('Refused to sync shares: nobody would be left with manage');
  }
}

/** A step of `sync` failed: `applied` were made, `failed` and `pending` were not. The cause is the error. */
export class SyncError extends CivisError {
  override name = 'SyncError';
  constructor(
    readonly applied: SyncStep[],
    readonly failed: SyncStep,
    readonly pending: SyncStep[],
    cause: unknown,
  ) {
    super(`Share sync stopped after ${applied.length} of ${applied.length + 1 + pending.length} steps`, {
      cause,
    });
  }
}

/** Builds the error for a failed response: the one place an HTTP error becomes an exception. */
export function apiError(received: Received, method: string): CivisApiError {
  const status = received.response.status;
  const ErrorClass =
    {
      401: AuthenticationError,
      403: PermissionDeniedError,
      404: NotFoundError,
      409: ConflictError,
      429: RateLimitError,
    }[status] ?? (status >= 500 ? ServerError : CivisApiError);
  return new ErrorClass(received, method, received.url);
}

/**
 * Replaces every secret in every string reachable from `value` (own properties, enumerable or not:
 * `message`, `stack`, `cause`, nested fields, and the names of fields), in place, and returns it.
 * Properties are redefined rather than assigned, so a JSON `__proto__` key stays data. Byte arrays are
 * left alone: they print as numbers.
 */
export function scrub<T>(value: T, secrets: string[], seen = new Set<unknown>()): T {
  if (typeof value === 'string')
    return secrets.reduce((text, secret) => text.split(secret).join('[redacted]'), value as string) as T;
  if (typeof value === 'object' && value !== null && !seen.has(value) && !ArrayBuffer.isView(value)) {
    seen.add(value);
    const fields = value as Record<PropertyKey, unknown>;
    for (const key of Reflect.ownKeys(value)) {
      const field = scrub(fields[key], secrets, seen);
      const name = scrub(key, secrets);
      if (name === key) Reflect.defineProperty(value, key, { value: field });
      else {
        delete fields[key];
        fields[name] = field;
      }
    }
  }
  return value;
}
