import { retryAfterMs } from '../internal/retry.js';
import type { SyncStep } from '../lib/share-plan.js';

// Every error the SDK throws, in one module, built from plain values (a status, headers, a parsed body),
// not from the transport's types. They carry what a caller needs to react (status, code, request id,
// where it went) and never the request's headers; and every string they hold, down the `cause` chain,
// has been scrubbed of the key's forms (internal/scrub.ts, applied by the transport), so a key a server
// echoes back cannot leak through a message, a stack, JSON.stringify or util.inspect.

/** What an error status came with. */
export interface ErrorResponse {
  status: number;
  headers: Headers;
  /** The body: its JSON, else its text; undefined when empty. */
  body: unknown;
  requestId: string | undefined;
}

/** The base of every error this SDK throws. */
export class CivisError extends Error {
  override name = 'CivisError';
  /** Set when the error stopped a paginated list: the page that could not be fetched. */
  pageNum?: number;
}

/** Bad input or options, caught before any request is sent. `field` names the offending input, e.g. `limit`. */
export class CivisValidationError extends CivisError {
  override name = 'CivisValidationError';
  declare readonly field: string;
  constructor(field: string, problem: string) {
    super(`${field} ${problem}`);
    this.field = field;
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
  declare readonly code: string | undefined;
  declare readonly requestId: string | undefined;
  declare readonly status: number;
  declare readonly method: string;
  declare readonly url: string;
  constructor({ status, body, requestId }: ErrorResponse, method: string, url: string) {
    // Object() of a string or of nothing has no `error` or `errorDescription`: only a JSON object counts.
    const fields = Object(body) as Record<string, unknown>;
    const description = fields.errorDescription;
    super(typeof description === 'string' ? description : `HTTP ${status}`);
    this.method = method;
    this.url = url;
    this.code = typeof fields.error === 'string' ? fields.error : undefined;
    this.requestId = requestId;
    this.status = status;
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
  declare readonly retryAfter: number | undefined;
  constructor(response: ErrorResponse, method: string, url: string) {
    super(response, method, url);
    const ms = retryAfterMs(response.headers.get('retry-after'));
    this.retryAfter = ms && ms / 1000;
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
  declare readonly status: number;
  /** The answer's `X-Request-Id`. */
  declare readonly requestId: string | undefined;
  declare readonly method: string;
  declare readonly url: string;
  constructor(
    problem: string,
    { status, headers }: { status: number; headers: Headers },
    method: string,
    url: string,
  ) {
    super(`Invalid response to ${method} ${url} (HTTP ${status}): ${problem}`);
    this.method = method;
    this.url = url;
    this.status = status;
    this.requestId = headers.get('x-request-id') ?? undefined;
  }
}

/**
 * No usable response: DNS, a refused or reset connection, a certificate, a body cut off mid-way, a
 * redirect the SDK will not follow. `code` is the system's (`ECONNREFUSED`, `ENOTFOUND`…) when there is one.
 */
export class ConnectionError extends CivisError {
  override name = 'ConnectionError';
  declare readonly method: string;
  declare readonly url: string;
  declare readonly code?: string;
  constructor(problem: string, method: string, url: string, code?: string, cause?: unknown) {
    super(`${method} ${url} failed: ${problem}`, { cause });
    this.method = method;
    this.url = url;
    this.code = code;
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
