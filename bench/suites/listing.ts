// Listing permission sets (2,000: 40 pages of 50) with 20 ms of server latency per request: the SDK at
// several concurrencies vs civis-python's page-until-empty loop. Checks every run's items are 1..N in order.
import { pageUntilEmpty } from '../baselines/page-until-empty.ts';
import { API_KEY, AUTHORIZATION, PAGE_SIZE } from '../lib/clients.ts';
import { table } from '../lib/report.ts';
import type { LoadedSdk } from '../lib/sdk.ts';
import { spawnServer } from '../lib/server-process.ts';
import { median, rotate } from '../lib/stats.ts';
import { TARGETS } from '../targets.ts';

export interface ListingOptions {
  items: number;
  latencyMs: number;
  rounds: number;
}

interface Lister {
  name: string;
  iterate(): AsyncIterable<{ id: number }>;
}

async function drain(lister: Lister, expected: number): Promise<{ ms: number; inOrder: boolean }> {
  const start = performance.now();
  let count = 0;
  let inOrder = true;
  for await (const item of lister.iterate()) {
    count++;
    if (item.id !== count) inOrder = false;
  }
  return { ms: performance.now() - start, inOrder: inOrder && count === expected };
}

export async function listing(sdk: LoadedSdk, options: ListingOptions): Promise<string> {
  const server = await spawnServer(options.items, options.latencyMs);
  try {
    const baseUrl = server.baseUrl;
    const listers: Lister[] = [
      {
        name: 'page-until-empty loop (civis-python, plain fetch)',
        iterate: () => pageUntilEmpty(baseUrl, AUTHORIZATION),
      },
    ];
    if (sdk.ok) {
      const civis = sdk.create({ apiKey: API_KEY, baseUrl });
      for (const concurrency of [1, 4, 8]) {
        listers.push({
          name: `@civis-ts/sdk, concurrency ${concurrency}`,
          iterate: () => civis.permissionSets.list({}, { concurrency }),
        });
      }
    }
    const times = new Map<string, number[]>(listers.map((l) => [l.name, []]));
    const facts = new Map<string, { inOrder: boolean; requests: number; maxInFlight: number }>();
    for (let round = 0; round < options.rounds; round++) {
      for (const lister of rotate(listers, round)) {
        await server.reset();
        const { ms, inOrder } = await drain(lister, options.items);
        const stats = await server.stats();
        times.get(lister.name)?.push(ms);
        const previous = facts.get(lister.name);
        facts.set(lister.name, {
          inOrder: inOrder && (previous?.inOrder ?? true),
          requests: stats.requests,
          maxInFlight: Math.max(stats.maxInFlight, previous?.maxInFlight ?? 0),
        });
      }
    }
    const base = median(times.get(listers[0]?.name ?? '') ?? []);
    const rows = listers.map((l) => {
      const ms = median(times.get(l.name) ?? []);
      const f = facts.get(l.name);
      return [
        l.name,
        ms.toFixed(0),
        `${(base / ms).toFixed(2)}×`,
        f?.requests ?? '?',
        f?.maxInFlight ?? '?',
        f?.inOrder ? 'yes' : '**NO**',
      ];
    });
    const pages = Math.ceil(options.items / PAGE_SIZE);
    // Round trips: the loop's pages + its empty last one; concurrency 4's first page alone (the total is
    // not known before it), then the rest four at a time.
    const ceiling = (pages + 1) / (1 + Math.ceil((pages - 1) / 4));
    const note = sdk.ok ? '' : `\n\n_SDK rows missing: ${sdk.reason}_`;
    return `### Listing ${options.items.toLocaleString('en')} permission sets\n\n${pages} pages of ${PAGE_SIZE}, ${options.latencyMs} ms server latency per request, ${options.rounds} interleaved rounds, median wall time. Target (bench/targets.ts): concurrency 4 at least ${TARGETS.listingSpeedup.limit}× faster than the loop (the round trips alone allow ${ceiling.toFixed(2)}×), items in order.\n\n${table(['client', 'median ms', 'speed-up vs loop', 'requests', 'max in flight', 'items 1..N in order'], rows)}${note}`;
  } finally {
    await server.stop();
  }
}
