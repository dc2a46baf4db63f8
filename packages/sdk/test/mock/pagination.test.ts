// Iterating long lists through Prism's validating proxy, with and without look-ahead.
import { PERMISSION_SET_PAGE_LIMIT } from '@civis-ts/spec/facts';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PermissionSet } from '../../src/index.js';
import { useMock } from './start.js';

const ctx = useMock({ permissionSets: 0 });
let resourceSet = 0;

beforeAll(() => {
  ctx.mock.state.addPermissionSets(1_000);
  resourceSet = ctx.mock.state.createPermissionSet('many resources', null).id;
  ctx.mock.state.addResources(resourceSet, 5_000);
});

function expectInOrder(sets: PermissionSet[]): void {
  for (let i = 1; i < sets.length; i++) {
    expect((sets[i - 1] as PermissionSet).updatedAt >= (sets[i] as PermissionSet).updatedAt).toBe(true);
  }
}

describe('pagination against the mock', () => {
  it.each([1, 4])(
    'iterates 1,001 permission sets at concurrency %i, in order, no duplicates',
    async (concurrency) => {
      ctx.mock.requests.length = 0;
      const ids: number[] = [];
      const sets: PermissionSet[] = [];
      for await (const set of ctx.civis().permissionSets.list({}, { concurrency })) {
        ids.push(set.id);
        sets.push(set);
      }
      expect(ids).toHaveLength(1_001);
      expect(new Set(ids).size).toBe(1_001);
      expectInOrder(sets);
      // The largest page the endpoint allows, and not one request past the last page.
      const pages = Math.ceil(1_001 / PERMISSION_SET_PAGE_LIMIT);
      expect(ctx.mock.requests).toHaveLength(pages);
      expect(new Set(ctx.mock.requests.map((request) => request.query.page_num)).size).toBe(pages);
      expect(
        ctx.mock.requests.every((request) => request.query.limit === String(PERMISSION_SET_PAGE_LIMIT)),
      ).toBe(true);
    },
  );

  it.each([
    [1, undefined],
    [4, 250],
  ])('iterates 5,000 resources at concurrency %i (limit %s), in name order', async (concurrency, limit) => {
    ctx.mock.requests.length = 0;
    const resources = ctx.civis().permissionSets.resources(resourceSet);
    const names = (await resources.list({ limit }, { concurrency }).toArray()).map(
      (resource) => resource.name,
    );
    expect(names).toHaveLength(5_000);
    expect(new Set(names).size).toBe(5_000);
    expect(names).toEqual([...names].sort());
    expect(ctx.mock.requests).toHaveLength(5_000 / (limit ?? 1_000));
  });

  it('breaking after 10 items sends no further requests', async () => {
    for (const concurrency of [1, 4]) {
      // Count what the client sends: pages fetched ahead reach the fake (through Prism) a little later.
      const sent: Promise<unknown>[] = [];
      const counting: typeof fetch = (input, init) => {
        const answer = fetch(input, init);
        sent.push(answer.catch(() => undefined));
        return answer;
      };
      let seen = 0;
      for await (const _ of ctx.civis({ fetch: counting }).permissionSets.list({}, { concurrency })) {
        if (++seen === 10) break;
      }
      // Page 1, plus the pages already fetched ahead (concurrency - 1) when the loop broke.
      expect(sent).toHaveLength(concurrency);
      // Once every request sent has ended (answered or aborted), none has led to another.
      await Promise.all(sent);
      expect(sent).toHaveLength(concurrency);
    }
  });

  it('toArray({ max }) returns max items from the requested page on', async () => {
    ctx.mock.requests.length = 0;
    const sets = ctx.civis().permissionSets;
    const all = await sets.list({ limit: 20 }).toArray({ max: 60 });
    expect(all).toHaveLength(60);
    expect(ctx.mock.requests.length).toBeGreaterThanOrEqual(3);
    const fromPage3 = await sets.list({ limit: 20, pageNum: 3 }, { concurrency: 1 }).toArray({ max: 5 });
    expect(fromPage3.map((set) => set.id)).toEqual(all.slice(40, 45).map((set) => set.id));
  });

  it('pages() reports the page number and the totals', async () => {
    const pages = [];
    for await (const page of ctx
      .civis()
      .permissionSets.resources(resourceSet)
      .list({ limit: 1_000 })
      .pages()) {
      pages.push([page.pageNum, page.items.length, page.totalPages, page.totalEntries]);
    }
    expect(pages).toEqual([1, 2, 3, 4, 5].map((n) => [n, 1_000, 5, 5_000]));
  });
});
