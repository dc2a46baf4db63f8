// Listing cost of the fake: 50,000 permission sets read through the SDK at concurrency 8 (1,000 pages of
// 50), and the time of one page at 1,000 and at 50,000 sets (a page costs the same: it is not a sort of
// the collection). The fake over HTTP.
// Run: pnpm --filter @civis-ts/mock bench:listing (SETS=50000 CONCURRENCY=8 by default).
import { startMock } from '../src/index.js';

const SETS = Number(process.env.SETS ?? 50_000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 8);
const API_KEY = 'bench-key';
const AUTH = { Authorization: `Bearer ${API_KEY}` };

// The SDK from source, by path: it is not a dependency of the mock (it depends on the mock for its tests).
interface Sdk {
  Civis: new (options: {
    apiKey: string;
    baseUrl: string;
  }) => {
    permissionSets: {
      list(
        params: { archived?: 'all'; limit?: number },
        options: { concurrency: number },
      ): AsyncIterable<{ id: number }>;
    };
  };
}
const sdkPath = new URL('../../sdk/src/index.ts', import.meta.url).href;
const { Civis } = (await import(sdkPath)) as Sdk;

/** Median milliseconds of one page (page 10, 50 items) over `rounds` plain GETs. */
async function pageMs(url: string, rounds: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    const response = await fetch(`${url}/permission_sets?archived=all&limit=50&page_num=10`, {
      headers: AUTH,
    });
    await response.arrayBuffer();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)] as number;
}

// Two mocks: filling one with 49,000 more sets blocks this process for seconds, long enough for the
// server to drop an idle keep-alive connection just as the client reuses it (ECONNRESET).
const options = { permissionSets: 0, apiKey: API_KEY, requestLog: 0 } as const;
const smallMock = await startMock(options);
smallMock.state.addPermissionSets(1_000);
const small = await pageMs(smallMock.url, 21);
await smallMock.stop();
const mock = await startMock(options);
try {
  mock.state.addPermissionSets(SETS);
  const large = await pageMs(mock.url, 21);

  const civis = new Civis({ apiKey: API_KEY, baseUrl: mock.url });
  const started = performance.now();
  const cpu = process.cpuUsage();
  const seen = new Set<number>();
  for await (const set of civis.permissionSets.list(
    { archived: 'all', limit: 50 },
    { concurrency: CONCURRENCY },
  )) {
    seen.add(set.id);
  }
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  if (seen.size !== SETS) throw new Error(`listed ${seen.size} distinct sets, expected ${SETS}`);
  console.log(`one page of 50: ${small.toFixed(2)} ms at 1,000 sets; ${large.toFixed(2)} ms at ${SETS} sets`);
  console.log(
    `SDK list of ${SETS} sets, 50 a page, concurrency ${CONCURRENCY}: ${(ms / 1000).toFixed(2)} s ` +
      `(${(ms / Math.ceil(SETS / 50)).toFixed(2)} ms a page; CPU of this process, client and fake: ` +
      `${((user + system) / 1e6).toFixed(2)} s)`,
  );
} finally {
  await mock.stop();
}
