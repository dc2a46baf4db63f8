// Which set of the API each set of the file is: the one of its id, or else the one active set of its name.
// A set the file names twice, an id the API does not have, or a name two active sets share cannot be
// told, and is a problem named before any change.
import type { PermissionSet } from '@civis-ts/sdk';
import type { WantedSet } from './file.js';
import { isArchived } from './state.js';

/**
 * The API's set for each set of the file (by id, else by active name), undefined for a set to create,
 * null (and a problem) for one that cannot be told.
 */
export function matchSets(
  wanted: WantedSet[],
  sets: PermissionSet[],
  problems: string[],
): (PermissionSet | undefined | null)[] {
  const byId = new Map(sets.map((set) => [set.id, set]));
  const activeByName = new Map<string, PermissionSet[]>();
  for (const set of sets) {
    if (isArchived(set)) continue;
    activeByName.set(set.name, [...(activeByName.get(set.name) ?? []), set]);
  }
  const claimed = new Map<number, string>();
  return wanted.map((set, i) => {
    const label = `permission set ${JSON.stringify(set.name)} (permissionSets[${i}])`;
    let match: PermissionSet | undefined;
    if (set.id !== undefined) {
      match = byId.get(set.id);
      if (!match) {
        problems.push(`${label}: the API has no permission set #${set.id}; remove the id to create one`);
        return null;
      }
    } else {
      const matches = activeByName.get(set.name) ?? [];
      if (matches.length > 1) {
        problems.push(
          `${label}: ${matches.length} active permission sets have this name (${matches.map((m) => `#${m.id}`).join(', ')}); give the file's set its id, or rename all but one`,
        );
        return null;
      }
      match = matches[0];
    }
    if (match) {
      const first = claimed.get(match.id);
      if (first) {
        problems.push(`${label}: it is permission set #${match.id}, as ${first} is; name each set once`);
        return null;
      }
      claimed.set(match.id, label);
    }
    return match;
  });
}
