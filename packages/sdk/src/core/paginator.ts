// One paginator for both paginated lists. It knows nothing of permission sets: it is handed a function
// that fetches page N, and reads the totals that come back with each page.

import type { RequestOptions } from '../core/request-options.js';
import { onAbort } from '../internal/retry.js';
import { check } from '../internal/validate.js';

/** The options of a paginated list: those of every call, plus the look-ahead. */
export interface ListOptions extends RequestOptions {
  /** Pages fetched ahead and held in memory at most (default 4). */
  concurrency?: number;
}

export interface Page<T> {
  items: T[];
  pageNum: number;
  /** From `X-Pagination-Total-Pages`, when the service sent it. */
  totalPages?: number;
  /** From `X-Pagination-Total-Entries`, when the service sent it. */
  totalEntries?: number;
}

/** Fetches one page; `signal`, when given, cancels it. */
export type PageFetcher<T> = (pageNum: number, signal?: AbortSignal) => Promise<Page<T>>;

export interface PaginatorOptions {
  /** The first page to fetch. */
  start: number;
  /** The page size asked for: without a total, a shorter page is the last. */
  perPage: number;
  /** Pages fetched ahead once the total is known, and the most pages held in memory. */
  concurrency: number;
  signal?: AbortSignal;
}

/** Every item from the starting page on, in order; `pages()` for whole pages, `toArray()` to collect. */
export class Paginator<T> implements AsyncIterable<T> {
  readonly #fetchPage: PageFetcher<T>;
  readonly #options: PaginatorOptions;

  constructor(fetchPage: PageFetcher<T>, options: PaginatorOptions) {
    check({ type: 'integer', minimum: 1, maximum: 64 }, options.concurrency, 'concurrency');
    this.#fetchPage = fetchPage;
    this.#options = options;
  }

  /**
   * The pages in order. With the total known, further pages are fetched ahead: `concurrency - 1` while
   * the consumer holds a page, `concurrency` once it has moved on, so at most `concurrency` pages are
   * held at any time. Leaving the loop (or the signal aborting) cancels the pages fetched ahead and
   * sends nothing more.
   */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    const { start, perPage, concurrency, signal } = this.#options;
    // The page awaited is cancelled by the caller's signal alone: the loop is suspended on it. Pages
    // fetched ahead get a signal of their own, also aborted when the loop ends early; it is made with the
    // first of them, so a one-page list makes none.
    let controller: AbortController | undefined;
    let unlisten: (() => void) | undefined;
    const ahead: Promise<Page<T>>[] = [];
    let next = start + 1;
    // Infinity until a page announces the total.
    let total = Infinity;
    const fetchAhead = (slots: number) => {
      while (total < Infinity && next <= total && ahead.length < slots) {
        if (!controller) {
          const made = new AbortController();
          controller = made;
          unlisten = onAbort(signal, () => made.abort(signal?.reason));
        }
        const pending = this.#fetchPage(next++, controller.signal);
        // Handled when its turn comes; until then a failure must not become an unhandled rejection.
        pending.catch(() => {});
        ahead.push(pending);
      }
    };
    try {
      signal?.throwIfAborted();
      let page = await this.#fetchPage(start, signal);
      for (;;) {
        // The smallest total announced so far: a list that grows while it is read cannot keep the iteration
        // going forever (items pushed past the first announced end are not reached), one that shrinks ends early.
        total = Math.min(total, page.totalPages ?? total);
        fetchAhead(concurrency - 1);
        yield page;
        signal?.throwIfAborted();
        const last = total < Infinity ? page.pageNum >= total : page.items.length < perPage;
        if (last || page.items.length === 0) return;
        fetchAhead(concurrency);
        page = await (ahead.shift() ?? this.#fetchPage(next++, signal));
        // An empty page before the announced end means the list shrank while we read it: it is the end.
        if (page.items.length === 0) return;
      }
    } finally {
      unlisten?.();
      // Only pages fetched ahead can be in flight here: with none, no abort (nor its DOMException).
      if (ahead.length > 0) controller?.abort();
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    const { signal } = this.#options;
    for await (const page of this.pages()) {
      for (const item of page.items) {
        // An abort takes effect at once, not at the end of the page in hand.
        signal?.throwIfAborted();
        yield item;
      }
    }
  }

  /** Collects the items, stopping (and fetching nothing more) once `max` are in hand. */
  async toArray({ max = Infinity }: { max?: number } = {}): Promise<T[]> {
    const items: T[] = [];
    if (max > 0) {
      for await (const page of this.pages()) {
        items.push(...page.items.slice(0, max - items.length));
        if (items.length >= max) break;
      }
    }
    return items;
  }
}
