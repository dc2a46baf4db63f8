// One HTTP hop, as a proxy makes it: the request (method, path, headers, body) to another origin, its
// answer back as it comes. Both ends of the run's one Prism use it: a file's relay in front of Prism, and
// the router behind it that hands each request to the mock of the file it came from.
import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';

/** The request header that names, through Prism, the mock a request is for (Prism forwards it unchanged). */
export const ROUTE_HEADER = 'x-civis-test-mock';
/** ROUTE_HEADER's value that asks the router, not a mock, for Prism's URL once it is up (or why it failed). */
export const READY = 'ready';

/** An answer of the hop's own instead of a forwarded one. */
export interface Own {
  status: number;
  text: string;
}

/**
 * A server on a free local port that sends each request to the origin `target` picks for it, with the
 * headers `headers` makes of the request's; or answers it itself, when `target` gives an answer.
 */
export async function startHop(
  target: (headers: IncomingHttpHeaders) => URL | Own | Promise<URL | Own>,
  headers: (headers: IncomingHttpHeaders) => IncomingHttpHeaders,
): Promise<{ url: string; stop(): Promise<void> }> {
  const server: Server = createServer(async (incoming, answer) => {
    const origin = await target(incoming.headers);
    if (!(origin instanceof URL)) {
      answer.writeHead(origin.status, { 'content-type': 'text/plain' }).end(origin.text);
      return;
    }
    // Host names the origin connected to, as a proxy sets it (Prism does): not this hop.
    const { host: _, ...forwarded } = headers(incoming.headers);
    // The path as it came, byte for byte: no URL parsing that would resolve dot segments or `//`.
    const outgoing = request(
      {
        host: origin.hostname,
        port: origin.port,
        path: incoming.url,
        method: incoming.method,
        headers: forwarded,
      },
      (upstream) => {
        answer.writeHead(upstream.statusCode ?? 502, upstream.rawHeaders);
        upstream.pipe(answer);
      },
    );
    // A failed hop or a client that went away ends the other side too, as a direct connection would.
    outgoing.on('error', (error) => answer.destroy(error));
    answer.on('close', () => {
      if (!answer.writableFinished) outgoing.destroy();
    });
    incoming.pipe(outgoing);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
