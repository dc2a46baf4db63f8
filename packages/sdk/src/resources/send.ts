// One operation through the raw client, for every SDK method: the verb and spec path name it, the
// result is its body (or nothing, for a DELETE's 204) or a thrown CivisError. Methods declare their
// checks and their return type; this is the one place a call is put together.
import type { CivisClient, paths } from '@civis-ts/client';
import { type ListOptions, Paginator } from '../paginator.js';
import { callInit, type RequestOptions } from '../transport.js';
import { unwrap, unwrapEmpty, unwrapPage } from './call.js';

export type Verb = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Params {
  path?: Record<string, string | number>;
  query?: Record<string, unknown>;
}

// The raw client's methods are typed per path; here the path is a variable, so the call is untyped and
// each SDK method states the spec type it returns.
type Untyped = Record<Verb, (url: string, init: object) => Promise<{ response: Response }>>;

export function send<T>(
  raw: CivisClient,
  verb: Verb,
  url: keyof paths,
  params: Params,
  options?: RequestOptions,
  body?: unknown,
): Promise<T> {
  const call = (raw as unknown as Untyped)[verb](url, { params, body, ...callInit(options) });
  return (verb === 'DELETE' ? unwrapEmpty(call) : unwrap(call)) as Promise<T>;
}

/** A paginated list from `pageNum` on, asking for `query.limit` items a page. */
export function paginate<T>(
  raw: CivisClient,
  url: keyof paths,
  params: Params & { query: { limit: number } },
  pageNum: number | undefined,
  options: ListOptions,
): Paginator<T> {
  const { path, query } = params;
  const fetchPage = (page: number, signal: AbortSignal) =>
    unwrapPage<T>(
      (raw as unknown as Untyped).GET(url, {
        params: { path, query: { ...query, page_num: page } },
        ...callInit(options, signal),
      }),
      page,
    );
  return new Paginator(fetchPage, {
    start: pageNum ?? 1,
    perPage: query.limit,
    // Only a missing value defaults: a `null` is bad input, refused by the Paginator.
    concurrency: options.concurrency === undefined ? 4 : options.concurrency,
    signal: options.signal,
  });
}
