// JSON.parse that keeps every integer exact: an integer literal beyond 2^53 - 1 (an int64 id such as
// 9223372036854775806) becomes a BigInt instead of a rounded number, so a 404 names the id that was sent
// and a lookup never finds another record by a rounded id. The common case costs one JSON.parse.

/** Parses JSON text; throws SyntaxError as JSON.parse does. */
export function parseJson(text: string): unknown {
  const value = JSON.parse(text) as unknown;
  // 16 digits in a row somewhere (in a string or a number): only then can an integer have been rounded.
  return /\d{16}/.test(text) ? reparseExact(text) : value;
}

// A string, or a number: the tokens of valid JSON (the text parsed once already) that can hold digits.
const TOKEN = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

function reparseExact(text: string): unknown {
  let found = false;
  const tag = `\u0000${crypto.randomUUID()}:`;
  const marked = text.replace(TOKEN, (token) => {
    if (token.startsWith('"') || !/^-?\d+$/.test(token) || Number.isSafeInteger(Number(token))) return token;
    found = true;
    return JSON.stringify(tag + token);
  });
  if (!found) return JSON.parse(text);
  return JSON.parse(marked, (_, value: unknown) =>
    typeof value === 'string' && value.startsWith(tag) ? BigInt(value.slice(tag.length)) : value,
  );
}

/** A value as the validators see it: a BigInt within int64 as a safe integer of its sign, beyond as ±2^64. */
export function forValidation(value: unknown): unknown {
  if (typeof value === 'bigint') {
    const sign = value < 0n ? -1 : 1;
    return inInt64(value) ? sign * Number.MAX_SAFE_INTEGER : sign * 2 ** 64;
  }
  if (Array.isArray(value)) return value.map(forValidation);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, forValidation(item)]));
  return value;
}

const INT64_MAX = 2n ** 63n - 1n;

export function inInt64(value: bigint): boolean {
  return value <= INT64_MAX && value >= -INT64_MAX - 1n;
}

/** Whether the value holds a BigInt anywhere (only then does it need `forValidation`). */
export function holdsBigInt(value: unknown): boolean {
  if (typeof value === 'bigint') return true;
  if (Array.isArray(value)) return value.some(holdsBigInt);
  if (value && typeof value === 'object') return Object.values(value).some(holdsBigInt);
  return false;
}
