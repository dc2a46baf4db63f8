// A real HTTP server on 127.0.0.1 that answers each request with the next reply of a script: the raw
// misbehaviour (resets, truncation, lies) that a well-behaved fake cannot produce. It records every
// request as it arrived on the wire, so tests count sends and read raw paths and headers.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { json, type Reply } from './replies.js';

export interface SeenRequest {
  method: string;
  /** The request target exactly as sent, still percent-encoded. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** `performance.now()` at arrival, for ordering only. */
  at: number;
}

export interface HostileServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  requests: SeenRequest[];
  /** Queues replies for the next requests, in order; once used up, `fallback` answers. */
  script(...replies: Reply[]): void;
  fallback: Reply;
  /**
   * Resolves once the `n`-th request since the last reset (1-based) has had its reply played: `open` when
   * the reply left it unanswered (a hang, a trickle), not when it answered, reset or closed it.
   */
  replied(n: number): Promise<{ open: boolean }>;
  /** Forgets the unplayed script and the recorded requests, between tests. */
  reset(): void;
  stop(): Promise<void>;
}

export async function startHostileServer(
  fallback: Reply = json(404, { error: 'not_found' }),
): Promise<HostileServer> {
  const queue: Reply[] = [];
  const sockets = new Set<Socket>();
  const requests: SeenRequest[] = [];
  const state = { fallback };
  const arrivals = new EventTarget();
  const played = new WeakMap<SeenRequest, boolean>();
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readBody(request);
    const seen = {
      method: request.method ?? '',
      url: request.url ?? '',
      headers: request.headers,
      body,
      at: performance.now(),
    };
    requests.push(seen);
    const reply = queue.shift() ?? state.fallback;
    try {
      await reply(response, seen);
    } catch {
      response.destroy();
    }
    played.set(seen, !response.writableEnded && !response.destroyed);
    arrivals.dispatchEvent(new Event('replied'));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  let stopping: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script: (...replies) => queue.push(...replies),
    get fallback() {
      return state.fallback;
    },
    set fallback(reply: Reply) {
      state.fallback = reply;
    },
    replied(n) {
      return new Promise((resolve) => {
        const check = () => {
          const request = requests[n - 1];
          const open = request && played.get(request);
          if (open === undefined) return;
          arrivals.removeEventListener('replied', check);
          resolve({ open });
        };
        arrivals.addEventListener('replied', check);
        check();
      });
    },
    reset() {
      queue.length = 0;
      requests.length = 0;
    },
    stop() {
      // Hung and trickling replies hold their sockets open: close() alone would wait for them forever.
      stopping ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return stopping;
    },
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}
