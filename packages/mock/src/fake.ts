// The fake Civis API as one function from a request to a response, with no I/O of its own: logs each
// request, applies injected faults, answers CORS preflights, checks the key and the declared size before a
// byte of the body is read, routes by the spec, reads a bounded body, validates input, runs the route,
// and validates its own response against the spec: a response the spec does not allow is a bug of the
// fake, answered 500 naming the violation and listed in `violations`. `createMock().fetch` and
// `startMock()`'s HTTP server are two doors to this one function.
import { authorizer, WWW_AUTHENTICATE } from './auth.js';
import { errorResponse, HttpError, type Outgoing } from './errors.js';
import type { FaultOptions, Faults } from './faults.js';
import { parseJson } from './json.js';
import { bodyNotTaken, camelise, NORMALISED_HEADER, trimTrailingSlash } from './normalise.js';
import { allowedMethods, MethodNotAllowed, matchRoute } from './router.js';
import { routes } from './routes/index.js';
import type { SpecOperation } from './spec.js';
import type { MockStore } from './store.js';
import { checkBody, readParameters, responseViolation } from './validators.js';

export interface RecordedRequest {
  method: string;
  /** The path as sent (still percent-encoded), without the query. */
  path: string;
  query: Record<string, string>;
  /** `Date.now()` when the request arrived. */
  at: number;
}

/** A response of the fake that the spec does not allow: answered 500 instead, and kept here. */
export interface SpecViolation {
  operationId: string;
  method: string;
  path: string;
  /** The status the fake meant to answer. */
  status: number;
  /** What breaks the spec, e.g. `body.author: must have required property 'id'`. */
  message: string;
}

/** A request as either door hands it to the fake: the headers now, the body only when asked for. */
export interface Incoming {
  method: string;
  /** The request target as sent: the raw path and query. */
  target: string;
  /** A header's value (any case of name), or undefined. */
  header(name: string): string | undefined;
  /** Whether a body follows (declared with a length above 0, or chunked). */
  hasBody: boolean;
  /** The whole body, or rejects with a 413 HttpError as soon as it passes `max` bytes. */
  readBody(max: number): Promise<Uint8Array>;
}

export interface FakeOptions {
  store: MockStore;
  faults: Faults;
  apiKey: string;
  /** The request log: a ring of the last `requestLog` requests (none when 0). */
  requests: RecordedRequest[];
  requestLog: number;
  violations: SpecViolation[];
  onRequest?: (request: RecordedRequest) => void;
  /** A body longer than this is answered 413 without being read further. */
  maxBodyBytes: number;
}

const RATE_LIMIT = 1000;
const RATE_WINDOW_MS = 60_000;

/** The headers a browser may read from a cross-origin answer (the Fetch standard hides the rest). */
const EXPOSED = [
  'X-Request-Id',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-Pagination-Current-Page',
  'X-Pagination-Per-Page',
  'X-Pagination-Total-Pages',
  'X-Pagination-Total-Entries',
  'Retry-After',
  'WWW-Authenticate',
  'Allow',
  NORMALISED_HEADER,
].join(', ');

export type Fake = (incoming: Incoming) => Promise<Outgoing>;

export function createFake(options: FakeOptions): Fake {
  const isAuthorized = authorizer(options.apiKey);
  let window = { start: Date.now(), used: 0 };
  const rateHeaders = (): Record<string, string> => {
    const now = Date.now();
    if (now - window.start >= RATE_WINDOW_MS) window = { start: now, used: 0 };
    window.used += 1;
    return {
      'X-RateLimit-Limit': String(RATE_LIMIT),
      'X-RateLimit-Remaining': String(Math.max(0, RATE_LIMIT - window.used)),
    };
  };

  return async (incoming) => {
    const method = incoming.method.toUpperCase();
    const queryStart = incoming.target.indexOf('?');
    const path = queryStart === -1 ? incoming.target : incoming.target.slice(0, queryStart);
    const query = new URLSearchParams(queryStart === -1 ? '' : incoming.target.slice(queryStart + 1));
    const origin = incoming.header('origin');
    if (method === 'OPTIONS' && origin && incoming.header('access-control-request-method'))
      return preflight(path, origin, incoming.header('access-control-request-headers'));

    record(options, { method, path, query: Object.fromEntries(query), at: Date.now() });
    const fault = options.faults.take(method, path);
    const latency = options.faults.fixedLatencyMs + (fault?.latencyMs ?? 0);
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    if (fault?.drop === 'before-response' || fault?.drop === 'hang')
      return { status: 0, headers: {}, drop: fault.drop };

    const outgoing =
      fault && (fault.status !== undefined || fault.body !== undefined)
        ? faultResponse(fault)
        : await answer(options, isAuthorized, incoming, method, path, query);
    outgoing.headers = {
      'X-Request-Id': crypto.randomUUID(),
      ...rateHeaders(),
      ...(origin ? cors(origin) : {}),
      ...outgoing.headers,
    };
    if (fault?.drop === 'mid-body') outgoing.drop = 'mid-body';
    return outgoing;
  };
}

function record(options: FakeOptions, entry: RecordedRequest): void {
  options.onRequest?.(entry);
  if (options.requestLog <= 0) return;
  const log = options.requests;
  log.push(entry);
  while (log.length > options.requestLog) log.shift();
}

function cors(origin: string): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': EXPOSED,
    Vary: 'Origin',
  };
}

/** A CORS preflight: it carries no credentials (the Fetch standard), so it is answered before the key. */
function preflight(path: string, origin: string, requestHeaders: string | undefined): Outgoing {
  const methods = allowedMethods(trimTrailingSlash(path, []));
  return {
    status: 204,
    headers: {
      ...cors(origin),
      'Access-Control-Allow-Methods': (methods.length > 0 ? methods : ['GET']).join(', '),
      'Access-Control-Allow-Headers': requestHeaders ?? 'Authorization, Content-Type',
      'Access-Control-Max-Age': '600',
    },
  };
}

const decoder = new TextDecoder();

async function answer(
  options: FakeOptions,
  isAuthorized: (header: string | undefined) => boolean,
  incoming: Incoming,
  method: string,
  rawPath: string,
  query: URLSearchParams,
): Promise<Outgoing> {
  const changes: string[] = [];
  let operation: SpecOperation | undefined;
  let outgoing: Outgoing;
  let body: unknown;
  try {
    // Everything that needs no body first: an unauthenticated, oversized or misrouted request costs no read.
    if (!isAuthorized(incoming.header('authorization'))) throw new HttpError(401);
    if (Number(incoming.header('content-length')) > options.maxBodyBytes)
      throw tooLarge(options.maxBodyBytes);
    const path = trimTrailingSlash(rawPath, changes);
    const match = matchRoute(method, path);
    operation = match.operation;
    const params = readParameters(operation, match.pathValues, query);
    const text = incoming.hasBody ? decoder.decode(await incoming.readBody(options.maxBodyBytes)) : '';
    let input: unknown;
    if (operation.bodySchema === undefined) bodyNotTaken(method, text, changes);
    else input = readJson(text, operation, changes);
    const result = routes[operation.operationId]({ params, body: input, store: options.store });
    body = result.body;
    outgoing = {
      status: result.status,
      headers:
        body === undefined
          ? { ...result.headers }
          : { 'Content-Type': 'application/json', ...result.headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    };
  } catch (error) {
    if (!(error instanceof HttpError)) {
      // A bug in the fake must still answer the spec's error body, and say what broke.
      console.error('[civis-mock] route failed:', error);
      return errorResponse(500, `The mock failed: ${error instanceof Error ? error.message : error}`);
    }
    outgoing = errorResponse(error.status, error.description);
    if (error instanceof MethodNotAllowed) outgoing.headers.Allow = error.allow.join(', ');
    // 401, 404 (no route), 405 and 413 are answered before (or instead of) an operation: no spec to check.
    if (error.status === 413) operation = undefined;
    body = outgoing.body === undefined ? undefined : JSON.parse(outgoing.body);
  }
  if (operation) {
    const message = responseViolation(operation, {
      status: outgoing.status,
      headers: outgoing.headers,
      body,
    });
    if (message) {
      options.violations.push({
        operationId: operation.operationId,
        method,
        path: rawPath,
        status: outgoing.status,
        message,
      });
      outgoing = errorResponse(
        500,
        `The mock's ${outgoing.status} answer to ${operation.operationId} breaks the spec: ${message}`,
      );
    }
  }
  if (changes.length > 0) outgoing.headers[NORMALISED_HEADER] = changes.join('; ');
  return outgoing;
}

const tooLarge = (max: number) => new HttpError(413, `The body is larger than ${max} bytes.`);

/** The body of an operation that takes one: JSON (integers exact), in the documented names, validated. */
function readJson(text: string, operation: SpecOperation, changes: string[]): unknown {
  if (text.trim() === '') throw new HttpError(422, 'body: is required');
  let body: unknown;
  try {
    body = parseJson(text);
  } catch {
    throw new HttpError(422, 'body: is not valid JSON');
  }
  body = camelise(body, operation.bodySchema, changes);
  checkBody(operation, body);
  return body;
}

function faultResponse(fault: FaultOptions): Outgoing {
  const status = fault.status ?? 200;
  const outgoing =
    fault.body === undefined
      ? errorResponse(status)
      : {
          status,
          headers: { 'Content-Type': 'application/json' } as Record<string, string>,
          body: fault.body,
        };
  if (status === 401) outgoing.headers['WWW-Authenticate'] = WWW_AUTHENTICATE;
  if (status === 429) outgoing.headers['X-RateLimit-Remaining'] = '0';
  if (fault.retryAfter !== undefined) outgoing.headers['Retry-After'] = fault.retryAfter;
  Object.assign(outgoing.headers, fault.headers);
  return outgoing;
}

export { tooLarge };
