// From `startMock()` to the first answered request, in fresh Node processes (the built package, as a
// user's test setup would load it). `tsx bench/start.ts [runs] [dist dir]`: the second argument measures
// another build of the package (an older commit's dist) in the same run, interleaved.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 9);
// 'floor': the same steps against a node:http server that answers `[]`: what the client's first fetch
// costs in a fresh process whatever answers it. Its startMock() loads node:http, as the mock's does (the
// package imports nothing from `node:`), so that cost falls on the same side of the clock for both.
const dists = [
  'floor',
  fileURLToPath(new URL('../dist/index.js', import.meta.url)),
  ...process.argv.slice(3),
];

const FLOOR = `data:text/javascript,${encodeURIComponent(`
export async function startMock() {
  const http = await import('node:http');
  const server = http.createServer((_, res) => { res.setHeader('content-type', 'application/json'); res.end('[]'); });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: 'http://127.0.0.1:' + server.address().port, stop: () => new Promise((ok) => server.close(ok)) };
}`)}`;

// One process: import, start, first answered GET, stop. Prints the two times in ms.
const child = (dist: string) => `
const t0 = performance.now();
const { startMock } = await import(${JSON.stringify(dist === 'floor' ? FLOOR : dist)});
const t1 = performance.now();
const mock = await startMock();
const tListening = performance.now();
const response = await fetch(mock.url + '/permission_sets', { headers: { Authorization: 'Bearer test-key' } });
if (response.status !== 200) throw new Error('status ' + response.status);
await response.arrayBuffer();
const t2 = performance.now();
await mock.stop();
console.log(JSON.stringify({ importMs: t1 - t0, startToFirstMs: t2 - t1, listeningMs: tListening - t1 }));
`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const results = dists.map(() => ({
  importMs: [] as number[],
  startToFirstMs: [] as number[],
  listeningMs: [] as number[],
}));
for (let round = 0; round < runs; round++) {
  dists.forEach((dist, i) => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', child(dist)], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${dist}: ${run.stderr}`);
    const { importMs, startToFirstMs, listeningMs } = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}');
    results[i]?.importMs.push(importMs);
    results[i]?.listeningMs.push(listeningMs);
    results[i]?.startToFirstMs.push(startToFirstMs);
  });
}
dists.forEach((dist, i) => {
  const r = results[i];
  if (!r) return;
  const range = (v: number[]) => `${Math.min(...v).toFixed(0)}-${Math.max(...v).toFixed(0)}`;
  console.log(
    `${dist}: startMock() to first answer median ${median(r.startToFirstMs).toFixed(0)} ms (${range(r.startToFirstMs)}), of which startMock() itself ${median(r.listeningMs).toFixed(0)} ms; import median ${median(r.importMs).toFixed(0)} ms; ${runs} runs`,
  );
});
