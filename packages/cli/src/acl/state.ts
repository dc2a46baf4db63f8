// The state of permission sets as the API has it now: each set with its shares and its resources, and
// the shares of those resources. Read-only.
import type { Civis, PermissionSet, PermissionSetResource, Share } from '@civis-ts/sdk';

export interface ResourceState {
  resource: PermissionSetResource;
  /** Read only for the resources asked for. */
  shares?: Share[];
}

export interface SetState {
  set: PermissionSet;
  shares: Share[];
  resources: Map<string, ResourceState>;
}

/** `archived` is documented as a string, and the service has been seen sending a boolean. */
export const isArchived = (set: PermissionSet) => set.archived === true || set.archived === 'true';

/** Every permission set, active and archived. */
export async function allSets(civis: Civis): Promise<PermissionSet[]> {
  const sets: PermissionSet[] = [];
  for await (const set of civis.permissionSets.list({ archived: 'all' })) sets.push(set);
  return sets;
}

/** The active sets named `name` now (checked again just before a create). */
export async function activeNamed(
  civis: Civis,
  name: string,
  signal?: AbortSignal,
): Promise<PermissionSet[]> {
  const same: PermissionSet[] = [];
  for await (const set of civis.permissionSets.list({}, { signal })) if (set.name === name) same.push(set);
  return same;
}

/** A set's shares and resources, with the shares of the resources `withShares` accepts. */
export async function readSet(
  civis: Civis,
  set: PermissionSet,
  withShares: (name: string) => boolean = () => true,
): Promise<SetState> {
  const shares = await civis.permissionSets.shares(set.id).list();
  const api = civis.permissionSets.resources(set.id);
  const resources = new Map<string, ResourceState>();
  for await (const resource of api.list({ order: 'name', orderDir: 'asc' })) {
    resources.set(resource.name, { resource });
  }
  for (const [name, state] of resources) {
    if (withShares(name)) state.shares = await api.shares(name).list();
  }
  return { set, shares, resources };
}

/** Shares as the file writes them: `{ users: { id: level }, groups: { id: level } }`. */
export function sharesMap(shares: readonly Share[]): {
  users: Record<number, Share['level']>;
  groups: Record<number, Share['level']>;
} {
  const out = { users: {} as Record<number, Share['level']>, groups: {} as Record<number, Share['level']> };
  for (const share of shares) out[`${share.kind}s`][share.id] = share.level;
  return out;
}

/** How many sets are read at once: the reads of one set stay in order, and the service is not flooded. */
export const READ_CONCURRENCY = 4;

/** `read` of each item, at most `limit` at a time, in the items' order. */
export async function readAll<T, R>(
  items: readonly T[],
  read: (item: T, index: number) => Promise<R>,
  limit = READ_CONCURRENCY,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await read(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
