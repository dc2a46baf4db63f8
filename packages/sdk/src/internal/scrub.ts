// Scrubbing: the key's forms replaced in whatever leaves the transport (errors, URLs, request ids, error bodies).

/**
 * Replaces every secret in every string reachable from `value` (own properties, enumerable or not:
 * `message`, `stack`, `cause`, nested fields, and the names of fields), in place, and returns it.
 * Properties are redefined rather than assigned, so a JSON `__proto__` key stays data. Byte arrays are
 * left alone: they print as numbers.
 */
export function scrub<T>(value: T, secrets: string[], seen = new Set<unknown>()): T {
  if (typeof value === 'string')
    return secrets.reduce((text, secret) => text.split(secret).join('[redacted]'), value as string) as T;
  if (typeof value === 'object' && value !== null && !seen.has(value) && !ArrayBuffer.isView(value)) {
    seen.add(value);
    const fields = value as Record<PropertyKey, unknown>;
    for (const key of Reflect.ownKeys(value)) {
      const field = scrub(fields[key], secrets, seen);
      const name = scrub(key, secrets);
      if (name === key) Reflect.defineProperty(value, key, { value: field });
      else {
        delete fields[key];
        fields[name] = field;
      }
    }
  }
  return value;
}
