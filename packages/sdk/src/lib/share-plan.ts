// `sync` as a pure function: from the shares an object has and the shares wanted, the fewest calls that
// make them equal. No I/O here, so every plan can be checked without a server.
import type { PermissionLevel } from '@civis-ts/client';
import { LEVELS } from '@civis-ts/spec/facts';

/** The kinds of share; each has its ids under `${kind}s` (`users`, `groups`) in maps and in the API. */
export const KINDS = ['user', 'group'] as const;
export type ShareKind = (typeof KINDS)[number];

/** One user's or group's share on a permission set or resource. */
export interface Share {
  kind: ShareKind;
  id: number;
  name: string;
  level: PermissionLevel;
}

/** The shares wanted, by kind: only the kinds given are changed. */
export interface DesiredShares {
  users?: Record<number, PermissionLevel>;
  groups?: Record<number, PermissionLevel>;
}

/** A call of the plan: one PUT per kind and level, one DELETE per removal. */
export type SyncStep =
  | { action: 'grant'; kind: ShareKind; level: PermissionLevel; ids: number[] }
  | { action: 'revoke'; kind: ShareKind; id: number };

export function planShareSync(current: readonly Share[], desired: DesiredShares): SyncStep[] {
  const grants: SyncStep[] = [];
  const revokes: SyncStep[] = [];
  for (const kind of KINDS) {
    const wanted = desired[`${kind}s`];
    if (wanted === undefined) continue;
    const have = new Map<number, PermissionLevel>();
    for (const share of current) if (share.kind === kind) have.set(share.id, share.level);
    // Highest level first (the spec lists them least to most): a new manager exists before any old one
    // is revoked, so no step in between leaves the object with nobody who can manage it.
    for (const level of [...LEVELS].reverse()) {
      const ids = Object.keys(wanted)
        .map(Number)
        .filter((id) => wanted[id] === level && have.get(id) !== level)
        .sort((a, b) => a - b);
      if (ids.length > 0) grants.push({ action: 'grant', kind, level, ids });
    }
    for (const id of [...have.keys()].sort((a, b) => a - b)) {
      if (!(id in wanted)) revokes.push({ action: 'revoke', kind, id });
    }
  }
  return [...grants, ...revokes];
}

/** Whether anyone (user or group) would hold manage once `desired` is applied to `current`. */
export function keepsManager(current: readonly Share[], desired: DesiredShares): boolean {
  for (const kind of KINDS) {
    const wanted = desired[`${kind}s`];
    if (wanted === undefined) {
      if (current.some((share) => share.kind === kind && share.level === 'manage')) return true;
    } else if (Object.values(wanted).includes('manage')) {
      return true;
    }
  }
  return false;
}
