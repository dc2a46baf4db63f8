// Start time of the mock (fake alone, fake behind Prism) and GET throughput direct vs through the proxy.
// Bounded: 2,000 GETs at concurrency 10 per target, loopback only. Run: pnpm --filter @civis-ts/mock bench
import { startMock } from '../src/index.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONCURRENCY = 10;
const AUTH = { Authorization: `Basic ${Buffer.from('test-key:').toString('base64')}` };

async function timeStart(validate: boolean) {
  const start = performance.now();
  const mock = await startMock({ validate });
  return { mock, ms: performance.now() - start };
}

/** Requests per second, and the failures (a status other than 200, or a network error) seen on the way. */
async function load(url: string): Promise<{ rps: number; failures: string[] }> {
  let next = 0;
  const failures: string[] = [];
  const worker = async () => {
    while (next < REQUESTS) {
      const i = next++;
      try {
        const response = await fetch(`${url}/permission_sets/${(i % 20) + 1}`, { headers: AUTH });
        await response.arrayBuffer();
        if (response.status !== 200) failures.push(`#${i}: HTTP ${response.status}`);
      } catch (error) {
        failures.push(`#${i}: ${(error as { cause?: { code?: string } }).cause?.code ?? String(error)}`);
      }
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { rps: REQUESTS / ((performance.now() - start) / 1000), failures };
}

const rate = ({ rps, failures }: { rps: number; failures: string[] }) =>
  `${rps.toFixed(0)} req/s${failures.length ? ` (${failures.length} failed: ${failures.slice(0, 3).join(', ')})` : ''}`;

const fakeOnly = await timeStart(false);
await fakeOnly.mock.stop();
const proxied = await timeStart(true);
try {
  const warmUpDirect = await load(proxied.mock.directUrl); // warm-up, not measured
  const warmUpProxy = await load(proxied.mock.url);
  const direct = await load(proxied.mock.directUrl);
  const viaProxy = await load(proxied.mock.url);
  console.log(`warm-up: direct ${rate(warmUpDirect)}; through Prism ${rate(warmUpProxy)}`);
  console.log(`start: fake alone ${fakeOnly.ms.toFixed(0)} ms; fake + Prism ${proxied.ms.toFixed(0)} ms`);
  console.log(`GET /permission_sets/{id}, ${REQUESTS} requests, concurrency ${CONCURRENCY}:`);
  console.log(
    `  direct ${rate(direct)}; through Prism ${rate(viaProxy)}; ratio ${(direct.rps / viaProxy.rps).toFixed(1)}x`,
  );
} finally {
  await proxied.mock.stop();
}
