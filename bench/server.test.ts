// The bench server and the civis-python loop are measuring instruments: check they behave like the
// service (pagination headers, 1-based pages, empty page past the end) before trusting any figure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageUntilEmpty } from './baselines/page-until-empty.ts';
import { type BenchServer, startBenchServer } from './server.ts';

let server: BenchServer;
let baseUrl: string;

beforeAll(async () => {
  server = await startBenchServer({ items: 120 });
  baseUrl = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server.close());

describe('bench server', () => {
  it('serves a page with the X-Pagination headers the SDK reads', async () => {
    const response = await fetch(`${baseUrl}/permission_sets?limit=50&page_num=3`);
    const items = (await response.json()) as { id: number }[];
    expect(items.map((i) => i.id)).toEqual(Array.from({ length: 20 }, (_, i) => 101 + i));
    expect(response.headers.get('x-pagination-current-page')).toBe('3');
    expect(response.headers.get('x-pagination-per-page')).toBe('50');
    expect(response.headers.get('x-pagination-total-pages')).toBe('3');
    expect(response.headers.get('x-pagination-total-entries')).toBe('120');
  });

  it('answers an item by id and 404 with the service error body past the end', async () => {
    expect(((await (await fetch(`${baseUrl}/permission_sets/7`)).json()) as { id: number }).id).toBe(7);
    const missing = await fetch(`${baseUrl}/permission_sets/121`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'not_found', code: 404 });
  });
});

describe('page-until-empty baseline', () => {
  it('yields every item in order and pays for one extra, empty page', async () => {
    server.reset();
    const ids: number[] = [];
    for await (const item of pageUntilEmpty<{ id: number }>(baseUrl, 'Basic x', 50)) ids.push(item.id);
    expect(ids).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(server.stats.pages).toEqual([1, 2, 3, 4]);
    expect(server.stats.maxInFlight).toBe(1);
  });
});
