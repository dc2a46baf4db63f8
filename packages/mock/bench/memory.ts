// Memory of a long run: the fake's RSS before and after 100,000 GETs with an 8 KB query (the request log
// is a ring, so it stays flat), at concurrency 8. The fake alone, in this process; GC forced before each
// reading. Run: pnpm --filter @civis-ts/mock exec tsx --expose-gc bench/memory.ts (REQUESTS=100000).
import { startMock } from '../src/index.js';

const REQUESTS = Number(process.env.REQUESTS ?? 100_000);
const CONCURRENCY = 8;
const AUTH = { Authorization: 'Bearer test-key' };
const QUERY = `?limit=10&note=${'x'.repeat(8 * 1024)}`;

const rssMb = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().rss / 2 ** 20;
};

const mock = await startMock();
try {
  // Warm up (the first requests load and compile the validators), then measure.
  for (let i = 0; i < 200; i++)
    await (await fetch(`${mock.url}/permission_sets${QUERY}`, { headers: AUTH })).text();
  const before = rssMb();
  let next = 0;
  let failures = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      next += 1;
      const response = await fetch(`${mock.url}/permission_sets/${(next % 20) + 1}${QUERY}`, {
        headers: AUTH,
      });
      await response.arrayBuffer();
      if (response.status !== 200) failures += 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const after = rssMb();
  console.log(
    `RSS ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after ${REQUESTS} GETs with an 8 KB query ` +
      `(${failures} failed; request log holds ${mock.requests.length})`,
  );
} finally {
  await mock.stop();
}
