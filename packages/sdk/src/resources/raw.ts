// civis.raw: every operation as the wire has it, in openapi-fetch's calling convention
// (`GET(path, { params: { path, query }, body })` answers `{ data }` or `{ error }`, with the `response`),
// over the same call as the SDK's methods: one transport, so the same auth, retries, timeouts and
// redirect rule. Built here rather than on openapi-fetch, whose 2.6 KB (min+gzip) would be a second
// request path in every bundle (bench/FINDINGS.md §4c).
import type { CallInit, CallMethod, CallResult, Verb } from '@civis-ts/client';
import type { RequestOptions } from '../core/request-options.js';
import type { Call } from '../internal/call.js';

// The call types are the raw client's (@civis-ts/client's call-types.ts): one set for both.
/** A raw call's second argument: the operation's `params` and `body`, and the options of every call. */
export type RawInit<O> = CallInit<O> & RequestOptions;
/**
 * `data` for a success status (undefined for a DELETE, which answers 204), or `error` for an error
 * status: the parsed body (its text when not JSON; undefined when empty), credentials a server echoed in
 * it redacted.
 */
export type RawResult<O> = CallResult<O>;
export type RawMethod<V extends Verb> = CallMethod<V, RequestOptions>;

/**
 * The spec-typed raw client: a wrong path, parameter or body field does not compile. An error status is
 * answered, not thrown; what the transport throws (ConnectionError, TimeoutError, InvalidResponseError,
 * an abort) is thrown.
 */
export interface RawClient {
  GET: RawMethod<'GET'>;
  POST: RawMethod<'POST'>;
  PUT: RawMethod<'PUT'>;
  PATCH: RawMethod<'PATCH'>;
  DELETE: RawMethod<'DELETE'>;
}

interface LooseInit extends RequestOptions {
  params?: { path?: object; query?: object };
  body?: unknown;
}

export function createRaw(call: Call): RawClient {
  const method =
    (verb: Verb) =>
    async (path: string, { params, body, ...options }: LooseInit = {}) => {
      const { response, data, error } = await call(verb, path, { ...params, body }, options);
      return response.ok ? { data, response } : { error, response };
    };
  const verbs: Verb[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
  return Object.fromEntries(verbs.map((verb) => [verb, method(verb)])) as unknown as RawClient;
}
