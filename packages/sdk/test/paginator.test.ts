import { describe, expect, it } from 'vitest';
import { CivisValidationError, type Page, Paginator } from '../src/index.js';

/** A list of `total` numbers served `perPage` at a time, recording each page asked for. */
function source(total: number, perPage: number, { headers = true, delayMs = 1 } = {}) {
  const requested: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  // Every fetch, to wait for all of them to settle: an explicit end, where a sleep would only guess one.
  const pending: Promise<unknown>[] = [];
  const fetchPage = (pageNum: number, signal?: AbortSignal): Promise<Page<number>> => {
    const page = fetchOne(pageNum, signal);
    pending.push(page.catch(() => undefined));
    return page;
  };
  const fetchOne = async (pageNum: number, signal?: AbortSignal): Promise<Page<number>> => {
    requested.push(pageNum);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      signal?.throwIfAborted();
      const first = (pageNum - 1) * perPage;
      const items = Array.from(
        { length: Math.max(0, Math.min(perPage, total - first)) },
        (_, i) => first + i,
      );
      const totalPages = Math.ceil(total / perPage);
      return headers ? { items, pageNum, totalPages, totalEntries: total } : { items, pageNum };
    } finally {
      inFlight--;
    }
  };
  /** Resolves once every page asked for so far (and any asked for meanwhile) has settled. */
  const settled = async () => {
    for (let seen = 0; seen < pending.length; seen = pending.length) await Promise.all(pending);
  };
  return { fetchPage, requested, maxInFlight: () => maxInFlight, settled };
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('Paginator', () => {
  it.each([1, 2, 4, 8])('yields every item once, in order, at concurrency %i', async (concurrency) => {
    const list = source(1_003, 50);
    const items: number[] = [];
    for await (const item of new Paginator(list.fetchPage, { start: 1, perPage: 50, concurrency }))
      items.push(item);
    expect(items).toEqual(range(0, 1_003));
    expect(list.requested.sort((a, b) => a - b)).toEqual(range(1, 22));
    expect(list.maxInFlight()).toBeLessThanOrEqual(concurrency);
  });

  it('without total headers stops at the short page, or at an empty one after a full page', async () => {
    const short = source(120, 50, { headers: false });
    expect(await new Paginator(short.fetchPage, { start: 1, perPage: 50, concurrency: 4 }).toArray()).toEqual(
      range(0, 120),
    );
    expect(short.requested).toEqual([1, 2, 3]);
    const exact = source(100, 50, { headers: false });
    expect(
      await new Paginator(exact.fetchPage, { start: 1, perPage: 50, concurrency: 4 }).toArray(),
    ).toHaveLength(100);
    expect(exact.requested).toEqual([1, 2, 3]);
  });

  it('sends no request past the last page the headers announce', async () => {
    const list = source(100, 50);
    await new Paginator(list.fetchPage, { start: 1, perPage: 50, concurrency: 1 }).toArray();
    expect(list.requested).toEqual([1, 2]);
  });

  it('starts at pageNum and reports the totals in pages()', async () => {
    const list = source(120, 50);
    const pages = [];
    for await (const page of new Paginator(list.fetchPage, {
      start: 2,
      perPage: 50,
      concurrency: 2,
    }).pages()) {
      pages.push({ pageNum: page.pageNum, count: page.items.length, totalPages: page.totalPages });
    }
    expect(pages).toEqual([
      { pageNum: 2, count: 50, totalPages: 3 },
      { pageNum: 3, count: 20, totalPages: 3 },
    ]);
  });

  it('toArray({ max }) stops early and sends nothing more', async () => {
    const list = source(1_000, 50);
    const items = await new Paginator(list.fetchPage, { start: 1, perPage: 50, concurrency: 1 }).toArray({
      max: 70,
    });
    expect(items).toEqual(range(0, 70));
    expect(list.requested).toEqual([1, 2]);
  });

  it('breaking out of the loop stops fetching and cancels pages fetched ahead', async () => {
    const list = source(1_000, 50, { delayMs: 5 });
    let seen = 0;
    for await (const _ of new Paginator(list.fetchPage, { start: 1, perPage: 50, concurrency: 4 })) {
      if (++seen === 10) break;
    }
    const sent = list.requested.length;
    expect(sent).toBeLessThanOrEqual(4);
    // Every page in flight has ended (aborted or answered): none of them led to another request.
    await list.settled();
    expect(list.requested.length).toBe(sent);
  });

  it("aborts the signal of the pages fetched ahead when the loop ends; the awaited page gets the caller's", async () => {
    const signals: (AbortSignal | undefined)[] = [];
    const fetchPage = async (pageNum: number, signal?: AbortSignal): Promise<Page<number>> => {
      signals.push(signal);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { items: [pageNum], pageNum, totalPages: 10 };
    };
    for await (const _ of new Paginator(fetchPage, { start: 1, perPage: 1, concurrency: 4 })) break;
    // Page 1 (awaited: no signal but the caller's, here none), and pages 2-4 fetched ahead while it was held.
    expect(signals).toHaveLength(4);
    expect(signals[0]).toBeUndefined();
    expect(signals.slice(1).every((signal) => signal?.aborted)).toBe(true);

    // With a caller's signal, the awaited page gets it, and it is not aborted by the loop's end.
    const caller = new AbortController();
    const pages: (AbortSignal | undefined)[] = [];
    const one = async (pageNum: number, signal?: AbortSignal) => {
      pages.push(signal);
      return { items: [pageNum], pageNum, totalPages: 1 };
    };
    const paginator = new Paginator(one, { start: 1, perPage: 1, concurrency: 4, signal: caller.signal });
    expect(await paginator.toArray()).toEqual([1]);
    expect(pages).toEqual([caller.signal]);
    expect(caller.signal.aborted).toBe(false);
  });

  it('an aborted signal ends the iteration with its reason', async () => {
    const list = source(1_000, 50);
    const controller = new AbortController();
    const seen: number[] = [];
    const iterate = async () => {
      for await (const item of new Paginator(list.fetchPage, {
        start: 1,
        perPage: 50,
        concurrency: 2,
        signal: controller.signal,
      })) {
        seen.push(item);
        if (item === 60) controller.abort(new Error('enough'));
      }
    };
    await expect(iterate()).rejects.toThrow('enough');
    expect(seen.at(-1)).toBe(60);
  });

  it('a failing page rejects the iteration after the items before it', async () => {
    const list = source(500, 50);
    const failing = (pageNum: number, signal?: AbortSignal) =>
      pageNum === 3 ? Promise.reject(new Error('page 3 failed')) : list.fetchPage(pageNum, signal);
    const seen: number[] = [];
    const iterate = async () => {
      for await (const item of new Paginator(failing, { start: 1, perPage: 50, concurrency: 4 }))
        seen.push(item);
    };
    await expect(iterate()).rejects.toThrow('page 3 failed');
    expect(seen).toEqual(range(0, 100));
  });

  it('refuses a concurrency that is not a positive integer', () => {
    const list = source(10, 5);
    expect(() => new Paginator(list.fetchPage, { start: 1, perPage: 5, concurrency: 0 })).toThrow(
      CivisValidationError,
    );
  });
});
