// The front door of the mock: takes the user's request whole, makes the official client's quirks into the
// documented request (normalise.ts), forwards it to Prism (or to the fake, without Prism) with a plain
// Content-Length, and streams the answer back as it comes. Reading the body first is also what makes a
// chunked request work: Prism would forward `Transfer-Encoding: chunked` next to a `Content-Length`.
import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import { errorBody } from './errors.js';
import { type Listening, listen } from './listen.js';
import { type Normalised, normalise } from './normalise.js';

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

/** `maxBodyBytes`: a longer body (declared, or counted as it arrives) is answered 413, and not kept. */
export async function startFront(upstream: string, port = 0, maxBodyBytes = Infinity): Promise<RunningFront> {
  const agent = new Agent({ keepAlive: true });
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    let size = Number(request.headers['content-length']) || 0;
    request.on('data', (chunk: Buffer) => {
      size += request.headers['content-length'] ? 0 : chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    request.on('error', () => response.destroy());
    request.on('end', () => {
      if (size > maxBodyBytes) {
        response.writeHead(413, { 'Content-Type': 'application/json' });
        return void response.end(
          JSON.stringify(errorBody(413, `The body is larger than ${maxBodyBytes} bytes.`)),
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
        response.writeHead(500, { 'Content-Type': 'application/json' });
        return void response.end(JSON.stringify(errorBody(500)));
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
