// The SDK's direct path (FINDINGS §1c) against the SDK as it was before it, in one process: the built
// SDK (`@civis-ts/sdk`) and another build of the SDK given by path, interleaved with plain fetch and the
// raw client like the overhead bench. Run:
//   SDK_BEFORE=/path/to/other/dist/index.js pnpm exec tsx bench/experiments/direct-path.ts
import { pathToFileURL } from 'node:url';
import { type Contender, PAGE_SIZE, plainFetch, rawClient, sdkClient, timedCalls } from '../lib/clients.ts';
import { interleave } from '../lib/interleave.ts';
import { table } from '../lib/report.ts';
import { type CivisLike, type CivisOptionsLike, loadSdk } from '../lib/sdk.ts';
import { spawnServer } from '../lib/server-process.ts';
import { iqr, median, ratio } from '../lib/stats.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 21);
const BATCH = 200;

async function other(path: string): Promise<(options: CivisOptionsLike) => CivisLike> {
  const mod = (await import(pathToFileURL(path).href)) as { Civis: new (o: CivisOptionsLike) => CivisLike };
  return (options) => new mod.Civis(options);
}

const server = await spawnServer(PAGE_SIZE);
try {
  const sdk = await loadSdk();
  if (!sdk.ok) throw new Error(sdk.reason);
  const contenders: Contender[] = [plainFetch, rawClient].map((make) => make(server.baseUrl));
  contenders.push({ ...sdkClient(sdk, server.baseUrl), name: 'SDK, this build' });
  if (process.env.SDK_BEFORE) {
    const create = await other(process.env.SDK_BEFORE);
    contenders.push({ ...sdkClient({ ok: true, create }, server.baseUrl), name: 'SDK, SDK_BEFORE' });
  }
  for (const operation of ['get', 'listOnePage'] as const) {
    const timed = timedCalls(contenders, operation);
    const samples = await interleave(timed, ROUNDS, BATCH);
    const floor = median(samples.get('plain fetch') ?? []);
    const rows = contenders.map((c) => {
      const s = samples.get(c.name) ?? [];
      return [c.name, median(s).toFixed(0), iqr(s), ratio(median(s), floor)];
    });
    console.log(`\n${operation}, ${ROUNDS} × ${BATCH}\n`);
    console.log(table(['client', 'median µs', 'IQR µs', 'vs plain fetch'], rows));
  }
} finally {
  await server.stop();
}
