// The raw call types, from the spec: a call names a verb and a spec path, and its `params`, `body`,
// `data` and `error` are that operation's. One set serves both raw clients: `createCivisClient`
// (openapi-fetch, with its request options) and the SDK's `civis.raw` (with the SDK's).
import type { paths } from './generated/schema.js';

export type Verb = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The spec paths that have an operation for this verb. */
export type PathOf<V extends Verb> = {
  [P in keyof paths]: paths[P][Lowercase<V>] extends undefined ? never : P;
}[keyof paths];

export type Operation<P extends keyof paths, V extends Verb> = NonNullable<paths[P][Lowercase<V>]>;

export type Responses<O> = O extends { responses: infer R } ? R : never;
type Success<O> = {
  [S in keyof Responses<O>]: S extends 200 | 201
    ? Responses<O>[S] extends { content: { 'application/json': infer D } }
      ? D
      : never
    : never;
}[keyof Responses<O>];
/** What an operation returns: its JSON success body, or nothing when it has none (a DELETE's 204). */
export type Data<O> = O extends unknown ? ([Success<O>] extends [never] ? undefined : Success<O>) : never;

/** The JSON body of the operation's error statuses. */
export type ErrorBody<O> = {
  [S in keyof Responses<O>]: S extends 200 | 201 | 204
    ? never
    : Responses<O>[S] extends { content: { 'application/json': infer E } }
      ? E
      : never;
}[keyof Responses<O>];

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/** `params` as the spec declares the operation's parameters: required when any of them is. */
type ParamsOf<O> = O extends { parameters: infer P }
  ? [RequiredKeys<P>] extends [never]
    ? { params?: P }
    : { params: P }
  : { params?: undefined };

type BodyOf<O> = O extends { requestBody: { content: { 'application/json': infer B } } }
  ? { body: B }
  : O extends { requestBody?: { content: { 'application/json': infer B } } }
    ? { body?: B }
    : { body?: undefined };

/** A call's second argument: the operation's `params` and `body`. */
export type CallInit<O> = ParamsOf<O> & BodyOf<O>;

type InitArgs<I> = object extends I ? [init?: I] : [init: I];

/** `data` for a success status (undefined for a 204), or `error` for an error status, and the response. */
export type CallResult<O> =
  | { data: Data<O>; error?: never; response: Response }
  | { data?: never; error: ErrorBody<O>; response: Response };

/**
 * One verb of a raw client: a path the spec has for it, then the init (`params`, `body` and the client's
 * `Options`), typed by the spec as a literal, so a misspelled field is an error.
 */
export type CallMethod<V extends Verb, Options = unknown> = <P extends PathOf<V>>(
  path: P,
  ...init: InitArgs<CallInit<Operation<P, V>> & Options>
) => Promise<CallResult<Operation<P, V>>>;
