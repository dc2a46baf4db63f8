// The SDK is loaded at run time so the other columns still run while it does not build yet: a missing
// SDK becomes "n/a" with its reason in the results, never a silent gap.
import type { PermissionSet } from '@civis-ts/client';

export interface PageLike {
  items: PermissionSet[];
}

export interface PaginatorLike extends AsyncIterable<PermissionSet> {
  pages(): AsyncIterable<PageLike>;
  toArray(options?: { max?: number }): Promise<PermissionSet[]>;
}

/** The part of the SDK's surface (issue 4) that the benches use. */
export interface CivisLike {
  permissionSets: {
    get(id: number): Promise<PermissionSet>;
    list(params?: { limit?: number; pageNum?: number }, options?: { concurrency?: number }): PaginatorLike;
  };
}

export interface CivisOptionsLike {
  apiKey: string;
  baseUrl: string;
  fetch?: typeof fetch;
}

export type LoadedSdk =
  | { ok: true; create(options: CivisOptionsLike): CivisLike }
  | { ok: false; reason: string };

// A variable specifier keeps tsc from needing the SDK's built types.
const SDK = '@civis-ts/sdk';

export async function loadSdk(): Promise<LoadedSdk> {
  try {
    const mod = (await import(SDK)) as { Civis?: new (options: CivisOptionsLike) => CivisLike };
    const Civis = mod.Civis;
    if (typeof Civis !== 'function') return { ok: false, reason: '@civis-ts/sdk does not export Civis' };
    return { ok: true, create: (options) => new Civis(options) };
  } catch (error) {
    return { ok: false, reason: `@civis-ts/sdk did not load: ${(error as Error).message.split('\n')[0]}` };
  }
}
