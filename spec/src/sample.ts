// A value that fits a schema, with every property present (optional ones too): what the completeness
// checks send and answer, so that each parameter and field of the spec is exercised at least once.
import { isObject, type Json, resolve } from './walk.js';

const CANDIDATES = ['x', '1', 'a1', '2026-01-01T00:00:00Z'];

export function sampleOf(doc: Json, node: unknown, depth = 0): unknown {
  const schema = resolve(doc, node);
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum.find((value) => value !== null) ?? null;
  const variants = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(variants)) return sampleOf(doc, variants[0], depth);
  if (Array.isArray(schema.allOf)) {
    return Object.assign({}, ...schema.allOf.map((part) => sampleOf(doc, part, depth)));
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const type =
    types.find((t) => t !== 'null' && t !== undefined) ?? (schema.properties ? 'object' : 'string');
  switch (type) {
    case 'object': {
      if (depth > 4) return {};
      const properties = isObject(schema.properties) ? schema.properties : {};
      return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, sampleOf(doc, v, depth + 1)]));
    }
    case 'array':
      return depth > 4
        ? []
        : Array.from({ length: Math.max(1, Number(schema.minItems ?? 1)) }, () =>
            sampleOf(doc, schema.items, depth + 1),
          );
    case 'integer':
    case 'number':
      return Number(schema.minimum ?? 1);
    case 'boolean':
      return true;
    default: {
      if (schema.format === 'date-time') return '2026-01-01T00:00:00Z';
      const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern, 'u') : undefined;
      const fits = CANDIDATES.find((c) => !pattern || pattern.test(c));
      if (fits === undefined)
        throw new Error(`sampleOf: no sample string fits the pattern ${schema.pattern}`);
      return fits.padEnd(Number(schema.minLength ?? 0), 'x');
    }
  }
}
