// Memory while iterating: each run in a fresh child process (--expose-gc) so heaps do not mix.
// Two runs per client: the whole 200,000-item listing as fast as it comes (heap growth), and a slow
// consumer that breaks after 20,000 items (pages held ahead, requests made for nothing).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { mb, table } from '../lib/report.ts';
import type { LoadedSdk } from '../lib/sdk.ts';
import { spawnServer } from '../lib/server-process.ts';

const CHILD = fileURLToPath(new URL('./memory-child.ts', import.meta.url));
const run = promisify(execFile);

export interface MemoryOptions {
  items: number;
  slowItems: number;
  slowMsPerPage: number;
}

interface ChildResult {
  items: number;
  inOrder: boolean;
  ms: number;
  peakGrowth: number;
  finalGrowth: number;
  maxHeld: number;
  maxAhead: number;
  requests: number;
  requestsAfterBreak: number;
  pagesConsumed: number;
}

async function child(args: (string | number)[]): Promise<ChildResult> {
  const { stdout } = await run(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', CHILD, ...args.map(String)],
    {
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as ChildResult;
}

export async function memory(sdk: LoadedSdk, options: MemoryOptions): Promise<string> {
  const server = await spawnServer(options.items);
  try {
    const runs: { name: string; kind: string; concurrency: number }[] = [
      { name: 'page-until-empty loop', kind: 'loop', concurrency: 1 },
    ];
    if (sdk.ok)
      for (const c of [1, 4, 8])
        runs.push({ name: `@civis-ts/sdk, concurrency ${c}`, kind: 'sdk', concurrency: c });
    const rows = [];
    for (const r of runs) {
      const full = await child([server.baseUrl, r.kind, r.concurrency, 'Infinity', 0]);
      const slow = await child([
        server.baseUrl,
        r.kind,
        r.concurrency,
        options.slowItems,
        options.slowMsPerPage,
      ]);
      const heldOk = slow.maxHeld <= r.concurrency && full.maxHeld <= r.concurrency;
      rows.push([
        r.name,
        `${full.items.toLocaleString('en')}${full.inOrder ? '' : ' **out of order**'}`,
        mb(full.peakGrowth),
        mb(full.finalGrowth),
        `${Math.max(full.maxHeld, slow.maxHeld)}${heldOk ? '' : ' **over**'}`,
        Math.max(full.maxAhead, slow.maxAhead),
        `${slow.requests - slow.pagesConsumed} / ${slow.requestsAfterBreak}`,
      ]);
    }
    const note = sdk.ok ? '' : `\n\n_SDK rows missing: ${sdk.reason}_`;
    return `### Memory\n\nHeap sampled after a forced GC every 2,000 items while iterating ${options.items.toLocaleString('en')} items (no latency); growth is against the heap before the first item. "Pages held" is the most pages requested but not yet fully handed to the loop (the page in hand included), "pages ahead" the most requested of which the loop has had no item yet; both counted by a wrapping \`fetch\`, over that run and a slow run (${options.slowMsPerPage} ms per page, break after ${options.slowItems.toLocaleString('en')} items). Targets: peak growth under 20 MB, pages held at most \`concurrency\`.\n\n${table(
      [
        'client',
        'items',
        'peak heap growth',
        'heap growth at end',
        'max pages held',
        'max pages ahead',
        'slow run: pages unused / requests after break',
      ],
      rows,
    )}${note}`;
  } finally {
    await server.stop();
  }
}
