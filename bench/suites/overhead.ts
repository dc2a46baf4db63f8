// Per-request overhead: sequential requests against a zero-latency local server, interleaved rounds,
// median time per request of each client and its ratio to plain fetch (the floor).
import {
  axiosClient,
  type Contender,
  fetchWithTimeout,
  PAGE_SIZE,
  plainFetch,
  rawClient,
  sdkClient,
} from '../lib/clients.ts';
import { interleave } from '../lib/interleave.ts';
import { table } from '../lib/report.ts';
import type { LoadedSdk } from '../lib/sdk.ts';
import { spawnServer } from '../lib/server-process.ts';
import { iqr, median, ratio } from '../lib/stats.ts';

export interface OverheadOptions {
  rounds: number;
  batch: number;
}

type Operation = 'get' | 'listOnePage';

async function runOnce(contender: Contender, operation: Operation, i: number): Promise<void> {
  if (operation === 'get') {
    const id = (i % PAGE_SIZE) + 1;
    const item = await contender.get(id);
    if (item.id !== id) throw new Error(`${contender.name}: get(${id}) returned ${item.id}`);
  } else {
    const items = await contender.listOnePage();
    if (items.length !== PAGE_SIZE) throw new Error(`${contender.name}: list gave ${items.length} items`);
  }
}

export async function overhead(sdk: LoadedSdk, options: OverheadOptions): Promise<string> {
  // One page of 50 in all: the listing is exactly one request for every client.
  const server = await spawnServer(PAGE_SIZE);
  try {
    const contenders = [plainFetch, fetchWithTimeout, rawClient, axiosClient].map((make) =>
      make(server.baseUrl),
    );
    if (sdk.ok) contenders.push(sdkClient(sdk, server.baseUrl));
    const sections: string[] = [];
    for (const operation of ['get', 'listOnePage'] as const) {
      // Counts requests per call (and checks the answers) before timing anything.
      const requestsPerOp = new Map<string, number>();
      for (const contender of contenders) {
        await server.reset();
        for (let i = 0; i < options.batch; i++) await runOnce(contender, operation, i);
        requestsPerOp.set(contender.name, (await server.stats()).requests / options.batch);
      }
      const timed = contenders.map((c) => ({ name: c.name, run: (i: number) => runOnce(c, operation, i) }));
      const samples = await interleave(timed, options.rounds, options.batch);
      const floor = median(samples.get('plain fetch') ?? []);
      const rows = contenders.map((c) => {
        const s = samples.get(c.name) ?? [];
        return [
          c.name,
          median(s).toFixed(0),
          iqr(s),
          ratio(median(s), floor),
          requestsPerOp.get(c.name) ?? '?',
        ];
      });
      const title = operation === 'get' ? '`get(id)`' : 'one-page `list` (50 items)';
      sections.push(
        `#### ${title}\n\n${table(['client', 'median µs/request', 'IQR µs', 'vs plain fetch', 'requests/call'], rows)}`,
      );
    }
    const note = sdk.ok ? '' : `\n\n_SDK column missing: ${sdk.reason}_`;
    return `### Per-request overhead\n\n${options.rounds} interleaved rounds of ${options.batch} sequential requests per client, keep-alive, server in its own process with no latency. "fetch + timeout" is plain fetch with a per-attempt timeout (an AbortController whose signal fetch gets, and a timer): what any client that can time out a request pays at least. Target: the SDK within 1.10× of plain fetch and ahead of axios.\n\n${sections.join('\n\n')}${note}`;
  } finally {
    await server.stop();
  }
}
