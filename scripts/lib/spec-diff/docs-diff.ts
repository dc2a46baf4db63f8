// Finds where two specs differ at all, as JSON pointers, and splits them into documentation (prose,
// examples, metadata: a patch) and the rest (already classified by the structural walk, or not).
import { deepEqual } from './deep-equal.ts';
import { isObject } from './types.ts';

/** Keys whose values are read by people or tools, never by the generated types. */
const DOC_KEYS = new Set([
  'description',
  'summary',
  'title',
  'example',
  'examples',
  'externalDocs',
  'tags',
  'info',
  'servers',
  'contact',
  'license',
]);

function escapePointer(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

export interface LeafDiffs {
  docs: string[];
  other: string[];
}

/** Pointers to the outermost differing nodes; a documentation key ends the descent. */
export function leafDiffs(a: unknown, b: unknown, at = ''): LeafDiffs {
  const result: LeafDiffs = { docs: [], other: [] };
  walk(a, b, at, false, result);
  return result;
}

function walk(a: unknown, b: unknown, at: string, inDocs: boolean, out: LeafDiffs): void {
  if (deepEqual(a, b)) return;
  if (inDocs || !isObject(a) || !isObject(b)) {
    (inDocs ? out.docs : out.other).push(at || '/');
    return;
  }
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const docs = DOC_KEYS.has(key) || key.startsWith('x-');
    // `properties.description` is a field called description, not prose.
    const isFieldName = at.endsWith('/properties');
    walk(a[key], b[key], `${at}/${escapePointer(key)}`, docs && !isFieldName, out);
  }
}
