// Shared inputs: an API key that is easy to grep for, the service's objects, and a client of a server.

import { basicAuthorization } from '@civis-ts/client';
import { Civis, type CivisOptions } from '@civis-ts/sdk';
import type { HostileServer } from './hostile-server.js';
import { json, type Reply, raw } from './replies.js';

export const KEY = 'sk-HOSTILE-GREP-ME-5f2c1a';
/** The key as it travels: in `Authorization: Basic base64(key:)`. A leak may take either form. */
export const KEY_FORMS = [KEY, basicAuthorization(KEY).slice('Basic '.length)];

export function permissionSet(id = 7) {
  return {
    id,
    name: `set ${id}`,
    description: null,
    author: { id: 1, name: 'A', username: 'a', initials: 'A', online: true },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    archived: false,
  };
}

/** Small waits and timeouts so a retry storm costs milliseconds; every test counts sends, not time. */
export function clientOf(server: HostileServer, options: CivisOptions = {}): Civis {
  return new Civis({
    apiKey: KEY,
    baseUrl: server.url,
    maxRetries: 3,
    timeout: 2_000,
    backoff: { initial: 1, max: 50 },
    ...options,
  });
}

/**
 * A fetch for a client of `server` whose abort (the client's short timeout) reaches the wire only for a
 * request the server has taken and left unanswered (a hang): on a loaded machine a short timer can fire
 * before the request has left, so the server never counts it, or counts it late, in the next test; or
 * fire while an answer is on its way. The client's own timer and its TimeoutError are untouched (an
 * answer that comes after the timer fired is still taken, as the attempt does). Sends must be one at a
 * time, from one client, after `server.reset()`: the n-th send is the n-th request recorded.
 */
export function abortAfterArrival(server: HostileServer): typeof fetch {
  let sends = 0;
  return (input, init = {}) => {
    sends += 1;
    const send = sends;
    const wire = new AbortController();
    const signal = init.signal;
    signal?.addEventListener(
      'abort',
      () => void server.replied(send).then(({ open }) => open && wire.abort(signal.reason)),
      { once: true },
    );
    return fetch(input, { ...init, signal: wire.signal });
  };
}

export type Method = 'GET' | 'PUT' | 'DELETE' | 'POST' | 'PATCH';
export const METHODS: Method[] = ['GET', 'PUT', 'DELETE', 'POST', 'PATCH'];

/** One SDK call per HTTP method, and the answer the service gives it on success. */
export const calls: Record<Method, { call: (civis: Civis) => Promise<unknown>; success: Reply }> = {
  GET: { call: (c) => c.permissionSets.get(7), success: json(200, permissionSet()) },
  PUT: { call: (c) => c.permissionSets.replace(7, { name: 'x' }), success: json(200, permissionSet()) },
  DELETE: { call: (c) => c.permissionSets.resources(7).delete('r'), success: raw(204, {}) },
  POST: { call: (c) => c.permissionSets.create({ name: 'x' }), success: json(201, permissionSet()) },
  PATCH: { call: (c) => c.permissionSets.update(7, { name: 'x' }), success: json(200, permissionSet()) },
};

/** The service's promise (see docs/reliability.md): which methods may be resent after which failure. */
export function retries(method: Method, failure: number | 'connection'): boolean {
  if (method === 'PATCH') return false;
  if (method === 'POST') return failure === 429 || failure === 503;
  return failure === 'connection' || failure === 429 || failure === 502 || failure === 503 || failure === 504;
}

/** Settles a promise into either its value or its error, for assertions on both. */
export async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  try {
    return { value: await promise };
  } catch (error) {
    return { error };
  }
}
