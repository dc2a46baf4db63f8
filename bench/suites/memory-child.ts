// Runs in its own process with --expose-gc: iterates a listing, samples the heap after a forced GC every
// SAMPLE_EVERY items, and counts the pages held (requested but not yet fully handed to the consumer).
// Prints one JSON line. Usage: memory-child.ts <baseUrl> <sdk|loop> <concurrency> <maxItems> <slowMsPerPage>
import { setTimeout as sleep } from 'node:timers/promises';
import { pageUntilEmpty } from '../baselines/page-until-empty.ts';
import { API_KEY, AUTHORIZATION } from '../lib/clients.ts';
import { loadSdk } from '../lib/sdk.ts';

const SAMPLE_EVERY = 2000;
const [baseUrl = '', kind = 'sdk', concurrencyArg = '4', maxArg = 'Infinity', slowArg = '0'] =
  process.argv.slice(2);
const concurrency = Number(concurrencyArg);
const maxItems = Number(maxArg);
const slowMsPerPage = Number(slowArg);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

let pagesRequested = 0;
let pageSize = 0;
let maxHeld = 0;
let maxAhead = 0;
let consumed = 0;
// Counts requests as they leave; `consumed` is the number of items the loop below has received.
// Held: pages requested whose last item the loop has not had yet (the page in hand included).
// Ahead: pages requested of which the loop has had no item yet.
const countingFetch: typeof fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  pageSize = Number(url.searchParams.get('limit') ?? 20);
  pagesRequested++;
  maxHeld = Math.max(maxHeld, pagesRequested - Math.floor(consumed / pageSize));
  maxAhead = Math.max(maxAhead, pagesRequested - Math.ceil(consumed / pageSize));
  return fetch(input, init);
};

async function source(): Promise<AsyncIterable<{ id: number }>> {
  if (kind === 'loop') return pageUntilEmpty(baseUrl, AUTHORIZATION, 50, countingFetch);
  const sdk = await loadSdk();
  if (!sdk.ok) throw new Error(sdk.reason);
  return sdk
    .create({ apiKey: API_KEY, baseUrl, fetch: countingFetch })
    .permissionSets.list({}, { concurrency });
}

const items = await source();
gc();
const baseline = process.memoryUsage().heapUsed;
let peak = 0;
let inOrder = true;
const start = performance.now();
for await (const item of items) {
  consumed++;
  if (item.id !== consumed) inOrder = false;
  if (consumed % SAMPLE_EVERY === 0) {
    gc();
    peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
  }
  if (slowMsPerPage > 0 && consumed % pageSize === 0) await sleep(slowMsPerPage);
  if (consumed >= maxItems) break;
}
const ms = performance.now() - start;
const requestsAtBreak = pagesRequested;
// Anything requested after the loop ended is waste: give stray prefetches a moment to show up.
await sleep(200);
gc();
const result = {
  items: consumed,
  inOrder,
  ms,
  peakGrowth: peak,
  finalGrowth: process.memoryUsage().heapUsed - baseline,
  maxHeld,
  maxAhead,
  requests: pagesRequested,
  requestsAfterBreak: pagesRequested - requestsAtBreak,
  pagesConsumed: Math.ceil(consumed / pageSize),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
