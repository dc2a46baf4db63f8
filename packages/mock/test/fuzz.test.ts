// A fuzz of every operation, driven by the spec's own schemas (fast-check, bounded): a request the spec
// allows is never refused as invalid (no 422) and never breaks the fake (no 5xx); a request that breaks one
// rule of a parameter or of the body is the documented 422 with the service's error body; and no answer
// breaks the spec (`mock.violations` stays empty). In process, through `createMock().fetch`.
// A failure prints fast-check's seed and path; rerun with FC_SEED=<seed> (FC_RUNS for more runs).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMock } from '../src/index.js';
import { type SpecOperation, type SpecParameter, specOperations } from '../src/spec.js';
import { allowedBy, refusedBy, toJson } from './spec-arbitrary.js';

const SEED = Number(process.env.FC_SEED ?? 21);
const RUNS = Number(process.env.FC_RUNS ?? 25);
const mock = createMock({ seed: 3 });
const AUTH = { Authorization: `Bearer ${mock.apiKey}` };

interface Call {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body?: string;
}

function send(operation: SpecOperation, call: Call) {
  const path = operation.template.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(call.path[name])),
  );
  const query = new URLSearchParams(
    Object.entries(call.query)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => [name, String(value)]),
  ).toString();
  return mock.fetch(`${mock.url}${path}${query ? `?${query}` : ''}`, {
    method: operation.method,
    headers: call.body === undefined ? AUTH : { ...AUTH, 'Content-Type': 'application/json' },
    body: call.body,
  });
}

const inParams = (operation: SpecOperation, where: 'path' | 'query') =>
  operation.parameters.filter((p) => p.in === where);

/** A path segment may not be `.` or `..`: a URL parser resolves those before any server sees them. */
const segment = (parameter: SpecParameter) =>
  allowedBy(parameter.schema).filter((value) => parameter.in !== 'path' || (value !== '.' && value !== '..'));

function validCall(operation: SpecOperation): fc.Arbitrary<Call> {
  const path = fc.record(Object.fromEntries(inParams(operation, 'path').map((p) => [p.name, segment(p)])));
  const query = fc.record(
    Object.fromEntries(inParams(operation, 'query').map((p) => [p.name, allowedBy(p.schema)])),
    {
      requiredKeys: inParams(operation, 'query')
        .filter((p) => p.required)
        .map((p) => p.name),
    },
  );
  const body =
    operation.bodySchema === undefined ? fc.constant(undefined) : allowedBy(operation.bodySchema).map(toJson);
  return fc.record({ path, query, body });
}

/** A parameter value as sent on the wire that its schema refuses, with the rule it breaks. */
function brokenParameter(parameter: SpecParameter): fc.Arbitrary<{ why: string; value: string }> | undefined {
  const schema = parameter.schema;
  const cases: { why: string; value: string }[] = [];
  if (schema.type === 'integer') {
    cases.push({ why: 'not an integer', value: 'x' }, { why: 'not canonical', value: '01' });
    if (schema.minimum !== undefined)
      cases.push({ why: 'below the minimum', value: String(Number(schema.minimum) - 1) });
    if (schema.maximum !== undefined)
      cases.push({ why: 'above the maximum', value: String(Number(schema.maximum) + 1) });
    if (schema.format === 'int64') cases.push({ why: 'beyond int64', value: String(2n ** 63n) });
  }
  if (Array.isArray(schema.enum)) cases.push({ why: 'not in the enum', value: 'neither' });
  if (typeof schema.pattern === 'string') cases.push({ why: 'not the pattern', value: '1,,x' });
  if (schema.type === 'string' && schema.maxLength !== undefined)
    cases.push({ why: 'too long', value: 'x'.repeat(Number(schema.maxLength) + 1) });
  return cases.length === 0 ? undefined : fc.constantFrom(...cases);
}

function invalidCall(operation: SpecOperation): fc.Arbitrary<{ why: string; call: Call }> {
  const options: fc.Arbitrary<{ why: string; call: Call }>[] = [];
  for (const parameter of operation.parameters) {
    const broken = brokenParameter(parameter);
    if (!broken) continue;
    options.push(
      fc.tuple(validCall(operation), broken).map(([call, { why, value }]) => ({
        why: `${parameter.name}: ${why}`,
        call: {
          ...call,
          [parameter.in]: { ...call[parameter.in as 'path' | 'query'], [parameter.name]: value },
        },
      })),
    );
  }
  if (operation.bodySchema !== undefined) {
    options.push(
      fc.tuple(validCall(operation), refusedBy(operation.bodySchema)).map(([call, broken]) => ({
        why: `body ${broken.why}`,
        call: { ...call, body: toJson(broken.value) },
      })),
      fc.tuple(validCall(operation), fc.constantFrom('', '  \n', '{', 'name=x')).map(([call, body]) => ({
        why: 'body not JSON',
        call: { ...call, body },
      })),
    );
  }
  return fc.oneof(...options);
}

describe.each(specOperations().map((operation) => [operation.operationId, operation] as const))(
  '%s',
  (_, operation) => {
    it('a request the spec allows is never refused as invalid, and no answer breaks the spec', async () => {
      await fc.assert(
        fc.asyncProperty(validCall(operation), async (call) => {
          // This call's violations only: those of a run that failed before its check stay with it.
          mock.violations.splice(0);
          const response = await send(operation, call);
          const text = await response.text();
          expect(response.status, text).not.toBe(422);
          expect(response.status, text).toBeLessThan(500);
          expect(mock.violations.splice(0)).toEqual([]);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    });

    const invalid =
      operation.parameters.some((p) => brokenParameter(p)) || operation.bodySchema !== undefined;
    it.runIf(invalid)('a request that breaks one rule is the 422 with the service’s error body', async () => {
      await fc.assert(
        fc.asyncProperty(invalidCall(operation), async ({ why, call }) => {
          mock.violations.splice(0);
          const response = await send(operation, call);
          expect([response.status, await response.json()], why).toEqual([
            422,
            { error: 'invalid', errorDescription: expect.any(String), code: 422 },
          ]);
          expect(response.headers.get('X-Request-Id')).toBeTruthy();
          expect(mock.violations.splice(0)).toEqual([]);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    });
  },
);
