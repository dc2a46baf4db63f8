import { retryAfterMs } from './retry.js';

// Every error the SDK throws. They carry what a caller needs to react (status, code, request id, where
// it went) and never the request's headers: the API key cannot leak through a message, a stack,
// JSON.stringify or util.inspect, because no error ever holds it.

/** The base of every error this SDK throws. */
export class CivisError extends Error {
  override name = 'CivisError';
  /** Set when the error stopped a paginated list: the page that could not be fetched. */
  pageNum?: number;
}

/** Bad input, caught before any request is sent. `field` names the offending input, e.g. `limit`. */
export class CivisValidationError extends CivisError {
  override name = 'CivisValidationError';
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field} ${problem}`);
  }
}

/** The service answered with an error status. */
export class CivisApiError extends CivisError {
  override name = 'CivisApiError';
  /** The body's `error`, e.g. `not_found` (undefined when the body was not the documented JSON). */
  readonly code: string | undefined;
  readonly requestId: string | undefined;
  constructor(
    readonly status: number,
    body: unknown,
    headers: Headers,
    readonly method: string,
    readonly url: string,
  ) {
    // Object() of a string or of nothing has no `error` or `errorDescription`: only a JSON object counts.
    const error = Object(body) as Record<string, unknown>;
    const description = error.errorDescription;
    super(typeof description === 'string' ? description : `HTTP ${status}`);
    this.code = typeof error.error === 'string' ? error.error : undefined;
    this.requestId = headers.get('x-request-id') ?? undefined;
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
/** 429 after the retries ran out (or when `Retry-After` asked for longer than the SDK will wait). */
export class RateLimitError extends CivisApiError {
  override name = 'RateLimitError';
  /** Seconds the service asked to wait, from `Retry-After`. */
  readonly retryAfter: number | undefined;
  constructor(status: number, body: unknown, headers: Headers, method: string, url: string) {
    super(status, body, headers, method, url);
    const ms = retryAfterMs(headers.get('retry-after'));
    this.retryAfter = ms === undefined ? undefined : ms / 1000;
  }
}
/** 5xx: the service failed or is unavailable. */
export class ServerError extends CivisApiError {
  override name = 'ServerError';
}

/**
 * A success status with a body the operation cannot return: not JSON (an HTML page, a cut-off document),
 * or missing where the spec promises one. Not retried: the service answered, and answered wrongly.
 */
export class InvalidResponseError extends CivisError {
  override name = 'InvalidResponseError';
  readonly requestId: string | undefined;
  constructor(
    problem: string,
    readonly status: number,
    headers: Headers,
    readonly method: string,
    readonly url: string,
  ) {
    super(`Invalid response to ${method} (HTTP ${status}): ${problem}`);
    this.requestId = headers.get('x-request-id') ?? undefined;
  }
}

/** No usable response: DNS, refused or reset connection, a body cut off mid-way. */
export class ConnectionError extends CivisError {
  override name = 'ConnectionError';
}
/** An attempt took longer than `timeout` milliseconds. */
export class TimeoutError extends ConnectionError {
  override name = 'TimeoutError';
}

/**
 * The forms the key takes in an Authorization header (the whole value, its token, and for Basic the
 * decoded user name), so text a server echoes back can be scrubbed of them.
 */
export function secretsOf(authorization: string | null): string[] {
  if (!authorization) return [];
  const token = authorization.replace(/^\S+\s+/, '');
  const secrets = [authorization, token];
  if (/^basic\s/i.test(authorization)) {
    try {
      const user = atob(token).replace(/:.*$/s, '');
      if (user) secrets.push(user);
    } catch {
      // Not base64: nothing more to scrub.
    }
  }
  return secrets.filter((secret) => secret.length >= 4);
}

function redact(text: string, secrets: string[]): string {
  return secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), text);
}

/** Removes credentials from a URL given as https://user:pass@host. */
export function safeUrl(url: string): string {
  return url.replace(/\/\/[^/@]*@/, '//');
}

/** Builds the error for a failed response: the one place an HTTP error becomes an exception. */
export function apiError(response: Response, body: unknown, method: string, url: string): CivisApiError {
  const status = response.status;
  const ErrorClass =
    { 401: AuthenticationError, 403: PermissionDeniedError, 404: NotFoundError, 429: RateLimitError }[
      status
    ] ?? (status >= 500 ? ServerError : CivisApiError);
  return new ErrorClass(status, body, response.headers, method, safeUrl(url));
}

/** An error body (parsed JSON or text) with every form of the key in `secrets` redacted. */
export function scrub(body: unknown, secrets: string[]): unknown {
  if (typeof body === 'string') return redact(body, secrets);
  if (typeof body !== 'object' || body === null) return body;
  const fields = Object.entries(body).map(([key, value]) => [
    key,
    typeof value === 'string' ? redact(value, secrets) : value,
  ]);
  // fromEntries defines own properties: a `__proto__` key stays data, as it was in the parsed JSON.
  return Object.fromEntries(fields);
}
