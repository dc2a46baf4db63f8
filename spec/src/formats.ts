// The string formats the fake's validators know, as Ajv format definitions: read by the validator
// generator (scripts/lib/mock-validators.ts) and by the generated validators at run time, so the rule is
// written once. Of the formats only int64 is a rule (ids are int64 over their whole range and no further:
// a BigInt beyond 2^53 - 1 reaches the validators as ±MAX_SAFE_INTEGER or ±2^64, see the mock's json.ts); date-time
// is documentation here.
export const FORMATS = {
  int64: {
    type: 'number',
    validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 63) && n < 2 ** 63,
  },
  'date-time': true,
} as const;
