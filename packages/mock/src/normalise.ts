// What the service accepts from its official Python client but the spec does not describe, taken as the
// documented request: a trailing slash on a path, a `{}` JSON body on GET and DELETE (the service ignores
// it), snake_case body keys (`user_ids` for `userIds`). Each change is named, for the
// `X-Civis-Mock-Normalised` response header: our own clients must send the documented request as it is,
// and their suites fail on that header. Pure functions over parsed values; the names come from the spec.
import { camelCase } from '@civis-ts/spec/naming';
import { resolve } from '@civis-ts/spec/walk';
import { specDocument } from './spec.js';

/** Set on a response when the request was taken in one of the official client's forms. */
export const NORMALISED_HEADER = 'X-Civis-Mock-Normalised';

/** The path without a trailing slash (the service answers `/permission_sets/` as the list). */
export function trimTrailingSlash(path: string, changes: string[]): string {
  if (path.length <= 1 || !path.endsWith('/')) return path;
  changes.push('trailing slash removed');
  return path.slice(0, -1);
}

/** Notes a body sent to an operation that takes none: dropped when it is `{}`, ignored otherwise. */
export function bodyNotTaken(method: string, text: string, changes: string[]): void {
  if (text.trim() === '') return;
  changes.push(
    /^\s*\{\s*\}\s*$/.test(text) ? `empty JSON body of ${method} dropped` : `body of ${method} ignored`,
  );
}

/**
 * Renames each snake_case key whose camelCase form the schema declares (and the body does not already
 * hold) to that form, through nested objects and arrays. The names come from the spec, so they follow it.
 */
export function camelise(value: unknown, schemaNode: unknown, changes: string[]): unknown {
  const renamed: string[] = [];
  const out = walk(value, schemaNode, renamed);
  if (renamed.length > 0) changes.push(`body keys renamed: ${renamed.join(', ')}`);
  return out;
}

function walk(value: unknown, schemaNode: unknown, renamed: string[]): unknown {
  const schema = resolve(specDocument(), schemaNode);
  if (Array.isArray(value)) {
    const items = value.map((item) => walk(item, schema.items, renamed));
    return items.some((item, index) => item !== value[index]) ? items : value;
  }
  if (!value || typeof value !== 'object') return value;
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  const declared = (name: string) => Object.hasOwn(properties, name);
  let changed = false;
  // fromEntries, not assignment: a `__proto__` key stays a plain key, as JSON.parse made it.
  const out = Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      const camel = camelCase(key);
      const name = !declared(key) && declared(camel) && !Object.hasOwn(value, camel) ? camel : key;
      if (name !== key) {
        renamed.push(`${key} as ${name}`);
        changed = true;
      }
      const inner = walk(item, declared(name) ? properties[name] : undefined, renamed);
      if (inner !== item) changed = true;
      return [name, inner];
    }),
  );
  return changed ? out : value;
}
