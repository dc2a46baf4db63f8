// The service's error body, `{ error, errorDescription, code }`, for every status the fake answers with.
import type { ErrorBody } from '@civis-ts/client';
import { WWW_AUTHENTICATE } from './auth.js';

const NAMES: Record<number, [error: string, description: string]> = {
  401: ['unauthorized', 'The API key is missing or invalid.'],
  403: ['forbidden', 'You do not have permission to perform this action.'],
  404: ['not_found', 'The requested resource could not be found.'],
  405: ['method_not_allowed', 'The method is not allowed on this path.'],
  409: ['conflict', 'A resource with this name already exists in this permission set.'],
  413: ['payload_too_large', 'The request body is too large.'],
  422: ['invalid', 'A parameter or the body is invalid.'],
  429: ['rate_limited', 'Rate limit exceeded; retry later.'],
  500: ['internal_error', 'Something went wrong on our side.'],
  502: ['bad_gateway', 'The service received a bad answer upstream.'],
  503: ['service_unavailable', 'The service is unavailable for now; retry later.'],
  504: ['gateway_timeout', 'The service timed out upstream.'],
};

export function errorBody(code: number, description?: string): ErrorBody {
  const [error, fallback] = NAMES[code] ?? ['error', 'The request failed.'];
  return { error, errorDescription: description ?? fallback, code };
}

/** A response as the fake makes it, before it becomes a `Response` or an HTTP answer. */
export interface Outgoing {
  status: number;
  headers: Record<string, string>;
  body?: string;
  /**
   * An injected connection fault: `before-response` closes without answering, `mid-body` sends the
   * headers and half the body, `hang` never answers.
   */
  drop?: 'before-response' | 'mid-body' | 'hang';
}

/** The error body with its status, as JSON; a 401 says which credentials the service takes. */
export function errorResponse(status: number, description?: string): Outgoing {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (status === 401) headers['WWW-Authenticate'] = WWW_AUTHENTICATE;
  return { status, headers, body: JSON.stringify(errorBody(status, description)) };
}

/** Thrown by routes and validation; the server turns it into the error body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly description?: string,
  ) {
    super(description ?? errorBody(status).errorDescription);
  }
}

export function notFound(what: string): HttpError {
  return new HttpError(404, `${what} could not be found.`);
}
