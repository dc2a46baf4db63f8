// Every SDK method is one spec operation: the verb and spec path name it, and the spec types its path
// parameters, query, body and result, so a wrong path or field does not compile. The result is the
// body (nothing, for a DELETE's 204) or a thrown CivisError.
import type { Data, Operation, PathOf, Verb } from '@civis-ts/client';
import {
  AuthenticationError,
  CivisApiError,
  CivisError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
} from '../core/errors.js';
import { type ListOptions, type Page, Paginator } from '../core/paginator.js';
import type { RequestOptions } from '../core/request-options.js';
import type { Call, CallInput } from './call.js';
import { checkOptions } from './options.js';
import type { Received } from './transport.js';
import { check, type Rule } from './validate.js';

export type { Data, Operation, PathOf, Verb };

type JsonBody<O> = O extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;
type Query<O> = O extends { parameters: { query?: infer Q } } ? Q : undefined;

/** The path parameters, query and body of an operation, as the spec declares them. */
export type Input<O> = (O extends { parameters: { path: infer Path } }
  ? { path: Path }
  : { path?: undefined }) &
  ([Query<O>] extends [undefined] ? { query?: undefined } : { query?: Query<O> }) &
  ([JsonBody<O>] extends [never] ? { body?: undefined } : { body: JsonBody<O> });

/**
 * The body of an answer with a success status: the transport has checked it is of the documented shape
 * (and gives none for a DELETE, whatever arrived with its 204). An error status is thrown as its
 * CivisApiError.
 */
function bodyOf({ response, data, error, requestId, url }: Received, verb: string): unknown {
  if (!response.ok) {
    // The one place an HTTP error becomes an exception: its class by status family.
    const { status, headers } = response;
    const ErrorClass =
      {
        401: AuthenticationError,
        403: PermissionDeniedError,
        404: NotFoundError,
        409: ConflictError,
        429: RateLimitError,
      }[status] ?? (status >= 500 ? ServerError : CivisApiError);
    throw new ErrorClass({ status, headers, body: error, requestId }, verb, url);
  }
  return data;
}

/**
 * One operation's result; `read`, when given, turns the body into what the method returns, and a body it
 * cannot read (the service's fault: not the documented shape) is an InvalidResponseError, not a TypeError.
 */
export async function send<V extends Verb, P extends PathOf<V>, R = Data<Operation<P, V>>>(
  call: Call,
  verb: V,
  path: P,
  input: Input<Operation<P, V>>,
  options?: RequestOptions,
  read?: (data: Data<Operation<P, V>>) => R,
): Promise<R> {
  return bodyOf(await call(verb, path, input as CallInput, options, read), verb) as R;
}

/** A header total, or undefined when absent or not a non-negative integer (an unreadable total is no total). */
function count(value: string | null): number | undefined {
  return value !== null && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}

type Item<P extends PathOf<'GET'>> = Data<Operation<P, 'GET'>> extends (infer T)[] ? T : never;

/**
 * A paginated list from the query's `pageNum` on (the first page without one), asking for its `limit`
 * items a page, else the most the rule allows (not the spec's default page size: listing everything takes
 * the fewest requests at its maximum); each page's request carries its own `pageNum`.
 */
export function paginate<P extends PathOf<'GET'>>(
  call: Call,
  path: P,
  input: Input<Operation<P, 'GET'>> & { query: { limit?: number; pageNum?: number } },
  options: ListOptions,
  rule: Rule & { properties: { limit: { maximum: number } } },
): Paginator<Item<P>> {
  // Checked now: not at the first page, whenever the caller starts iterating.
  check(rule, input.query, '');
  checkOptions(options);
  const query = { ...input.query, limit: input.query.limit ?? rule.properties.limit.maximum };
  // One page, with the totals the service sends in the `X-Pagination-*` headers; any failure is
  // stamped with the page it stopped at.
  const fetchPage = async (pageNum: number, signal?: AbortSignal): Promise<Page<Item<P>>> => {
    try {
      const answer = await call(
        'GET',
        path,
        { ...input, query: { ...query, pageNum } },
        { ...options, signal },
      );
      const headers = answer.response.headers;
      return {
        items: bodyOf(answer, 'GET') as Item<P>[],
        pageNum,
        totalPages: count(headers.get('x-pagination-total-pages')),
        totalEntries: count(headers.get('x-pagination-total-entries')),
      };
    } catch (error) {
      if (error instanceof CivisError) error.pageNum = pageNum;
      throw error;
    }
  };
  return new Paginator(fetchPage, {
    ...options,
    start: query.pageNum ?? 1,
    perPage: query.limit,
    // Only a missing value defaults: a `null` is bad input, refused by the Paginator.
    concurrency: options.concurrency === undefined ? 4 : options.concurrency,
  });
}
