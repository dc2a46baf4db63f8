// Cold start: a fresh Node process imports the client and makes one request. Inside the child we time
// import and import + first request; outside, the whole process. Runs interleaved, medians reported.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { AUTHORIZATION } from '../lib/clients.ts';
import { table } from '../lib/report.ts';
import type { LoadedSdk } from '../lib/sdk.ts';
import { spawnServer } from '../lib/server-process.ts';
import { median, ratio, rotate } from '../lib/stats.ts';

const BENCH_DIR = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

// Each script: `t0`, import, `t1`, first request and parse, `t2`. Plain ESM, run by plain node (no tsx).
const SCRIPTS: Record<string, string> = {
  'plain fetch': `const imported = performance.now();
    const r = await fetch(url + '/permission_sets/1', { headers: { Authorization: process.env.BENCH_AUTH } });
    const item = await r.json();`,
  'raw client (openapi-fetch)': `const { createCivisClient } = await import('@civis-ts/client');
    const imported = performance.now();
    const { data: item } = await createCivisClient({ apiKey: 'bench-key', baseUrl: url })
      .GET('/permission_sets/{id}', { params: { path: { id: 1 } } });`,
  // The same calls as baselines/axios-client.ts, inline because plain node cannot import TypeScript.
  axios: `const { default: axios } = await import('axios');
    const imported = performance.now();
    const http = axios.create({ baseURL: url, auth: { username: 'bench-key', password: '' } });
    const { data: item } = await http.get('/permission_sets/1');`,
  ky: `const { default: ky } = await import('ky');
    const imported = performance.now();
    const item = await ky.get(url + '/permission_sets/1', { headers: { Authorization: process.env.BENCH_AUTH } }).json();`,
  ofetch: `const { ofetch } = await import('ofetch');
    const imported = performance.now();
    const item = await ofetch(url + '/permission_sets/1', { headers: { Authorization: process.env.BENCH_AUTH } });`,
  '@octokit/request': `const { request } = await import('@octokit/request');
    const imported = performance.now();
    const { data: item } = await request('GET /permission_sets/{id}', { baseUrl: url, id: 1, headers: { authorization: process.env.BENCH_AUTH } });`,
  'openai (client.get)': `const { default: OpenAI } = await import('openai');
    const imported = performance.now();
    const item = await new OpenAI({ apiKey: 'bench-key', baseURL: url }).get('/permission_sets/1');`,
  '@civis-ts/sdk': `const { Civis } = await import('@civis-ts/sdk');
    const imported = performance.now();
    const item = await new Civis({ apiKey: 'bench-key', baseUrl: url }).permissionSets.get(1);`,
};

function wrap(body: string): string {
  return `const url = process.env.BENCH_BASE_URL; const t0 = performance.now();
    ${body}
    const t2 = performance.now();
    if (item.id !== 1) throw new Error('wrong item');
    console.log(JSON.stringify({ importMs: imported - t0, totalMs: t2 - t0 }));`;
}

export async function coldStart(sdk: LoadedSdk, runs: number): Promise<string> {
  const server = await spawnServer(50);
  try {
    const names = Object.keys(SCRIPTS).filter((n) => sdk.ok || n !== '@civis-ts/sdk');
    const samples = new Map(
      names.map((n) => [n, { importMs: [] as number[], totalMs: [] as number[], wallMs: [] as number[] }]),
    );
    const env = { ...process.env, BENCH_BASE_URL: server.baseUrl, BENCH_AUTH: AUTHORIZATION };
    for (let round = 0; round < runs; round++) {
      for (const name of rotate(names, round)) {
        const script = wrap(SCRIPTS[name] as string);
        const start = performance.now();
        const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
          cwd: BENCH_DIR,
          env,
        });
        const wallMs = performance.now() - start;
        const { importMs, totalMs } = JSON.parse(stdout) as { importMs: number; totalMs: number };
        const s = samples.get(name);
        s?.importMs.push(importMs);
        s?.totalMs.push(totalMs);
        s?.wallMs.push(wallMs);
      }
    }
    const floor = samples.get('plain fetch');
    const rows = names.map((n) => {
      const s = samples.get(n) ?? { importMs: [], totalMs: [], wallMs: [] };
      return [
        n,
        median(s.importMs).toFixed(1),
        median(s.totalMs).toFixed(1),
        ratio(median(s.totalMs), median(floor?.totalMs ?? [])),
        median(s.wallMs).toFixed(0),
        ratio(median(s.wallMs), median(floor?.wallMs ?? [])),
      ];
    });
    const note = sdk.ok ? '' : `\n\n_SDK row missing: ${sdk.reason}_`;
    return `### Cold start\n\n${runs} interleaved runs of a fresh \`node\` process each (plain node, ESM, built packages). "Import + first request" is timed inside the process; "process" is spawn to exit, seen from outside.\n\n${table(['client', 'import ms', 'import + first request ms', 'vs plain fetch', 'process ms', 'vs plain fetch'], rows)}${note}`;
  } finally {
    await server.stop();
  }
}
