// The vocabulary of a spec diff: every change gets one semver level, and the bump is the highest one.

/** `major`: breaks code written against the old types or behaviour; `minor`: an addition; `patch`: docs only. */
export type Level = 'major' | 'minor' | 'patch';

/** Who writes the value: the client (request) or the server (response). Widening is safe for one, not the other. */
export type Direction = 'request' | 'response';

export interface Change {
  level: Level;
  /** A stable machine name for the kind of change, e.g. `property-removed`; tests assert on it. */
  kind: string;
  /** Where in the spec, e.g. `GET /permission_sets/{id} › response 200 › body` or `#/components/schemas/User`. */
  location: string;
  message: string;
  /** Operations that reach this change (a shared component schema is reported once for all of them). */
  operations: string[];
}

const RANK: Record<Level, number> = { patch: 0, minor: 1, major: 2 };

export function maxLevel(levels: Iterable<Level>): Level | undefined {
  let best: Level | undefined;
  for (const level of levels) if (best === undefined || RANK[level] > RANK[best]) best = level;
  return best;
}

export function atLeast(level: Level, floor: Level): boolean {
  return RANK[level] >= RANK[floor];
}

export { isObject, type Json } from '@civis-ts/spec/walk';
