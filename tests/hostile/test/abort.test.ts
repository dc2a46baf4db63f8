// Abort at every stage: nothing is sent after the abort, the call rejects with the signal's reason, no
// rejection goes unhandled (vitest fails the run on one), and nothing is left running: a child process
// running each scenario exits by itself.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clientOf, permissionSet, settle } from '../src/fixtures.js';
import { type HostileServer, startHostileServer } from '../src/hostile-server.js';
import { servePages } from '../src/pages.js';
import { apiError, delayed, hang, type Reply } from '../src/replies.js';

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(() => server.stop());
beforeEach(() => server.reset());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const items = Array.from({ length: 500 }, (_, i) => permissionSet(i + 1));
const slowPages = delayed(30, servePages({ items }));

/** A fetch that counts the requests the client starts, and can wait for all of them to end. */
function countingFetch() {
  const started: Promise<unknown>[] = [];
  const counting: typeof fetch = (input, init) => {
    const answer = fetch(input, init);
    started.push(answer.catch(() => undefined));
    return answer;
  };
  return {
    fetch: counting,
    count: () => started.length,
    settled: () => Promise.all(started),
  };
}

async function untilRequests(count: number) {
  for (let i = 0; i < 200 && server.requests.length < count; i++) await pause(10);
}

describe('abort in process', () => {
  it('before the call: rejects with the reason, nothing sent', async () => {
    const reason = new Error('changed my mind');
    const { error } = await settle(
      clientOf(server).permissionSets.get(7, { signal: AbortSignal.abort(reason) }),
    );
    expect(error).toBe(reason);
    expect(server.requests).toHaveLength(0);
  });

  it('before iterating a list: nothing sent', async () => {
    const { error } = await settle(
      clientOf(server).permissionSets.list({}, { signal: AbortSignal.abort() }).toArray(),
    );
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(0);
  });

  it('during a request that hangs: rejects at once, not after the timeout, and sends nothing more', async () => {
    server.fallback = hang;
    const controller = new AbortController();
    const sent = countingFetch();
    const call = settle(
      clientOf(server, { timeout: 60_000, fetch: sent.fetch }).permissionSets.get(7, {
        signal: controller.signal,
      }),
    );
    await untilRequests(1);
    controller.abort();
    expect((await call).error).toMatchObject({ name: 'AbortError' });
    // The call has settled and every fetch it started has ended: nothing is left that could send more.
    await sent.settled();
    expect(sent.count()).toBe(1);
  });

  it('during a backoff wait: rejects at once, and the retry is never sent', async () => {
    server.script(apiError(503, { 'Retry-After': '0.3' }));
    const controller = new AbortController();
    const sent = countingFetch();
    const civis = clientOf(server, { backoff: { initial: 1, max: 5_000 }, fetch: sent.fetch });
    // Where the call is when the abort lands, from its hooks: one macrotask after onRetry, the transport
    // is in its 300 ms wait. An abort that landed in the request would not prove the title.
    let phase = 'request';
    let abortedIn: string | undefined;
    const call = settle(
      civis.permissionSets.get(7, {
        signal: controller.signal,
        onRequest: () => {
          phase = 'request';
        },
        onRetry: () => {
          phase = 'waiting';
          setImmediate(() => {
            abortedIn = phase;
            controller.abort();
          });
        },
      }),
    );
    expect((await call).error).toMatchObject({ name: 'AbortError' });
    expect(abortedIn).toBe('waiting');
    await sent.settled();
    expect(sent.count()).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it.each([1, 4])(
    'mid-pagination at concurrency %i: no page requested after the abort',
    async (concurrency) => {
      server.fallback = slowPages;
      const controller = new AbortController();
      const seen: number[] = [];
      // Counted where requests start (the client's fetch), not where they arrive: on a loaded machine a
      // request started before the abort can reach the server after it.
      let started = 0;
      let startedAfterAbort = 0;
      const inFlight: Promise<unknown>[] = [];
      const countingFetch: typeof fetch = (input, init) => {
        started++;
        if (controller.signal.aborted) startedAfterAbort++;
        const answer = fetch(input, init);
        inFlight.push(answer.catch(() => undefined));
        return answer;
      };
      const { error } = await settle(
        (async () => {
          for await (const set of clientOf(server, { fetch: countingFetch }).permissionSets.list(
            {},
            { signal: controller.signal, concurrency },
          )) {
            seen.push(set.id);
            if (seen.length === 60) controller.abort();
          }
        })(),
      );
      expect(error).toMatchObject({ name: 'AbortError' });
      expect(seen).toEqual(items.slice(0, 60).map((set) => set.id));
      // Page 2 was in hand; what was fetched ahead was already in flight. Nothing starts after the abort.
      expect(startedAfterAbort).toBe(0);
      expect(started).toBeLessThanOrEqual(1 + concurrency);
      // Every request started has ended (answered or aborted): none of them led to another.
      await Promise.all(inFlight);
      expect(startedAfterAbort).toBe(0);
      expect(server.requests.length).toBeLessThanOrEqual(started);
    },
  );
});

describe('abort in a child process: it exits by itself, promptly, with no unhandled rejection', () => {
  const script = fileURLToPath(new URL('../src/abort-scenario.ts', import.meta.url));
  const scenarios: [string, Reply, number][] = [
    ['before', hang, 0],
    ['during-request', hang, 1],
    ['during-backoff', apiError(503), 1],
    ['mid-pagination', slowPages, 4],
  ];

  it.each(scenarios)('%s', async (scenario, reply, maxSent) => {
    const own = await startHostileServer(reply);
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', script, own.url, scenario], {
        stdio: 'pipe',
      });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk;
      });
      // "Promptly" is counted from the abort, which the child announces on stderr, not from the spawn:
      // loading tsx on a busy machine can take 15 s by itself. A timer or socket the SDK left behind holds
      // the child 30 s or more after the abort (its waits and timeouts), so 15 s from the abort tells.
      let guard: NodeJS.Timeout | undefined;
      let errors = '';
      child.stderr.on('data', (chunk: Buffer) => {
        errors += chunk;
        if (!guard && /^aborted$/m.test(errors)) guard = setTimeout(() => child.kill('SIGKILL'), 15_000);
      });
      const code = await new Promise<number | null>((resolve) => {
        child.on('exit', (exitCode) => {
          clearTimeout(guard);
          resolve(exitCode);
        });
      });
      expect({ code, out: out.trim() }).toEqual({ code: 0, out: JSON.stringify({ error: 'AbortError' }) });
      expect(own.requests.length).toBeLessThanOrEqual(maxSent);
      if (scenario !== 'before') expect(own.requests.length).toBeGreaterThan(0);
    } finally {
      await own.stop();
    }
  });
});
