// Shares as state: one level per (object, principal). Setting a level replaces the principal's previous one;
// the object's owner holds `manage` without a share row, so revoking shares never orphans an object.
import { LEVELS } from '@civis-ts/spec/facts';
import type { PrincipalKind, Share, ShareLevel, ShareTarget } from './types.js';

// The spec lists the levels from least to most (each includes the ones before it).
const RANK = (level: ShareLevel) => LEVELS.indexOf(level);

export function targetKey(target: ShareTarget): string {
  return target.resourceName === undefined
    ? `set:${target.permissionSetId}`
    : `resource:${target.permissionSetId}:${target.resourceName}`;
}

function principalKey(kind: PrincipalKind, id: number): string {
  return `${kind}:${id}`;
}

export function higher(a: ShareLevel | undefined, b: ShareLevel | undefined): ShareLevel | undefined {
  if (!a) return b;
  if (!b) return a;
  return RANK(a) >= RANK(b) ? a : b;
}

export class ShareTable {
  readonly #rows = new Map<string, Map<string, Share>>();

  set(target: ShareTarget, kind: PrincipalKind, id: number, level: ShareLevel): void {
    const key = targetKey(target);
    let rows = this.#rows.get(key);
    if (!rows) {
      rows = new Map();
      this.#rows.set(key, rows);
    }
    rows.set(principalKey(kind, id), { kind, id, level });
  }

  revoke(target: ShareTarget, kind: PrincipalKind, id: number): void {
    this.#rows.get(targetKey(target))?.delete(principalKey(kind, id));
  }

  /** Drops every share on the target (the object is gone). */
  forget(target: ShareTarget): void {
    this.#rows.delete(targetKey(target));
  }

  /** The shares on one object, users first, each kind by id. */
  list(target: ShareTarget): Share[] {
    const rows = [...(this.#rows.get(targetKey(target))?.values() ?? [])];
    return rows.sort((a, b) => (a.kind === b.kind ? a.id - b.id : a.kind === 'user' ? -1 : 1));
  }

  level(target: ShareTarget, kind: PrincipalKind, id: number): ShareLevel | undefined {
    return this.#rows.get(targetKey(target))?.get(principalKey(kind, id))?.level;
  }

  clear(): void {
    this.#rows.clear();
  }
}
