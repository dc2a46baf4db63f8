// What the shape of fetch's init costs in undici: plain fetch with the Authorization header only, vs the
// init the SDK's transport sends (method, two headers, redirect: 'manual', a per-attempt signal and
// timer). Same process, interleaved. Run: pnpm exec tsx bench/experiments/init-shape.ts
import { AUTHORIZATION, PAGE_SIZE } from '../lib/clients.ts';
import { interleave } from '../lib/interleave.ts';
import { table } from '../lib/report.ts';
import { spawnServer } from '../lib/server-process.ts';
import { iqr, median, ratio } from '../lib/stats.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 21);
const server = await spawnServer(PAGE_SIZE);
try {
  const url = (i: number) => `${server.baseUrl}/permission_sets/${(i % PAGE_SIZE) + 1}`;
  const headers = { authorization: AUTHORIZATION };
  const both = { authorization: AUTHORIZATION, 'user-agent': 'civis-ts-client/0.1.0' };
  const read = async (response: Response) => JSON.parse(await response.text());
  const variants: Record<string, (i: number) => Promise<unknown>> = {
    'plain fetch': async (i) => (await fetch(url(i), { headers })).json(),
    '+ method, UA, body: undefined': async (i) =>
      read(await fetch(url(i), { method: 'GET', headers: both, body: undefined })),
    '+ redirect manual': async (i) =>
      read(await fetch(url(i), { method: 'GET', headers: both, body: undefined, redirect: 'manual' })),
    '+ signal and timer': async (i) => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 60_000);
      try {
        const init: RequestInit = { method: 'GET', headers: both, body: undefined, redirect: 'manual' };
        init.signal = controller.signal;
        return read(await fetch(url(i), init));
      } finally {
        clearTimeout(timer);
      }
    },
  };
  const timed = Object.entries(variants).map(([name, run]) => ({
    name,
    run: (i: number) => run(i).then(() => {}),
  }));
  const samples = await interleave(timed, ROUNDS, 200);
  const floor = median(samples.get('plain fetch') ?? []);
  console.log(
    table(
      ['variant', 'median µs', 'IQR', 'vs plain'],
      timed.map(({ name }) => {
        const s = samples.get(name) ?? [];
        return [name, median(s).toFixed(0), iqr(s), ratio(median(s), floor)];
      }),
    ),
  );
} finally {
  await server.stop();
}
