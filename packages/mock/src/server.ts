// The fake Civis API over Node's http: logs each request, applies injected faults, checks the key (before
// reading a byte of the body), routes by the spec, reads a bounded body, validates input, and answers with
// the service's headers and error body.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isAuthorized, WWW_AUTHENTICATE } from './auth.js';
import { errorResponse, HttpError, type Outgoing } from './errors.js';
import type { FaultOptions, Faults } from './faults.js';
import { type Listening, listen } from './listen.js';
import { matchRoute } from './router.js';
import { type RouteResult, routes } from './routes/index.js';
import type { MockStore } from './store.js';
import { readBody, readParameters } from './validate.js';

export interface RecordedRequest {
  method: string;
  /** The path as sent (still percent-encoded), without the query. */
  path: string;
  query: Record<string, string>;
  /** `Date.now()` when the request arrived. */
  at: number;
}

export interface FakeServerOptions {
  store: MockStore;
  faults: Faults;
  apiKey: string;
  /** The request log: a ring of the last `requestLog` requests (none when 0). */
  requests: RecordedRequest[];
  requestLog: number;
  onRequest?: (request: RecordedRequest) => void;
  /** A body longer than this is answered 413 without being read further. */
  maxBodyBytes: number;
}

export type RunningFake = Listening;

const RATE_LIMIT = 1000;
const RATE_WINDOW_MS = 60_000;

export async function startFakeServer(options: FakeServerOptions, port = 0): Promise<RunningFake> {
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

  const server: Server = createServer((request, response) => {
    handle(options, request, response, rateHeaders()).catch((error: unknown) => {
      // Only a broken socket gets here; there is no one left to answer.
      if (!response.headersSent) response.destroy(error as Error);
    });
  });
  return listen(server, port);
}

async function handle(
  options: FakeServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
  rateHeaders: Record<string, string>,
): Promise<void> {
  const method = (request.method ?? 'GET').toUpperCase();
  const url = request.url ?? '/';
  const queryStart = url.indexOf('?');
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const query = new URLSearchParams(queryStart === -1 ? '' : url.slice(queryStart + 1));
  record(options, { method, path, query: Object.fromEntries(query), at: Date.now() });

  const fault = options.faults.take(method, path);
  const latency = options.faults.fixedLatencyMs + (fault?.latencyMs ?? 0);
  if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
  if (fault?.drop === 'before-response') return void request.socket.destroy();
  if (fault?.drop === 'hang') return;

  const base = { 'X-Request-Id': randomUUID(), ...rateHeaders };
  const outgoing =
    fault && (fault.status !== undefined || fault.body !== undefined)
      ? faultResponse(fault)
      : await answer(options, request, method, path, query);
  const headers = { ...base, ...outgoing.headers };
  // Refused before the body was read (or cut at the cap): the rest is discarded before answering, or a
  // client that asked to close the connection sees a broken pipe instead of the answer.
  await discardRest(request);
  if (fault?.drop === 'mid-body') return sendHalf(response, outgoing.status, headers, outgoing.body ?? '');
  response.writeHead(outgoing.status, headers);
  response.end(outgoing.body);
}

function record(options: FakeServerOptions, entry: RecordedRequest): void {
  options.onRequest?.(entry);
  if (options.requestLog <= 0) return;
  const log = options.requests;
  log.push(entry);
  while (log.length > options.requestLog) log.shift();
}

async function answer(
  options: FakeServerOptions,
  request: IncomingMessage,
  method: string,
  path: string,
  query: URLSearchParams,
): Promise<Outgoing> {
  try {
    // Everything that needs no body first: an unauthenticated or misrouted request costs no read.
    if (!isAuthorized(request.headers.authorization, options.apiKey)) throw new HttpError(401);
    const { operation, pathValues } = matchRoute(method, path);
    const params = readParameters(operation, pathValues, query);
    const text = operation.bodySchemaRef ? await readText(request, options.maxBodyBytes) : '';
    const body = readBody(operation, text);
    return toOutgoing(routes[operation.operationId]({ params, body, store: options.store }));
  } catch (error) {
    if (!(error instanceof HttpError)) {
      // A bug in the fake must still answer the spec's error body, and say what broke.
      console.error('[civis-mock] route failed:', error);
      return errorResponse(500);
    }
    return errorResponse(error.status, error.description);
  }
}

function toOutgoing(result: RouteResult): Outgoing {
  if (result.body === undefined) return { status: result.status, headers: { ...result.headers } };
  return {
    status: result.status,
    headers: { 'Content-Type': 'application/json', ...result.headers },
    body: JSON.stringify(result.body),
  };
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

/** Promises the whole body (Content-Length), sends half of it, then cuts the connection. */
function sendHalf(
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string,
): void {
  const bytes = Buffer.from(body.length > 1 ? body : '{"truncated":true}');
  response.writeHead(status, { ...headers, 'Content-Length': String(bytes.length) });
  response.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => response.socket?.destroy());
}

/** Reads the rest of a body without keeping it, so the answer that follows reaches the client. */
export function discardRest(request: IncomingMessage): Promise<void> {
  if (request.complete) return Promise.resolve();
  return new Promise((resolve) => {
    request
      .once('end', resolve)
      .once('close', resolve)
      .once('error', () => resolve());
    request.resume();
  });
}

/** The body as UTF-8, or a 413 as soon as it is known to be longer than `max` bytes. */
function readText(request: IncomingMessage, max: number): Promise<string> {
  const tooLarge = () => new HttpError(413, `The body is larger than ${max} bytes.`);
  if (Number(request.headers['content-length']) > max) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) return void chunks.push(chunk);
      // Stop keeping it, keep the stream flowing (Node discards the rest), answer now.
      request.off('data', onData);
      request.resume();
      reject(tooLarge());
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
