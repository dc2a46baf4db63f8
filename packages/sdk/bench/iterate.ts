// Iterating 2,000 permission sets (40 pages of 50) against the mock with 20 ms of latency per request:
// requests sent and wall time at concurrency 1 and 4, beside civis-python's page-until-empty loop over
// plain fetch. Prints figures (medians of 3 runs); asserts nothing. Run: pnpm exec tsx bench/iterate.ts
import { startMock } from '@civis-ts/mock';
import { Civis } from '../src/index.js';

const API_KEY = 'bench-key';
const mock = await startMock({ permissionSets: 0, apiKey: API_KEY });
process.once('SIGINT', () => void mock.stop());
mock.state.addPermissionSets(2_000);
mock.faults.latency(Number(process.env.LATENCY ?? 20));

async function measure(run: () => Promise<number>): Promise<{ items: number; requests: number; ms: number }> {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    mock.requests.length = 0;
    const started = performance.now();
    const items = await run();
    runs.push({ items, requests: mock.requests.length, ms: performance.now() - started });
  }
  return runs.sort((a, b) => a.ms - b.ms)[1] as { items: number; requests: number; ms: number };
}

const civis = new Civis({ apiKey: API_KEY, baseUrl: mock.url });
const sdk = (concurrency: number) => async () => {
  let items = 0;
  for await (const _ of civis.permissionSets.list({}, { concurrency })) items++;
  return items;
};
// What civis-python does: ask page after page until one comes back empty.
const untilEmpty = async () => {
  let items = 0;
  const authorization = `Basic ${btoa(`${API_KEY}:`)}`;
  for (let page = 1; ; page++) {
    const response = await fetch(`${mock.url}/permission_sets?limit=50&page_num=${page}`, {
      headers: { authorization },
    });
    const batch = (await response.json()) as unknown[];
    if (batch.length === 0) return items;
    items += batch.length;
  }
};

try {
  const rows = [
    ['page-until-empty loop (plain fetch)', await measure(untilEmpty)],
    ['SDK, concurrency 1', await measure(sdk(1))],
    ['SDK, concurrency 4', await measure(sdk(4))],
  ] as const;
  const base = rows[0][1].ms;
  console.log('| client | items | requests | wall time (median of 3) | vs loop |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [name, r] of rows) {
    console.log(
      `| ${name} | ${r.items} | ${r.requests} | ${r.ms.toFixed(0)} ms | ${(base / r.ms).toFixed(2)}x |`,
    );
  }
} finally {
  await mock.stop();
}
