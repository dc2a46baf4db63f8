// The HTTP clients the SDK is measured against, side by side in one run: each makes the same authorised
// GET of one permission set, checks the status, and hands back the parsed JSON, configured as its docs
// show (defaults kept: a client's own retries and timeout are part of what it costs).
import { request as octokitRequest } from '@octokit/request';
import ky from 'ky';
import { ofetch } from 'ofetch';
import OpenAI from 'openai';
import { createAxiosClient } from '../baselines/axios-client.ts';
import { API_KEY, AUTHORIZATION, fetchWithTimeout, plainFetch, rawClient } from './clients.ts';
import type { LoadedSdk } from './sdk.ts';

export interface Peer {
  name: string;
  /** Whether the client, as configured, retries and times out a request (what the floor pays for). */
  retries: boolean;
  timeout: boolean;
  get(id: number): Promise<{ id: number }>;
}

/** The floor every ratio is against: plain fetch with a per-attempt timeout. */
export const FLOOR = 'fetch + timeout';

export function peers(baseUrl: string, sdk: LoadedSdk): Peer[] {
  const headers = { Authorization: AUTHORIZATION };
  const fetchOnly = plainFetch(baseUrl);
  const floor = fetchWithTimeout(baseUrl);
  const raw = rawClient(baseUrl);
  const kyClient = ky.create({ prefixUrl: baseUrl, headers });
  const ofetchClient = ofetch.create({ baseURL: baseUrl, headers });
  const axios = createAxiosClient(baseUrl, API_KEY);
  const octokit = octokitRequest.defaults({ baseUrl, headers });
  // Sends `Authorization: Bearer <key>`; the bench server does not check the scheme.
  const openai = new OpenAI({ apiKey: API_KEY, baseURL: baseUrl });
  const list: Peer[] = [
    { name: FLOOR, retries: false, timeout: true, get: floor.get },
    { name: 'plain fetch', retries: false, timeout: false, get: fetchOnly.get },
    { name: 'openapi-fetch (@civis-ts/client)', retries: false, timeout: false, get: raw.get },
    { name: 'ky', retries: true, timeout: true, get: (id) => kyClient.get(`permission_sets/${id}`).json() },
    { name: 'ofetch', retries: true, timeout: false, get: (id) => ofetchClient(`/permission_sets/${id}`) },
    {
      name: 'axios',
      retries: false,
      timeout: false,
      get: (id) => axios.getPermissionSet(id) as Promise<{ id: number }>,
    },
    {
      name: '@octokit/request',
      retries: false,
      timeout: false,
      get: async (id) => (await octokit('GET /permission_sets/{id}', { id })).data as { id: number },
    },
    {
      name: 'openai (client.get)',
      retries: true,
      timeout: true,
      get: (id) => openai.get(`/permission_sets/${id}`) as Promise<{ id: number }>,
    },
  ];
  if (sdk.ok) {
    const civis = sdk.create({ apiKey: API_KEY, baseUrl });
    list.push({
      name: '@civis-ts/sdk',
      retries: true,
      timeout: true,
      get: (id) => civis.permissionSets.get(id),
    });
  }
  return list;
}

/** Versions as installed, for the table's caption. */
export async function peerVersions(): Promise<string> {
  const names = ['openapi-fetch', 'ky', 'ofetch', 'axios', '@octokit/request', 'openai'];
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const { readFileSync } = await import('node:fs');
  const { dirname, join } = await import('node:path');
  return names
    .map((name) => {
      try {
        // Some packages do not export their package.json: find it from the resolved entry.
        let dir = dirname(require.resolve(name));
        for (;;) {
          try {
            const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
              name?: string;
              version: string;
            };
            if (pkg.name === name) return `${name} ${pkg.version}`;
          } catch {}
          const up = dirname(dir);
          if (up === dir) return `${name} ?`;
          dir = up;
        }
      } catch {
        return `${name} ?`;
      }
    })
    .join(', ');
}
