// Pagination when the list changes under the iterator, when the headers lie, and when a page fails:
// the documented behaviour (docs/reliability.md), never a crash, a hang or an endless loop.
import { CivisApiError } from '@civis-ts/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientOf, permissionSet, settle } from '../src/fixtures.js';
import { type HostileServer, startHostileServer } from '../src/hostile-server.js';
import { type PagedList, pageNumOf, servePages } from '../src/pages.js';
import { apiError, type Reply } from '../src/replies.js';

// A fresh server per test: a request cut off by the previous test's abort cannot land in this one's count.
let server: HostileServer;
beforeEach(async () => {
  server = await startHostileServer();
});
afterEach(() => server.stop());

const sets = (count: number, from = 1) => Array.from({ length: count }, (_, i) => permissionSet(from + i));

async function collect(list: PagedList<ReturnType<typeof permissionSet>>, concurrency = 1) {
  server.fallback = servePages(list);
  const ids: number[] = [];
  // A loop that never ends must fail this test, not keep running into the next ones.
  const signal = AbortSignal.timeout(5_000);
  const { error } = await settle(
    (async () => {
      for await (const set of clientOf(server).permissionSets.list({}, { concurrency, signal }))
        ids.push(set.id);
    })(),
  );
  return { ids, error, sent: server.requests.length };
}

describe.each([1, 4])('a list that changes while iterated (concurrency %i)', (concurrency) => {
  it('items deleted ahead of the cursor: the shifted ones may be missed, none is repeated', async () => {
    const list = { items: sets(500), beforePage: (page: number) => page === 3 && list.items.splice(0, 10) };
    const { ids, error, sent } = await collect(list, concurrency);
    expect(error).toBeUndefined();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(480);
    expect(ids.every((id) => id >= 1 && id <= 500)).toBe(true);
    expect(sent).toBeLessThanOrEqual(10);
  });

  it('items inserted at the front before every page: ends after the pages first announced', async () => {
    let next = 10_000;
    const insert = () => {
      next += 50;
      list.items.unshift(...sets(50, next));
    };
    const list = { items: sets(500), beforePage: insert };
    const { ids, error, sent } = await collect(list, concurrency);
    expect(error).toBeUndefined();
    // Page 1 said 11 pages (the insert came first); the growing list never makes the iterator chase it.
    expect(sent).toBeLessThanOrEqual(11);
    expect(ids.length).toBeLessThanOrEqual(11 * 50);
  });
});

describe('headers that lie', () => {
  it.each([1, 4])(
    'more pages than exist: stops at the first empty page (concurrency %i)',
    async (concurrency) => {
      const { ids, error, sent } = await collect(
        { items: sets(120), totalPagesHeader: 1_000_000 },
        concurrency,
      );
      expect(error).toBeUndefined();
      expect(ids).toEqual(sets(120).map((set) => set.id));
      expect(sent).toBeLessThanOrEqual(3 + concurrency);
    },
  );

  it('fewer pages than exist: trusted, so the iteration ends there and sends nothing more', async () => {
    const { ids, sent } = await collect({ items: sets(250), totalPagesHeader: 2 });
    expect(ids).toEqual(sets(100).map((set) => set.id));
    expect(sent).toBe(2);
  });

  it.each(['abc', '-1', '2.5', ''])(
    'an unreadable total (%j) is ignored: walks until a short page',
    async (header) => {
      const { ids, error, sent } = await collect({ items: sets(120), totalPagesHeader: header }, 4);
      expect(error).toBeUndefined();
      expect(ids).toEqual(sets(120).map((set) => set.id));
      expect(sent).toBe(3);
    },
  );

  it('no headers at all, and an exact multiple of the page size: one empty page ends it', async () => {
    const { ids, sent } = await collect({ items: sets(100), totalPagesHeader: null });
    expect(ids).toHaveLength(100);
    expect(sent).toBe(3);
  });
});

describe('a page that fails after its retries', () => {
  it.each([1, 4])('names the page; what was yielded stays yielded (concurrency %i)', async (concurrency) => {
    let failures = 4;
    const pages = servePages({ items: sets(500) });
    const failThird: Reply = (response, request) =>
      pageNumOf(request) === 3 && failures-- > 0
        ? apiError(503)(response, request)
        : pages(response, request);
    server.fallback = failThird;
    const ids: number[] = [];
    const { error } = await settle(
      (async () => {
        for await (const set of clientOf(server).permissionSets.list({}, { concurrency })) ids.push(set.id);
      })(),
    );
    expect(error).toBeInstanceOf(CivisApiError);
    expect(error).toMatchObject({ status: 503, pageNum: 3 });
    expect(ids).toEqual(sets(100).map((set) => set.id));
    expect(server.requests.filter((request) => pageNumOf(request) === 3)).toHaveLength(4);
  });
});
