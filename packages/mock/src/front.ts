// The front door of the mock: takes the user's request whole, makes the official client's quirks into the
// documented request (normalise.ts), forwards it to Prism (or to the fake, without Prism) with a plain
// Content-Length, and streams the answer back as it comes. Reading the body first is also what makes a
// chunked request work: Prism would forward `Transfer-Encoding: chunked` next to a `Content-Length`. The
// key is checked before any of it, as the service does: an unauthenticated body is never kept.
import { randomUUID } from 'node:crypto';
import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { isAuthorized } from './auth.js';
import { errorResponse, type Outgoing } from './errors.js';
import { type Listening, listen } from './listen.js';
import { type Normalised, normalise } from './normalise.js';
import { discardRest } from './server.js';

export type RunningFront = Listening;

/** Set on a response when the request was changed on its way in; our own clients never get it. */
export const NORMALISED_HEADER = 'X-Civis-Mock-Normalised';

// Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection, not to the message; the length and the
// `Expect` are the front's to set, since it forwards the body it has read whole.
const NOT_FORWARDED = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'host',
  'content-length',
  'expect',
]);

function forwardable(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !NOT_FORWARDED.has(name)));
}

export interface FrontOptions {
  /** The key the fake takes: anything else is answered 401 before a byte of the body is kept. */
  apiKey: string;
  port?: number;
  /** A longer body (declared, or counted as it arrives) is answered 413, and not kept. */
  maxBodyBytes?: number;
}

/** The CORS headers Prism puts on every answer, for those the front gives itself: a browser reads the 401. */
function cors(origin: string | undefined): Record<string, string> {
  if (!origin) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Headers': '*',
    'Access-Control-Expose-Headers': '*',
  };
}

/** Answers once the request's body has gone by (kept or not), so the client reads the answer, not a reset. */
function answerAfterBody(request: IncomingMessage, response: ServerResponse, outgoing: Outgoing): void {
  discardRest(request).then(() => {
    const headers = { 'X-Request-Id': randomUUID(), ...cors(request.headers.origin), ...outgoing.headers };
    response.writeHead(outgoing.status, headers);
    response.end(outgoing.body);
  });
}

export async function startFront(
  upstream: string,
  { apiKey, port = 0, maxBodyBytes = Infinity }: FrontOptions,
): Promise<RunningFront> {
  const agent = new Agent({ keepAlive: true });
  const server = createServer((request, response) => {
    request.on('error', () => response.destroy());
    // A CORS preflight carries no credentials (the Fetch standard): Prism answers it.
    if (request.method !== 'OPTIONS' && !isAuthorized(request.headers.authorization, apiKey)) {
      return answerAfterBody(request, response, errorResponse(401));
    }
    const chunks: Buffer[] = [];
    let size = Number(request.headers['content-length']) || 0;
    request.on('data', (chunk: Buffer) => {
      size += request.headers['content-length'] ? 0 : chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    request.on('end', () => {
      if (size > maxBodyBytes) {
        return answerAfterBody(
          request,
          response,
          errorResponse(413, `The body is larger than ${maxBodyBytes} bytes.`),
        );
      }
      let sent: Normalised;
      try {
        sent = normalise({
          method: request.method ?? 'GET',
          target: request.url ?? '/',
          headers: request.headers,
          body: Buffer.concat(chunks),
        });
      } catch (error) {
        // A bug here must not take the whole mock down with it: answer this request, and say what broke.
        console.error('[civis-mock] front failed:', error);
        return answerAfterBody(request, response, errorResponse(500));
      }
      forward(agent, new URL(upstream), sent, response);
    });
  });
  const running = await listen(server, port);
  return { ...running, stop: () => running.stop().finally(() => agent.destroy()) };
}

/** Sends the request upstream with a plain length, and streams the answer back as it comes. */
function forward(agent: Agent, upstream: URL, sent: Normalised, response: ServerResponse): void {
  const headers = forwardable(sent.headers);
  // No length on a GET or DELETE without a body: a `Content-Length: 0` there reads as a body to some.
  if (sent.body.length > 0 || !['GET', 'HEAD', 'DELETE'].includes(sent.method.toUpperCase()))
    headers['content-length'] = String(sent.body.length);
  const forwarded = httpRequest({
    agent,
    host: upstream.hostname,
    port: upstream.port,
    method: sent.method,
    path: sent.target,
    headers,
  });
  forwarded.on('response', (answer) => {
    const out = forwardable(answer.headers);
    if (answer.headers['content-length']) out['content-length'] = answer.headers['content-length'];
    if (sent.changes.length > 0) out[NORMALISED_HEADER.toLowerCase()] = sent.changes.join('; ');
    response.writeHead(answer.statusCode ?? 502, out);
    answer.pipe(response);
    // A cut upstream (an injected fault) reaches the client as a cut, not as a shorter clean answer.
    answer.on('aborted', () => response.destroy());
    answer.on('error', () => response.destroy());
  });
  forwarded.on('error', () => response.destroy());
  // The client gave up (say, on a hang): stop waiting upstream too.
  response.on('close', () => {
    if (!response.writableFinished) forwarded.destroy();
  });
  forwarded.end(sent.body);
}
