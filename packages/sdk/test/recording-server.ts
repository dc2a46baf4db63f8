// A real HTTP server for tests of what the SDK puts on the wire: records each request as it arrives
// (method, target, Content-Type, raw body) and answers what the test's `reply` says. 127.0.0.1, port 0.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';

export interface Received {
  method: string;
  path: string;
  contentType: string | undefined;
  body: string;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Starts the server for the file; `received` is emptied before each test. */
export function useRecordingServer(reply: (request: Received) => Reply) {
  const context = { url: '', received: [] as Received[] };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const received = {
        method: request.method ?? '',
        path: request.url ?? '',
        contentType: request.headers['content-type'],
        body: Buffer.concat(chunks).toString('utf8'),
      };
      context.received.push(received);
      const { status, body, headers } = reply(received);
      const type = body === undefined ? {} : { 'Content-Type': 'application/json' };
      response.writeHead(status, { 'X-Request-Id': 'r', ...type, ...headers });
      response.end(body === undefined ? undefined : JSON.stringify(body));
    });
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    context.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    context.received.length = 0;
  });
  return context;
}
