// Where a leaked key would show: every rendering of an error, and everything reachable from it.
import { inspect } from 'node:util';
import { KEY_FORMS } from './fixtures.js';

/** Every string a user, a logger or a crash reporter might print for this error. */
export function renderings(error: unknown): string[] {
  const out = [String(error), JSON.stringify(error) ?? '', inspect(error, { depth: 10, showHidden: true })];
  if (error instanceof Error) out.push(error.message, error.stack ?? '');
  return out;
}

/** Objects reachable from the error (own properties, causes) that must never be there. */
export function forbiddenHolders(error: unknown, depth = 0, seen = new Set<unknown>()): string[] {
  if (typeof error !== 'object' || error === null || seen.has(error) || depth > 6) return [];
  seen.add(error);
  if (error instanceof Request) return ['a Request'];
  if (error instanceof Headers) return ['a Headers'];
  const found: string[] = [];
  for (const key of Reflect.ownKeys(error)) {
    found.push(...forbiddenHolders((error as Record<PropertyKey, unknown>)[key], depth + 1, seen));
  }
  return found;
}

export function leaks(text: string): boolean {
  return KEY_FORMS.some((form) => text.includes(form));
}
