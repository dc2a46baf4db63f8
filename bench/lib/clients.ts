// The clients compared per request. Each does the same work a caller needs: send the authorised GET,
// check the status, and hand back the parsed JSON.
import { basicAuthorization, createCivisClient, type PermissionSet } from '@civis-ts/client';
import { createAxiosClient } from '../baselines/axios-client.ts';
import type { Timed } from './interleave.ts';
import type { LoadedSdk } from './sdk.ts';

export const API_KEY = 'bench-key';
export const AUTHORIZATION = basicAuthorization(API_KEY);
export const PAGE_SIZE = 50;

export interface Contender {
  name: string;
  get(id: number): Promise<PermissionSet>;
  /** The whole of a listing that fits in one page. */
  listOnePage(): Promise<PermissionSet[]>;
}

export function plainFetch(baseUrl: string): Contender {
  const init = { headers: { Authorization: AUTHORIZATION } };
  async function json<T>(url: string): Promise<T> {
    const response = await fetch(url, init);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as T;
  }
  return {
    name: 'plain fetch',
    get: (id) => json(`${baseUrl}/permission_sets/${id}`),
    listOnePage: () => json(`${baseUrl}/permission_sets?limit=${PAGE_SIZE}&page_num=1`),
  };
}

/**
 * Plain fetch with what any client needs for a per-attempt timeout (an AbortController, its signal passed
 * to fetch, a timer): the floor for a client that can time a request out, which plain fetch cannot.
 */
export function fetchWithTimeout(baseUrl: string): Contender {
  const headers = { Authorization: AUTHORIZATION };
  async function json<T>(url: string): Promise<T> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 60_000);
    try {
      const response = await fetch(url, { headers, signal: controller.signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return (await response.json()) as T;
    } finally {
      clearTimeout(timer);
    }
  }
  return {
    name: 'fetch + timeout',
    get: (id) => json(`${baseUrl}/permission_sets/${id}`),
    listOnePage: () => json(`${baseUrl}/permission_sets?limit=${PAGE_SIZE}&page_num=1`),
  };
}

export function rawClient(baseUrl: string): Contender {
  const client = createCivisClient({ apiKey: API_KEY, baseUrl });
  return {
    name: 'raw client (openapi-fetch)',
    async get(id) {
      const { data, error } = await client.GET('/permission_sets/{id}', { params: { path: { id } } });
      if (error !== undefined) throw new Error('GET failed');
      return data;
    },
    async listOnePage() {
      const { data, error } = await client.GET('/permission_sets', {
        params: { query: { limit: PAGE_SIZE, page_num: 1 } },
      });
      if (error !== undefined) throw new Error('GET failed');
      return data;
    },
  };
}

export function axiosClient(baseUrl: string): Contender {
  const client = createAxiosClient(baseUrl, API_KEY);
  return {
    name: 'hand-written axios',
    get: (id) => client.getPermissionSet(id) as Promise<PermissionSet>,
    listOnePage: async () =>
      (await client.listPermissionSets({ limit: PAGE_SIZE, pageNum: 1 })).items as PermissionSet[],
  };
}

export function sdkClient(sdk: LoadedSdk & { ok: true }, baseUrl: string): Contender {
  const civis = sdk.create({ apiKey: API_KEY, baseUrl });
  return {
    name: '@civis-ts/sdk',
    get: (id) => civis.permissionSets.get(id),
    listOnePage: () => civis.permissionSets.list({ limit: PAGE_SIZE }).toArray(),
  };
}

export type Operation = 'get' | 'listOnePage';

/** Each contender as one timed call of `operation`; `get` cycles through the ids of the one page. */
export function timedCalls(contenders: readonly Contender[], operation: Operation): Timed[] {
  return contenders.map((c) => ({
    name: c.name,
    run: async (i: number) => {
      if (operation === 'get') await c.get((i % PAGE_SIZE) + 1);
      else await c.listOnePage();
    },
  }));
}
