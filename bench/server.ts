// The bench server: answers the two read endpoints from memory over keep-alive HTTP, so what a bench
// measures is the client. Bodies are serialised once and cached: the server should cost the same for
// every client and as little CPU as possible (the machine has 2 cores).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { permissionSet } from './fixtures.ts';

export interface BenchServerOptions {
  /** How many permission sets exist (ids 1..items). */
  items: number;
  /** Delay before each answer, in ms (0: answer at once). */
  latencyMs?: number;
}

export interface ServerStats {
  requests: number;
  /** The most requests the server was answering at the same time. */
  maxInFlight: number;
  /** Page numbers asked for, in arrival order (list requests only). */
  pages: number[];
}

export interface BenchServer {
  port: number;
  stats: ServerStats;
  reset(): void;
  close(): Promise<void>;
}

const MAX_LIMIT = 50;
const DEFAULT_LIMIT = 20;
export const CONTROL_STATS = '/__bench/stats';
export const CONTROL_RESET = '/__bench/reset';
const ITEM_PATH = /^\/permission_sets\/(\d+)$/;

export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const { items, latencyMs = 0 } = options;
  const pageCache = new Map<string, string>();
  const itemCache = new Map<number, string>();
  const stats: ServerStats = { requests: 0, maxInFlight: 0, pages: [] };
  let inFlight = 0;
  let requestId = 0;

  function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(body),
      'X-Request-Id': `bench-${++requestId}`,
      ...headers,
    });
    res.end(body);
  }

  function notFound(res: ServerResponse) {
    const body = {
      error: 'not_found',
      errorDescription: 'The requested resource could not be found.',
      code: 404,
    };
    send(res, 404, JSON.stringify(body));
  }

  function listPage(res: ServerResponse, query: URLSearchParams) {
    const limit = Math.min(Number(query.get('limit') ?? DEFAULT_LIMIT), MAX_LIMIT);
    const page = Number(query.get('page_num') ?? 1);
    stats.pages.push(page);
    const key = `${page}:${limit}`;
    let body = pageCache.get(key);
    if (body === undefined) {
      const start = (page - 1) * limit;
      const end = Math.min(start + limit, items);
      const slice = [];
      for (let i = start; i < end; i++) slice.push(permissionSet(i));
      body = JSON.stringify(slice);
      pageCache.set(key, body);
    }
    send(res, 200, body, {
      'X-Pagination-Current-Page': String(page),
      'X-Pagination-Per-Page': String(limit),
      'X-Pagination-Total-Pages': String(Math.ceil(items / limit)),
      'X-Pagination-Total-Entries': String(items),
    });
  }

  function getItem(res: ServerResponse, id: number) {
    if (id < 1 || id > items) return notFound(res);
    let body = itemCache.get(id);
    if (body === undefined) {
      body = JSON.stringify(permissionSet(id - 1));
      itemCache.set(id, body);
    }
    send(res, 200, body);
  }

  function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://bench');
    if (req.method !== 'GET') return notFound(res);
    if (url.pathname === '/permission_sets') return listPage(res, url.searchParams);
    const match = ITEM_PATH.exec(url.pathname);
    if (match) return getItem(res, Number(match[1]));
    notFound(res);
  }

  function reset() {
    stats.requests = 0;
    stats.maxInFlight = 0;
    stats.pages = [];
  }

  const server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
    // Drain the (empty) request body so the connection can be reused.
    req.resume();
    // Control routes for a parent process that runs this server in a child; not counted in the stats.
    if (req.url === CONTROL_STATS) return send(res, 200, JSON.stringify(stats));
    if (req.url === CONTROL_RESET) {
      reset();
      return send(res, 200, '{}');
    }
    stats.requests++;
    inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
    res.once('close', () => inFlight--);
    if (latencyMs > 0) setTimeout(route, latencyMs, req, res);
    else route(req, res);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    stats,
    reset,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
