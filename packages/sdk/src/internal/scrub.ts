// Scrubbing: the key's forms replaced in whatever leaves the transport as an error (errors, their URLs
// and request ids, error bodies). Never on a success: its data is the caller's, and costs nothing here.

/** `text` with every secret in it replaced by `[redacted]`. */
export function scrubText(text: string, secrets: readonly string[]): string {
  for (const secret of secrets) text = text.replaceAll(secret, '[redacted]');
  return text;
}

const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !ArrayBuffer.isView(value);

/**
 * Replaces every secret in every string reachable from `value` (own properties, enumerable or not:
 * `message`, `stack`, `cause`, nested fields, and the names of fields), in place, and returns it.
 * Properties are redefined rather than assigned, so a JSON `__proto__` key stays data. Byte arrays are
 * left alone: they print as numbers. A loop over a work list, not recursion: a body nested 8,000 deep
 * (16 KB of `[`) must not overflow the stack and turn into a RangeError.
 */
export function scrub<T>(value: T, secrets: readonly string[]): T {
  // The value as the one field of an object: a string or an object alike is a field to scrub.
  const root = { value };
  const seen = new Set<object>();
  const pending: Record<PropertyKey, unknown>[] = [root];
  for (let fields = pending.pop(); fields !== undefined; fields = pending.pop()) {
    for (const key of Reflect.ownKeys(fields)) {
      let field = fields[key];
      if (typeof field === 'string') field = scrubText(field, secrets);
      else if (isObject(field) && !seen.has(field)) {
        seen.add(field);
        pending.push(field as Record<PropertyKey, unknown>);
      }
      const name = typeof key === 'string' ? scrubText(key, secrets) : key;
      if (name === key) Reflect.defineProperty(fields, key, { value: field });
      else {
        delete fields[key];
        fields[name] = field;
      }
    }
  }
  return root.value;
}
