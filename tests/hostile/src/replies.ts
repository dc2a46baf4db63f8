// The replies a hostile server can give, one small function each, composable into scripts.
import type { ServerResponse } from 'node:http';
import type { SeenRequest } from './hostile-server.js';

export type Reply = (response: ServerResponse, request: SeenRequest) => void | Promise<void>;

export const REQUEST_ID = 'req-hostile-1';

export function raw(status: number, headers: Record<string, string>, body?: string | Buffer): Reply {
  return (response) => {
    response.writeHead(status, { 'X-Request-Id': REQUEST_ID, ...headers });
    response.end(body);
  };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return raw(status, { 'Content-Type': 'application/json', ...headers }, JSON.stringify(body));
}

/** The service's error body for a status. */
export function apiError(status: number, headers: Record<string, string> = {}): Reply {
  return json(
    status,
    { error: `status_${status}`, errorDescription: `Failed with ${status}`, code: status },
    headers,
  );
}

/** An RST before a single byte of the response: the request may or may not have been processed. */
export const resetBeforeResponse: Reply = (response) => {
  response.socket?.resetAndDestroy();
};

/** Headers promising the whole body, half of it, then an RST. */
export function resetMidBody(status: number, body: unknown): Reply {
  return (response) => {
    const bytes = Buffer.from(JSON.stringify(body));
    response.writeHead(status, {
      'Content-Type': 'application/json',
      'Content-Length': String(bytes.length),
    });
    response.write(bytes.subarray(0, bytes.length >> 1), () => response.socket?.resetAndDestroy());
  };
}

/** Accepts the request and never answers (the server's stop() frees the socket). */
export const hang: Reply = () => {};

/** Sends the headers, then one byte every `everyMs` forever: only a timeout covering the body ends it. */
export function trickle(everyMs = 20): Reply {
  return (response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.write('[');
    const timer = setInterval(() => response.write(' '), everyMs);
    response.on('close', () => clearInterval(timer));
  };
}

export function redirect(status: number, location: string): Reply {
  return raw(status, { Location: location });
}

/** Plays `reply` `times` times in a row, for `script(...repeat(n, reply))`. */
export function repeat(times: number, reply: Reply): Reply[] {
  return Array.from({ length: times }, () => reply);
}

/** Answers after `ms`, for a request still in flight while a test acts. */
export function delayed(ms: number, reply: Reply): Reply {
  return (response, request) =>
    new Promise<void>((resolve) => setTimeout(resolve, ms)).then(() => reply(response, request));
}
