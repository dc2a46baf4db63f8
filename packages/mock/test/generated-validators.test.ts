// The validators generated at build time (src/generated/validators.ts) against Ajv compiling the same
// schemas at run time, as the fake did before: for every schema the fake checks, values the schema allows,
// values it refuses and arbitrary JSON get the same verdict and the same first error (the one the fake
// words into its 422 and 500 bodies). A codegen option or a format that drifted shows here.

import { FORMATS } from '@civis-ts/spec/formats';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VALIDATORS } from '../src/generated/validators.js';
import { forValidation } from '../src/json.js';
import { specDocument, specOperations } from '../src/spec.js';
import type { ValidateFunction } from '../src/validators.js';
import { allowedBy, refusedBy } from './spec-arbitrary.js';

// The options the fake compiled with at run time before its validators were generated.
const ajv = new Ajv2020({
  strict: false,
  validateSchema: false,
  allErrors: false,
  logger: false,
  inlineRefs: false,
  code: { optimize: false },
});
for (const [name, format] of Object.entries(FORMATS)) ajv.addFormat(name, format);
ajv.addSchema(specDocument(), 'openapi.json');
const compile = (node: unknown) =>
  ajv.compile(JSON.parse(JSON.stringify(node).replaceAll('"$ref":"#/', '"$ref":"openapi.json#/')));

/** Every schema the fake checks, with the generated validator the fake uses for it (each validator once). */
const checked: [string, unknown, ValidateFunction][] = specOperations().flatMap((operation) => {
  const row = VALIDATORS[operation.operationId];
  if (!row) throw new Error(`no generated validators for ${operation.operationId}`);
  const id = operation.operationId;
  return [
    ...operation.parameters.map(
      (p) => [`${id} ${p.in} ${p.name}`, p.schema, row.parameters[`${p.in}:${p.name}`]] as const,
    ),
    ...(operation.bodySchema === undefined ? [] : [[`${id} body`, operation.bodySchema, row.body] as const]),
    ...[...operation.responses].flatMap(([status, response]) => [
      ...(response.schema === undefined
        ? []
        : [[`${id} ${status} body`, response.schema, row.responses[status]?.body] as const]),
      ...response.headers.map(
        (h) => [`${id} ${status} ${h.name}`, h.schema, row.responses[status]?.headers[h.name]] as const,
      ),
    ]),
  ].map(([name, node, validate]) => {
    if (!validate) throw new Error(`no generated validator for ${name}`);
    return [name, node, validate] as [string, unknown, ValidateFunction];
  });
});
const distinct = [...new Map(checked.map((entry) => [entry[2], entry])).values()];

const firstError = (errors: ErrorObject[] | null | undefined) => {
  const first = errors?.[0];
  return (
    first && {
      instancePath: first.instancePath,
      keyword: first.keyword,
      message: first.message,
      params: first.params,
    }
  );
};

/** A value with one member (of it, or of its first item) dropped or replaced by any JSON. */
function tampered(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const tamper = (value: unknown, other: unknown, pick: number): unknown => {
    if (Array.isArray(value))
      return value.length === 0 ? [other] : [tamper(value[0], other, pick), ...value.slice(1)];
    if (!value || typeof value !== 'object') return other;
    const keys = Object.keys(value);
    const key = keys[pick % Math.max(keys.length, 1)] ?? 'extra';
    const { [key]: _, ...rest } = value as Record<string, unknown>;
    return pick % 2 === 0 ? rest : { ...rest, [key]: other };
  };
  return fc.tuple(valid, fc.jsonValue(), fc.nat()).map(([value, other, pick]) => tamper(value, other, pick));
}

/** Values the fuzz's arbitrary says the schema refuses, where it has a rule for the schema. */
function refused(node: unknown): fc.Arbitrary<unknown> {
  return refusableBy(node) ? refusedBy(node).map((broken) => broken.value) : fc.jsonValue();
}

function refusableBy(node: unknown): boolean {
  try {
    refusedBy(node);
    return true;
  } catch {
    // refusedBy knows input rules (parameters, request bodies); a response body it has none for.
    return false;
  }
}

describe('the generated validators', () => {
  it('cover every schema the fake checks', () => {
    expect(checked.length).toBeGreaterThan(100);
    expect(distinct.length).toBeGreaterThan(20);
  });

  it.each(distinct)('%s: judge as Ajv compiling the schema at run time does', (_, node, generated) => {
    const runtime = compile(node);
    const values = fc.oneof(allowedBy(node), tampered(allowedBy(node)), fc.jsonValue(), refused(node));
    fc.assert(
      fc.property(values, (raw) => {
        const value = forValidation(raw);
        expect(generated(value)).toBe(runtime(value));
        expect(firstError(generated.errors)).toEqual(firstError(runtime.errors));
      }),
      { numRuns: 100 },
    );
  });
});
