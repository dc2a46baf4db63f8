// startMock: the fake of createMock served on node:http, one process, one port. The key and the declared
// size are judged on the headers before a byte of the body is read; a request answered with its body
// unread (a wrong key, a body too long) is answered, then its connection closed. node:http is imported
// when a server starts, so importing the package pulls in nothing from `node:`.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInternals, type Mock, type MockOptions } from './create.js';
import type { Outgoing } from './errors.js';
import { type Incoming, tooLarge } from './fake.js';

export interface StartOptions extends MockOptions {
  /** The port to listen on (127.0.0.1). Default 0: a free port, named in `url`. */
  port?: number;
}

export interface RunningMock extends Mock {
  /** The base URL to give a client: `http://127.0.0.1:<port>`. */
  url: string;
  port: number;
  /** Closes the server and every connection it holds; safe to call more than once. */
  stop(): Promise<void>;
}

export async function startMock(options: StartOptions = {}): Promise<RunningMock> {
  const { port = 0 } = options;
  if (!(Number.isInteger(port) && port >= 0 && port <= 65_535))
    throw new RangeError(`civis-mock: port must be an integer from 0 to 65535, got ${port}`);
  const mock = createInternals(options);
  const { createServer } = await import('node:http');
  const server: Server = createServer((request, response) => {
    mock.answer(incomingOf(request)).then(
      (outgoing) => send(request, response, outgoing, mock.maxBodyBytes),
      // Only a broken socket gets here; there is no one left to answer.
      (error: Error) => response.destroy(error),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  let stopping: Promise<void> | undefined;
  const { answer: _, maxBodyBytes: __, ...rest } = mock;
  return {
    ...rest,
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    stop: () => {
      stopping ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Hung requests and idle keep-alive sockets would hold close() open.
        server.closeAllConnections();
      });
      return stopping;
    },
  };
}

function incomingOf(request: IncomingMessage): Incoming {
  const headers = request.headers;
  return {
    method: request.method ?? 'GET',
    target: request.url ?? '/',
    header: (name) => {
      const value = headers[name.toLowerCase()];
      return Array.isArray(value) ? value.join(', ') : value;
    },
    hasBody: Number(headers['content-length']) > 0 || headers['transfer-encoding'] !== undefined,
    readBody: (max) => readBody(request, max),
  };
}

/** The body, or a 413 as soon as it is longer than `max` bytes (the rest is left unread). */
function readBody(request: IncomingMessage, max: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) return void chunks.push(chunk);
      request.off('data', onData);
      request.pause();
      reject(tooLarge(max));
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function send(request: IncomingMessage, response: ServerResponse, outgoing: Outgoing, max: number): void {
  if (outgoing.drop === 'before-response') return void request.socket.destroy();
  if (outgoing.drop === 'hang') return;
  const headers: Record<string, string> = { ...outgoing.headers };
  const body = outgoing.body === undefined ? undefined : Buffer.from(outgoing.body);
  if (outgoing.drop === 'mid-body') {
    const bytes = body && body.length > 1 ? body : Buffer.from('{"truncated":true}');
    response.writeHead(outgoing.status, { ...headers, 'Content-Length': String(bytes.length) });
    response.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => response.socket?.destroy());
    return;
  }
  if (body) headers['Content-Length'] = String(body.length);
  if (request.complete) {
    response.writeHead(outgoing.status, headers);
    return void response.end(body);
  }
  // Answered with the body unread (refused on the headers, or cut at the cap): the whole answer goes out
  // now, and the message is ended once the rest of the body has been read and dropped, so a client still
  // writing reads the answer rather than a reset; past DRAIN_LIMIT the connection is cut (an endless body
  // ends there).
  response.writeHead(outgoing.status, headers);
  if (body) response.write(body);
  else response.flushHeaders();
  const limit = Math.max(max, DRAIN_LIMIT);
  let size = 0;
  request.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > limit) request.socket.destroy();
  });
  request.on('end', () => response.end());
  request.resume();
}

/** How much of an unwanted body is read and dropped after the answer before the connection is cut. */
const DRAIN_LIMIT = 64 * 1024 * 1024;
