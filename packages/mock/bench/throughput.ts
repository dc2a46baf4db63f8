// The mock's start-up, and GET throughput of one fake through its two doors: `mock.fetch` in process and
// `startMock()` over HTTP (loopback), measured in the same run, interleaved. Start-up is measured in fresh
// processes on the built package (dist/), as users load it: the import, then startMock() to the first
// answered request. Bounded: 2,000 GETs at concurrency 10 per round. Run: pnpm --filter @civis-ts/mock bench
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createMock, startMock } from '../src/index.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONCURRENCY = 10;
const ROUNDS = 3;
const AUTH = { Authorization: 'Bearer test-key' };
const DIST = fileURLToPath(new URL('../dist/index.js', import.meta.url));

const START = `
const t0 = performance.now();
const { startMock } = await import(${JSON.stringify(DIST)});
const t1 = performance.now();
const mock = await startMock();
const response = await fetch(mock.url + '/permission_sets/1', { headers: { Authorization: 'Bearer test-key' } });
await response.arrayBuffer();
const t2 = performance.now();
await mock.stop();
console.log(JSON.stringify({ importMs: t1 - t0, firstAnswerMs: t2 - t1, status: response.status }));
`;

function startUp(): { importMs: number; firstAnswerMs: number } {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', START], { encoding: 'utf8' });
  const result = JSON.parse(out.trim()) as { importMs: number; firstAnswerMs: number; status: number };
  if (result.status !== 200) throw new Error(`first request answered ${result.status}`);
  return result;
}

/** Requests per second through one fetch, and the failures seen on the way. */
async function load(fetchOf: typeof fetch, url: string): Promise<{ rps: number; failures: number }> {
  let next = 0;
  let failures = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      const i = next++;
      const response = await fetchOf(`${url}/permission_sets/${(i % 20) + 1}`, { headers: AUTH });
      await response.arrayBuffer();
      if (response.status !== 200) failures += 1;
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { rps: REQUESTS / ((performance.now() - start) / 1000), failures };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const starts = Array.from({ length: 5 }, startUp);
console.log(
  `start (fresh process, dist/, median of ${starts.length}): import ${median(starts.map((s) => s.importMs)).toFixed(0)} ms; ` +
    `startMock() to the first answered request ${median(starts.map((s) => s.firstAnswerMs)).toFixed(1)} ms ` +
    `(each: ${starts.map((s) => s.firstAnswerMs.toFixed(0)).join(', ')})`,
);

const inProcess = createMock();
const server = await startMock();
try {
  await load(inProcess.fetch, inProcess.url); // warm-up, not measured
  await load(fetch, server.url);
  const rates = { fetch: [] as number[], http: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    const a = await load(inProcess.fetch, inProcess.url);
    const b = await load(fetch, server.url);
    if (a.failures + b.failures > 0)
      throw new Error(`failures: in process ${a.failures}, HTTP ${b.failures}`);
    rates.fetch.push(a.rps);
    rates.http.push(b.rps);
  }
  const f = median(rates.fetch);
  const h = median(rates.http);
  console.log(
    `GET /permission_sets/{id}, ${REQUESTS} requests, concurrency ${CONCURRENCY}, median of ${ROUNDS}:`,
  );
  console.log(
    `  mock.fetch in process ${f.toFixed(0)} req/s; over HTTP ${h.toFixed(0)} req/s; ratio ${(f / h).toFixed(2)}x`,
  );
} finally {
  await server.stop();
}
