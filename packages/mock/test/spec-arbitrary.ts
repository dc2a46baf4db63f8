// fast-check arbitraries read from the spec's schemas: a value a schema allows (allowedBy), and one it
// refuses (refusedBy), for the fuzz of every operation (fuzz.test.ts). Ids lean towards the seeded ones so
// that valid requests mostly reach real records, and also range over the whole int64.
import { isObject, type Json, resolve } from '@civis-ts/spec/walk';
import fc from 'fast-check';
import { specDocument } from '../src/spec.js';

const doc = specDocument();
const INT64_MAX = 2n ** 63n - 1n;

/** Grapheme strings within the schema's length (long maxima capped: a few hundred bytes prove as much). */
function text(schema: Json): fc.Arbitrary<string> {
  const minLength = Number(schema.minLength ?? 0);
  const maxLength = Math.min(Number(schema.maxLength ?? 40), Math.max(minLength, 40));
  if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern));
  return fc.string({ unit: 'grapheme', minLength, maxLength }).filter((s) => s.length >= minLength);
}

/** An integer the schema allows; a BigInt when beyond 2^53 - 1 (sent as exact JSON digits). */
function integer(schema: Json): fc.Arbitrary<number | bigint> {
  const min = BigInt(Number(schema.minimum ?? -(2 ** 53)));
  const max =
    schema.maximum === undefined
      ? schema.format === 'int64'
        ? INT64_MAX
        : 2n ** 70n
      : BigInt(Number(schema.maximum));
  const small = fc.integer({ min: Number(min), max: Number(max < 30n ? max : 30n) });
  const any = fc
    .bigInt({ min, max })
    .map((n) =>
      n <= BigInt(Number.MAX_SAFE_INTEGER) && n >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n,
    );
  return fc.oneof({ weight: 4, arbitrary: small }, { weight: 1, arbitrary: any });
}

export function allowedBy(node: unknown): fc.Arbitrary<unknown> {
  const schema = resolve(doc, node);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'integer':
      return integer(schema);
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(allowedBy(schema.items), {
        minLength: Number(schema.minItems ?? 0),
        maxLength: Math.max(Number(schema.minItems ?? 0), 4),
      });
    case 'object': {
      const properties = isObject(schema.properties) ? schema.properties : {};
      const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
      const record = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, allowedBy(v)]));
      return fc.record(record, { requiredKeys: [...required] });
    }
    default:
      return text(schema);
  }
}

/** Why a value breaks the schema, and the value. */
export interface Broken {
  why: string;
  value: unknown;
}

/** Values the schema refuses: each names the one rule it breaks. */
export function refusedBy(node: unknown): fc.Arbitrary<Broken> {
  const schema = resolve(doc, node);
  const options: fc.Arbitrary<Broken>[] = [];
  const of = (why: string, value: fc.Arbitrary<unknown>) =>
    options.push(value.map((v) => ({ why, value: v })));
  if (Array.isArray(schema.enum)) of('not in the enum', fc.constantFrom('not-a-level', 'ALL', ''));
  if (schema.type === 'integer') {
    of('not an integer', fc.constantFrom('one', 1.5, true));
    if (schema.minimum !== undefined) of('below the minimum', fc.constant(Number(schema.minimum) - 1));
    if (schema.maximum !== undefined) of('above the maximum', fc.constant(Number(schema.maximum) + 1));
    if (schema.format === 'int64') of('beyond int64', fc.constant(INT64_MAX + 1n));
  }
  if (schema.type === 'boolean') of('not a boolean', fc.constantFrom('yes', 1, null));
  if (schema.type === 'string' && !Array.isArray(schema.enum)) {
    of('not a string', fc.constantFrom(7, false, ['x']));
    if (Number(schema.minLength ?? 0) > 0) of('too short', fc.constant(''));
    if (schema.maxLength !== undefined) of('too long', fc.constant('x'.repeat(Number(schema.maxLength) + 1)));
  }
  if (schema.type === 'array') {
    of('not an array', fc.constant('1,2'));
    if (Number(schema.minItems ?? 0) > 0) of('too few items', fc.constant([]));
    options.push(
      refusedBy(schema.items).map(({ why, value }) => ({ why: `an item ${why}`, value: [value] })),
    );
  }
  if (schema.type === 'object') {
    const properties = isObject(schema.properties) ? schema.properties : {};
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    const valid = allowedBy(schema) as fc.Arbitrary<Record<string, unknown>>;
    of('not an object', fc.constantFrom([], 'x', 3, null));
    for (const name of required)
      of(
        `missing ${name}`,
        valid.map(({ [name]: _, ...rest }) => rest),
      );
    if (schema.additionalProperties === false)
      of(
        'an unknown field',
        valid.map((v) => ({ ...v, bogusField: 1 })),
      );
    for (const [name, child] of Object.entries(properties)) {
      options.push(
        fc.tuple(valid, refusedBy(child)).map(([v, broken]) => ({
          why: `${name}: ${broken.why}`,
          value: { ...v, [name]: broken.value },
        })),
      );
    }
  }
  return fc.oneof(...options);
}

/** JSON with BigInts written as their exact digits. */
export function toJson(value: unknown): string {
  const tag = '\u0000bigint:';
  return JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? tag + v.toString() : v)).replace(
    new RegExp(`"${tag.replace('\u0000', '\\\\u0000')}(-?\\d+)"`, 'g'),
    '$1',
  );
}
