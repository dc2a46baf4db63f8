// `pnpm test:runtimes`: the packed packages, installed by npm in a fresh project per runtime, run one smoke
// script (fixtures/smoke.mjs) on every runtime of the matrix, against the mock over HTTP. Prints the
// matrix (runtime, version, result, seconds to install and to run the script) at the end. Installs run side by side; the scripts run one
// at a time against one mock, reset before each, so every runtime sees the same seeded state.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningMock, startMock } from '@civis-ts/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInChromium } from '../src/browser.ts';
import { exec } from '../src/exec.ts';
import { ensureRuntime, installProject, packAll } from '../src/install.ts';
import { RUNTIMES, type Runtime } from '../src/runtimes.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const MSW = 'msw@3.0.5';
const work = mkdtempSync(join(tmpdir(), 'civis-runtimes-'));
const removeWork = () => rmSync(work, { recursive: true, force: true });
process.once('exit', removeWork);

let tarballs: Awaited<ReturnType<typeof packAll>>;
let mock: RunningMock;
// A server that sends no CORS headers: a cross-origin page must not be able to read it.
const noCors = createServer((_, response) => response.end('{}'));
const rows: { runtime: string; version: string; result: string; install: string; script: string }[] = [];

beforeAll(async () => {
  [tarballs, mock] = await Promise.all([packAll(work), startMock()]);
  await new Promise<void>((resolve) => noCors.listen(0, '127.0.0.1', resolve));
}, 120_000);

afterAll(async () => {
  await mock?.stop();
  noCors.close();
  removeWork();
  const table = rows
    .sort(
      (a, b) =>
        RUNTIMES.findIndex((r) => r.name === a.runtime) - RUNTIMES.findIndex((r) => r.name === b.runtime),
    )
    .map((row) => `| ${row.runtime} | ${row.version} | ${row.result} | ${row.install} | ${row.script} |`);
  console.log(
    [
      '| runtime | version | result | install (s) | script (s) |',
      '| --- | --- | --- | --- | --- |',
      ...table,
    ].join('\n'),
  );
});

/** The runtime's own version, e.g. `20.20.2` (from `v20.20.2`, `deno 2.9.6 (…)`, `Chromium 156.0… built on…`). */
async function versionOf(bin: string, cwd: string): Promise<string> {
  const out = (await exec(bin, ['--version'], cwd)).trim().split('\n')[0] ?? '';
  return /\d+\.\d+\.\d+(\.\d+)?/.exec(out)?.[0] ?? out;
}

let turn: Promise<unknown> = Promise.resolve();
/** Runs `body` when no other runtime's script is running against the mock. */
function alone<T>(body: () => Promise<T>): Promise<T> {
  const run = turn.then(body);
  turn = run.catch(() => undefined);
  return run;
}

/** Runs the smoke script on one runtime, on the mock in its seeded state; every check, by format and name. */
async function smokeOn(runtime: Runtime, bin: string, project: string) {
  mock.state.reset();
  mock.faults.clear();
  // GET /permission_sets/1 answers late, for the timeout check.
  mock.faults.inject({ method: 'GET', path: '/permission_sets/1', latencyMs: 3_000, count: 10 });
  const apiUrl = mock.url;
  if (runtime.kind === 'chromium') {
    // Each package's own ESM build, as published, in the page's import map: no bundler in between.
    const packages = [
      '@civis-ts/sdk',
      '@civis-ts/sdk/sync',
      '@civis-ts/client',
      '@civis-ts/mock',
      'openapi-fetch',
    ];
    const noCorsUrl = `http://127.0.0.1:${(noCors.address() as AddressInfo).port}/`;
    return {
      // The SDK against createMock().fetch inside the page: no mock server at all.
      'in page': await runInChromium(bin, project, packages, 'in-page', noCorsUrl),
      // The same script cross-origin against startMock() over HTTP: the mock's CORS, in a real browser.
      'over HTTP': await runInChromium(bin, project, packages, apiUrl, noCorsUrl),
    };
  }
  const extra = runtime.kind === 'node' ? ['--mock'] : [];
  // Deno with the least it needs: the network to the mock, and reading node_modules. No env access: a
  // client given its key and URL must not need it.
  const prefix =
    runtime.kind === 'deno'
      ? ['run', '--node-modules-dir=manual', '--allow-net=127.0.0.1', '--allow-read=.']
      : [];
  const results: Record<string, Record<string, string>> = {};
  for (const [format, file] of [
    ['esm', 'entry.mjs'],
    ['cjs', 'entry.cjs'],
  ] as const) {
    const out = await exec(bin, [...prefix, file, apiUrl, ...extra], project, 90_000);
    results[format] = JSON.parse(out.trim().split('\n').at(-1) ?? '{}');
  }
  return results;
}

describe.concurrent('runtime matrix', () => {
  for (const runtime of RUNTIMES) {
    it(runtime.name, async () => {
      const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);
      let started = Date.now();
      const row = { runtime: runtime.name, version: '?', result: 'fail', install: '', script: '' };
      rows.push(row);
      try {
        const project = join(work, runtime.name.replace(/\W+/g, '-'));
        const [bin] = await Promise.all([
          ensureRuntime(runtime),
          installProject(project, [
            tarballs.sdk,
            tarballs.client,
            ...(runtime.kind === 'node' || runtime.kind === 'chromium' ? [tarballs.mock] : []),
            // The mock's MSW handlers under msw's current major (Node 22 and later; see entry.mjs).
            ...(runtime.kind === 'node' ? [MSW] : []),
          ]),
        ]);
        for (const file of ['smoke.mjs', 'entry.mjs', 'entry.cjs', 'index.html']) {
          copyFileSync(join(FIXTURES, file), join(project, file));
        }
        row.version = await versionOf(bin, project);
        row.install = seconds(started);
        const results = await alone(() => {
          started = Date.now();
          return smokeOn(runtime, bin, project).finally(() => {
            row.script = seconds(started);
          });
        });
        const failed = Object.entries(results).flatMap(([format, checks]) =>
          Object.entries(checks)
            .filter(([, outcome]) => outcome !== 'ok')
            .map(([check, outcome]) => `${format} ${check}: ${outcome}`),
        );
        const counted = Object.values(results).reduce((sum, checks) => sum + Object.keys(checks).length, 0);
        row.result =
          failed.length === 0 ? `pass (${Object.keys(results).join(' + ')}, ${counted} checks)` : 'fail';
        expect(failed, `${runtime.name} ${row.version}`).toEqual([]);
        expect(counted).toBeGreaterThanOrEqual(7);
      } finally {
        row.install ||= seconds(started);
      }
    }, 300_000);
  }
});
