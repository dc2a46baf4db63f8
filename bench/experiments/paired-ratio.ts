// Which statistic to put in the overhead table (FINDINGS §1d): the same interleaved rounds as the
// overhead suite, repeated REPS times in one process, and the spread across repetitions of candidate
// ratios to plain fetch: median µs / median µs (the suite's old figure), the median of per-round ratios
// (paired), and ratios of lower quantiles. The steadiest one is the better headline. Run:
//   REPS=6 SET=plain,raw,axios pnpm exec tsx bench/experiments/paired-ratio.ts
import {
  axiosClient,
  type Contender,
  PAGE_SIZE,
  plainFetch,
  rawClient,
  sdkClient,
  timedCalls,
} from '../lib/clients.ts';
import { interleave } from '../lib/interleave.ts';
import { loadSdk } from '../lib/sdk.ts';
import { spawnServer } from '../lib/server-process.ts';
import { median, pairedRatios, quantile } from '../lib/stats.ts';

const REPS = Number(process.env.REPS ?? 5);
const MAKERS: Record<string, (baseUrl: string) => Contender> = {
  plain: plainFetch,
  raw: rawClient,
  axios: axiosClient,
};

const stdev = (values: number[]) => {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
};
const show = (values: number[]) =>
  `${values.map((r) => r.toFixed(3)).join(' ')} (sd ${stdev(values).toFixed(4)})`;

const server = await spawnServer(PAGE_SIZE);
try {
  const sdk = await loadSdk();
  if (!sdk.ok) throw new Error(sdk.reason);
  const names = (process.env.SET ?? 'plain,raw,axios').split(',');
  const contenders = names.map((name) => (MAKERS[name] ?? plainFetch)(server.baseUrl));
  contenders.push(sdkClient(sdk, server.baseUrl));
  const results = new Map<string, Record<string, number[]>>();
  for (let rep = 0; rep < REPS; rep++) {
    for (const operation of ['get', 'listOnePage'] as const) {
      const timed = timedCalls(contenders, operation);
      const samples = await interleave(timed, 21, 200);
      const floor = samples.get('plain fetch') ?? [];
      for (const c of contenders.slice(1)) {
        const s = samples.get(c.name) ?? [];
        const key = `${operation} ${c.name}`;
        const entry = results.get(key) ?? {};
        const add = (name: string, value: number) => {
          entry[name] = [...(entry[name] ?? []), value];
        };
        add('ratio of medians', median(s) / median(floor));
        add('paired (median of ratios)', median(pairedRatios(s, floor)));
        add('ratio of p25s', quantile(s, 0.25) / quantile(floor, 0.25));
        add('ratio of minimums', Math.min(...s) / Math.min(...floor));
        results.set(key, entry);
      }
    }
  }
  for (const [key, statistics] of results) {
    console.log(key);
    for (const [name, values] of Object.entries(statistics))
      console.log(`  ${name.padEnd(26)} ${show(values)}`);
  }
} finally {
  await server.stop();
}
