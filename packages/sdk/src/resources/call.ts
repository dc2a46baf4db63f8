// Turns openapi-fetch's { data, error, response } into data or a thrown CivisError, for every method.
import { apiError, CivisError, InvalidResponseError, safeUrl, secretsOf } from '../errors.js';
import type { Page } from '../paginator.js';
import { origins } from '../transport.js';

type Result<D> = { data?: D; error?: unknown; response: Response };

function origin(response: Response): { method: string; url: string; request: Request | undefined } {
  const request = origins.get(response);
  return { method: request?.method ?? '', url: safeUrl(request?.url ?? response.url), request };
}

function check(result: Result<unknown>): void {
  const { response } = result;
  if (response.ok) return;
  const { method, url, request } = origin(response);
  throw apiError(
    response,
    result.error,
    method,
    url,
    secretsOf(request?.headers.get('authorization') ?? null),
  );
}

function invalid(response: Response, problem: string): InvalidResponseError {
  const { method, url } = origin(response);
  return new InvalidResponseError(problem, response.status, response.headers, method, url);
}

/** The body of an operation that returns one: a missing or `null` body is the service's fault, not data. */
export async function unwrap<D>(call: Promise<Result<D>>): Promise<D> {
  const result = await call;
  check(result);
  if (result.data === undefined || result.data === null)
    throw invalid(result.response, 'no body where one was expected');
  return result.data;
}

/** An operation answered 204 with no body (DELETE): whatever body arrives is ignored. */
export async function unwrapEmpty(call: Promise<Result<unknown>>): Promise<void> {
  check(await call);
}

/** A header total, or undefined when absent or not a non-negative integer (an unreadable total is no total). */
function count(value: string | null): number | undefined {
  return value !== null && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}

/**
 * A page of a paginated list, with the totals the service sends in the `X-Pagination-*` headers. Any
 * failure is stamped with the page it stopped at.
 */
export async function unwrapPage<T>(call: Promise<Result<T[]>>, pageNum: number): Promise<Page<T>> {
  try {
    const result = await call;
    check(result);
    if (!Array.isArray(result.data)) throw invalid(result.response, 'a page of a list must be a JSON array');
    const headers = result.response.headers;
    return {
      items: result.data,
      pageNum,
      totalPages: count(headers.get('x-pagination-total-pages')),
      totalEntries: count(headers.get('x-pagination-total-entries')),
    };
  } catch (error) {
    if (error instanceof CivisError) error.pageNum = pageNum;
    throw error;
  }
}
