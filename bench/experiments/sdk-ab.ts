// The SDK before and after a change, side by side with the fetch-with-timeout floor, in one process:
// `get` in interleaved rounds, the server in its own process and in this one; paired ratios to the floor.
// Run: SDK_VARIANTS=before=/path/to/old/dist/index.js,mid=/other/dist/index.js ROUNDS=31 \
//   pnpm exec tsx bench/experiments/sdk-ab.ts
import { API_KEY, fetchWithTimeout, PAGE_SIZE } from '../lib/clients.ts';
import { interleave, type Timed } from '../lib/interleave.ts';
import { loadAverage, table } from '../lib/report.ts';
import { loadSdk } from '../lib/sdk.ts';
import { spawnServer } from '../lib/server-process.ts';
import { iqr, median, pairedRatios } from '../lib/stats.ts';
import { startBenchServer } from '../server.ts';

type Get = (id: number) => Promise<{ id: number }>;
const ROUNDS = Number(process.env.ROUNDS ?? 31);
const BATCH = Number(process.env.BATCH ?? 200);

const after = await loadSdk();
if (!after.ok) throw new Error(after.reason);
type Sdk = { Civis: new (o: object) => { permissionSets: { get: Get } } };
const variants: [string, Sdk][] = [];
for (const entry of (process.env.SDK_VARIANTS ?? '').split(',').filter(Boolean)) {
  const [name, path] = entry.split('=') as [string, string];
  variants.push([`SDK ${name}`, (await import(path)) as Sdk]);
}

async function run(baseUrl: string, placement: string): Promise<string> {
  const startLoad = loadAverage();
  const gets: [string, Get][] = [['fetch + timeout', fetchWithTimeout(baseUrl).get]];
  for (const [name, sdk] of variants) {
    const civis = new sdk.Civis({ apiKey: API_KEY, baseUrl });
    gets.push([name, (id) => civis.permissionSets.get(id)]);
  }
  const civis = after.ok ? after.create({ apiKey: API_KEY, baseUrl }) : undefined;
  if (civis) gets.push(['SDK now', (id) => civis.permissionSets.get(id)]);
  const timed: Timed[] = gets.map(([name, get]) => ({
    name,
    run: async (i) => {
      const id = (i % PAGE_SIZE) + 1;
      if ((await get(id)).id !== id) throw new Error(`${name}: wrong item`);
    },
  }));
  // Wall time (interleave's) and this process's CPU time per call, batch by batch, in the same rounds.
  const cpu = new Map<string, number[]>(timed.map((t) => [t.name, []]));
  const measured: Timed[] = timed.map((t) => {
    let start: NodeJS.CpuUsage | undefined;
    return {
      name: t.name,
      run: async (i) => {
        if (i === 0) start = process.cpuUsage();
        await t.run(i);
        if (i === BATCH - 1 && start) {
          const used = process.cpuUsage(start);
          cpu.get(t.name)?.push((used.user + used.system) / BATCH);
        }
      },
    };
  });
  const samples = await interleave(measured, ROUNDS, BATCH);
  const floor = samples.get('fetch + timeout') ?? [];
  // The warm-up batch is the first CPU sample: left out.
  for (const values of cpu.values()) values.shift();
  const cpuFloor = cpu.get('fetch + timeout') ?? [];
  const rows = gets.map(([name]) => {
    const s = samples.get(name) ?? [];
    const c = cpu.get(name) ?? [];
    const ratios = pairedRatios(s, floor);
    const cpuRatios = pairedRatios(c, cpuFloor);
    return [
      name,
      median(s).toFixed(0),
      `${median(ratios).toFixed(3)}×`,
      iqr(ratios, 3),
      median(c).toFixed(0),
      `${median(cpuRatios).toFixed(3)}×`,
      iqr(cpuRatios, 3),
    ];
  });
  const header = ['client', 'wall µs', 'wall vs floor', 'IQR', 'CPU µs', 'CPU vs floor', 'IQR'];
  const load = `Load average (1, 5, 15 min): ${startLoad} at the start, ${loadAverage()} at the end.`;
  return `#### ${placement}\n\n${load}\n\n${table(header, rows)}`;
}

const child = await spawnServer(PAGE_SIZE);
const out = [await run(child.baseUrl, 'server in its own process')];
await child.stop();
const local = await startBenchServer({ items: PAGE_SIZE });
out.push(await run(`http://127.0.0.1:${local.port}`, 'server in the same process'));
await local.close();
process.stdout.write(`${out.join('\n\n')}\n`);
process.exit(0);
