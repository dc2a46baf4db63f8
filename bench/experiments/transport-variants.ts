// Where does the SDK's per-request time go? The raw client with stripped-down copies of the SDK's
// transport (packages/sdk/src/transport.ts, attemptOnce), each leaving out one piece, timed like the
// overhead bench. Run: pnpm exec tsx bench/experiments/transport-variants.ts
import { createCivisClient } from '@civis-ts/client';
import { API_KEY, plainFetch, sdkClient } from '../lib/clients.ts';
import { interleave, type Timed } from '../lib/interleave.ts';
import { table } from '../lib/report.ts';
import { loadSdk } from '../lib/sdk.ts';
import { spawnServer } from '../lib/server-process.ts';
import { iqr, median, ratio } from '../lib/stats.ts';

interface Pieces {
  /**
   * The per-attempt timeout: `controller` is the SDK's (AbortController + setTimeout + abort listener),
   * `any` is AbortSignal.any([request.signal, AbortSignal.timeout(ms)]), `bare` a setTimeout with no
   * signal handed to fetch (what the timer alone costs), `none` nothing.
   */
  timer: 'controller' | 'any' | 'bare' | 'none';
  /** Read the body inside the attempt and re-wrap it (`arrayBuffer`: the SDK's way), or not. */
  buffer: 'arrayBuffer' | 'none';
  /** Call fetch(url, init) rebuilt from the Request, rather than fetch(request). */
  rebuild: boolean;
}

function transport(p: Pieces): (request: Request) => Promise<Response> {
  return async (request) => {
    const { method, signal } = request;
    const init: RequestInit = { method, headers: request.headers, redirect: request.redirect };
    let controller: AbortController | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = () => controller?.abort(signal.reason);
    if (p.timer === 'controller') {
      controller = new AbortController();
      signal.addEventListener('abort', onAbort);
      timer = setTimeout(() => controller?.abort(), 60_000);
      init.signal = controller.signal;
    } else if (p.timer === 'any') {
      init.signal = AbortSignal.any([signal, AbortSignal.timeout(60_000)]);
    } else if (p.timer === 'bare') {
      timer = setTimeout(() => controller?.abort(), 60_000);
    }
    try {
      const response = await (p.rebuild
        ? fetch(request.url, init)
        : fetch(request, { signal: init.signal ?? null }));
      if (p.buffer === 'none' || response.body === null) return response;
      return new Response(await response.arrayBuffer(), response);
    } finally {
      clearTimeout(timer);
      if (p.timer === 'controller') signal.removeEventListener('abort', onAbort);
    }
  };
}

const VARIANTS: [string, Pieces | undefined][] = [
  ['raw client, global fetch', undefined],
  [
    'copy of SDK transport (controller + buffer + rebuild)',
    { timer: 'controller', buffer: 'arrayBuffer', rebuild: true },
  ],
  ['without re-wrapping the body', { timer: 'controller', buffer: 'none', rebuild: true }],
  ['without per-attempt timer', { timer: 'none', buffer: 'arrayBuffer', rebuild: true }],
  ['bare setTimeout instead of the controller', { timer: 'bare', buffer: 'arrayBuffer', rebuild: true }],
  ['AbortSignal.any + AbortSignal.timeout', { timer: 'any', buffer: 'arrayBuffer', rebuild: true }],
  ['without rebuilding the Request', { timer: 'controller', buffer: 'arrayBuffer', rebuild: false }],
  ['controller, no re-wrap, no rebuild', { timer: 'controller', buffer: 'none', rebuild: false }],
  ['none of the three', { timer: 'none', buffer: 'none', rebuild: false }],
];

const server = await spawnServer(50);
try {
  const sdk = await loadSdk();
  const floor = plainFetch(server.baseUrl);
  const contenders: Timed[] = [
    { name: 'plain fetch', run: async (i) => void (await floor.get((i % 50) + 1)) },
  ];
  if (sdk.ok) {
    const c = sdkClient(sdk, server.baseUrl);
    contenders.push({ name: '@civis-ts/sdk as built', run: async (i) => void (await c.get((i % 50) + 1)) });
  }
  for (const [name, pieces] of VARIANTS) {
    const client = createCivisClient({
      apiKey: API_KEY,
      baseUrl: server.baseUrl,
      fetch: pieces && transport(pieces),
    });
    contenders.push({
      name,
      run: async (i) => {
        const { data } = await client.GET('/permission_sets/{id}', {
          params: { path: { id: (i % 50) + 1 } },
        });
        if (data?.id !== (i % 50) + 1) throw new Error(`${name}: wrong item`);
      },
    });
  }
  const rounds = Number(process.env.ROUNDS ?? 21);
  const samples = await interleave(contenders, rounds, 200);
  const base = median(samples.get('plain fetch') ?? []);
  const rows = contenders.map((c) => {
    const s = samples.get(c.name) ?? [];
    return [c.name, median(s).toFixed(0), iqr(s), ratio(median(s), base)];
  });
  console.log(`get(id), ${rounds} interleaved rounds of 200\n`);
  console.log(table(['variant', 'median µs/request', 'IQR µs', 'vs plain fetch'], rows));
} finally {
  await server.stop();
}
