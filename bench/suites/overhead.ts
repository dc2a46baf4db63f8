// Per-request cost, side by side: the SDK and its peers (bench/lib/peers.ts) make the same GET in
// interleaved rounds against a zero-latency local server, once with the server in its own process (the
// client's CPU alone) and once in the same process (client and server share one core, as in a test
// suite or a small service). Ratios are to the fetch-with-timeout floor, paired per round.
import {
  type Contender,
  fetchWithTimeout,
  PAGE_SIZE,
  plainFetch,
  rawClient,
  sdkClient,
} from '../lib/clients.ts';
import { interleave, interleaveWithCpu, type Timed } from '../lib/interleave.ts';
import { FLOOR, type Peer, peers, peerVersions } from '../lib/peers.ts';
import { table } from '../lib/report.ts';
import type { LoadedSdk } from '../lib/sdk.ts';
import { spawnServer } from '../lib/server-process.ts';
import { iqr, median, pairedRatios } from '../lib/stats.ts';
import { startBenchServer } from '../server.ts';
import { TARGETS } from '../targets.ts';

export interface OverheadOptions {
  rounds: number;
  batch: number;
}

const yes = (flag: boolean) => (flag ? 'yes' : 'no');

function timedGets(list: readonly Peer[]): Timed[] {
  return list.map((peer) => ({
    name: peer.name,
    run: async (i: number) => {
      const id = (i % PAGE_SIZE) + 1;
      const item = await peer.get(id);
      // Every client must hand back the item asked for: a wrong answer is a failed bench, not a fast one.
      if (item.id !== id) throw new Error(`${peer.name}: get(${id}) returned ${item.id}`);
    },
  }));
}

function rows(
  list: readonly Peer[],
  wall: Map<string, number[]>,
  cpu: Map<string, number[]>,
): (string | number)[][] {
  const floor = wall.get(FLOOR) ?? [];
  const cpuFloor = cpu.get(FLOOR) ?? [];
  return list.map((peer) => {
    const s = wall.get(peer.name) ?? [];
    const c = cpu.get(peer.name) ?? [];
    const ratios = pairedRatios(s, floor);
    return [
      peer.name,
      median(s).toFixed(0),
      `${median(ratios).toFixed(2)}×`,
      iqr(ratios, 2),
      median(c).toFixed(0),
      `${median(pairedRatios(c, cpuFloor)).toFixed(2)}×`,
      yes(peer.retries),
      yes(peer.timeout),
    ];
  });
}

const HEADER = [
  'client',
  'median µs/request',
  'vs floor (paired)',
  'IQR of ratios',
  'CPU µs/request',
  'CPU vs floor',
  'retries',
  'timeout',
];

/** The same `get` of every peer, in interleaved rounds, against a server at `baseUrl`. */
async function getTable(baseUrl: string, sdk: LoadedSdk, options: OverheadOptions): Promise<string> {
  const list = peers(baseUrl, sdk);
  const { wall, cpu } = await interleaveWithCpu(timedGets(list), options.rounds, options.batch);
  return table(HEADER, rows(list, wall, cpu));
}

/** A one-page list (50 items) of the clients that have one here: the SDK's `list().toArray()` against fetch. */
async function listTable(baseUrl: string, sdk: LoadedSdk, options: OverheadOptions): Promise<string> {
  const contenders: Contender[] = [fetchWithTimeout(baseUrl), plainFetch(baseUrl), rawClient(baseUrl)];
  if (sdk.ok) contenders.push(sdkClient(sdk, baseUrl));
  const timed = contenders.map((c) => ({
    name: c.name,
    run: async () => {
      const items = await c.listOnePage();
      if (items.length !== PAGE_SIZE) throw new Error(`${c.name}: list gave ${items.length} items`);
    },
  }));
  const samples = await interleave(timed, options.rounds, options.batch);
  const floor = samples.get(FLOOR) ?? [];
  const body = contenders.map((c) => {
    const s = samples.get(c.name) ?? [];
    const ratios = pairedRatios(s, floor);
    return [c.name, median(s).toFixed(0), `${median(ratios).toFixed(2)}×`, iqr(ratios, 2)];
  });
  return table(HEADER.slice(0, 4), body);
}

export async function overhead(sdk: LoadedSdk, options: OverheadOptions): Promise<string> {
  const sections: string[] = [];
  const child = await spawnServer(PAGE_SIZE);
  try {
    sections.push(
      `#### \`get(id)\`, server in its own process\n\n${await getTable(child.baseUrl, sdk, options)}`,
    );
    sections.push(
      `#### one-page \`list\` (50 items), server in its own process\n\n${await listTable(child.baseUrl, sdk, options)}`,
    );
  } finally {
    await child.stop();
  }
  const local = await startBenchServer({ items: PAGE_SIZE });
  try {
    const baseUrl = `http://127.0.0.1:${local.port}`;
    sections.push(`#### \`get(id)\`, server in the same process\n\n${await getTable(baseUrl, sdk, options)}`);
  } finally {
    await local.close();
  }
  const note = sdk.ok ? '' : `\n\n_SDK rows missing: ${sdk.reason}_`;
  return `### Per-request cost, side by side

${options.rounds} interleaved rounds of ${options.batch} sequential requests per client (a rotated order each round), keep-alive, a server with no latency. The floor, "${FLOOR}", is plain fetch with a per-attempt timeout (an AbortController whose signal fetch gets, and a timer): what any client that can time a request out pays at least. "vs floor" is the median over rounds of each round's time divided by the floor's in the same round; "CPU" is this process's CPU time (user + system) per request, the figure a busy machine disturbs least (with the server in the same process it includes the server's share). Peers as installed: ${await peerVersions()}; each with its defaults ("retries", "timeout": whether it does so by default, as configured here). Targets (bench/targets.ts): the SDK's \`get\` at most ${TARGETS.getOverhead.limit}× the floor with the server in its own process, ${TARGETS.getOverheadInProcess.limit}× in the same process; a one-page \`list\` at most ${TARGETS.listOverhead.limit}×.

${sections.join('\n\n')}${note}`;
}
