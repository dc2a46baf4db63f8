// Every rule the fake checks: the path and query parameters and the body of each request, and the status,
// body and headers of each response the fake sends. The validators are Ajv's standalone code, compiled
// from the spec by `pnpm generate` (scripts/lib/mock-validators.ts), so no schema is compiled at run time
// and Ajv's compiler is not loaded; this file only looks them up and words their errors.
import type { ErrorObject } from 'ajv/dist/2020.js';
import { HttpError } from './errors.js';
import { VALIDATORS } from './generated/validators.js';
import { forValidation, holdsBigInt } from './json.js';
import type { OperationId, SpecOperation, SpecParameter } from './spec.js';

/** A generated validator: true when the value is valid, else false with the reasons in `errors`. */
export interface ValidateFunction {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** One operation's row of the generated table. */
export interface GeneratedOperation {
  /** By `in:name`. */
  parameters: Record<string, ValidateFunction>;
  body?: ValidateFunction;
  /** By status code (or `default`); headers by name as the spec spells it. */
  responses: Record<string, { body?: ValidateFunction; headers: Record<string, ValidateFunction> }>;
}

interface CompiledHeader {
  name: string;
  required: boolean;
  integer: boolean;
  validate: ValidateFunction;
}

interface CompiledResponse {
  body?: ValidateFunction;
  headers: CompiledHeader[];
}

interface CompiledOperation {
  parameters: Record<string, ValidateFunction>;
  body?: ValidateFunction;
  responses: Map<string, CompiledResponse>;
}

const compiled = new Map<OperationId, CompiledOperation>();

function of(operation: SpecOperation): CompiledOperation {
  const known = compiled.get(operation.operationId);
  if (known) return known;
  const row = VALIDATORS[operation.operationId];
  // Only a generated file older than the bundled spec gets here (`pnpm check:generated` fails on it too).
  const stale = () => new Error(`civis-mock: stale generated validators for ${operation.operationId}`);
  if (!row) throw stale();
  const made: CompiledOperation = {
    parameters: row.parameters,
    body: row.body,
    responses: new Map(
      [...operation.responses].map(([status, response]) => {
        const generated = row.responses[status];
        if (!generated || (response.schema === undefined) !== (generated.body === undefined)) throw stale();
        const headers = response.headers.map((header) => {
          const validate = generated.headers[header.name];
          if (!validate) throw stale();
          const integer = header.schema.type === 'integer';
          return { name: header.name, required: header.required, integer, validate };
        });
        return [status, { body: generated.body, headers }];
      }),
    ),
  };
  compiled.set(operation.operationId, made);
  return made;
}

function describe(name: string, errors: ErrorObject[] | null | undefined): string {
  const first = errors?.[0];
  if (!first) return `${name}: is invalid`;
  const where = first.instancePath ? `${name}${first.instancePath.replaceAll('/', '.')}` : name;
  const extra =
    first.keyword === 'additionalProperties' ? ` (${String(first.params.additionalProperty)})` : '';
  const allowed =
    first.keyword === 'enum' ? ` (${(first.params.allowedValues as unknown[]).join(', ')})` : '';
  return `${where}: ${first.message ?? 'is invalid'}${extra}${allowed}`;
}

function check(validate: ValidateFunction, value: unknown, name: string): void {
  if (!validate(holdsBigInt(value) ? forValidation(value) : value))
    throw new HttpError(422, describe(name, validate.errors));
}

/**
 * A raw path or query value as the type its schema declares, or a 422. Integers are canonical decimals
 * (no sign but '-', no leading zero: '00001' is not 1) of any length; beyond 2^53 - 1 they are BigInts,
 * so nothing is rounded, and the schema's format (int64) bounds them.
 */
function coerce(parameter: SpecParameter, raw: string): unknown {
  const type = parameter.schema.type;
  if (type === 'integer') {
    if (!/^(?:0|-?[1-9]\d*)$/.test(raw)) throw new HttpError(422, `${parameter.name}: must be an integer`);
    const value = Number(raw);
    return Number.isSafeInteger(value) ? value : BigInt(raw);
  }
  if (type === 'boolean') {
    if (raw !== 'true' && raw !== 'false')
      throw new HttpError(422, `${parameter.name}: must be true or false`);
    return raw === 'true';
  }
  return raw;
}

/**
 * Validates and types the path and query parameters of one request, filling in the spec's defaults.
 * Query parameters the operation does not declare are ignored, as the service does.
 */
export function readParameters(
  operation: SpecOperation,
  pathValues: Record<string, string>,
  query: URLSearchParams,
): Record<string, unknown> {
  const validators = of(operation).parameters;
  const values: Record<string, unknown> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'path' && parameter.in !== 'query') continue;
    const raw =
      parameter.in === 'path' ? pathValues[parameter.name] : (query.get(parameter.name) ?? undefined);
    if (raw === undefined) {
      if (parameter.required) throw new HttpError(422, `${parameter.name}: is required`);
      if (parameter.schema.default !== undefined) values[parameter.name] = parameter.schema.default;
      continue;
    }
    const value = coerce(parameter, raw);
    check(validators[`${parameter.in}:${parameter.name}`] as ValidateFunction, value, parameter.name);
    values[parameter.name] = value;
  }
  return values;
}

/** Validates a parsed JSON body against the operation's request schema. */
export function checkBody(operation: SpecOperation, body: unknown): void {
  const validate = of(operation).body;
  if (validate) check(validate, body, 'body');
}

function exactInteger(raw: string): unknown {
  const value = Number(raw);
  return Number.isSafeInteger(value) ? value : forValidation(BigInt(raw));
}

/** What the fake is about to send, before it is sent. */
export interface OutgoingCheck {
  status: number;
  headers: Record<string, string>;
  /** The JSON body as a value; undefined for no body. */
  body: unknown;
}

/** Why the spec does not allow this response for this operation, or undefined when it does. */
export function responseViolation(operation: SpecOperation, outgoing: OutgoingCheck): string | undefined {
  const responses = of(operation).responses;
  const declared = responses.get(String(outgoing.status)) ?? responses.get('default');
  if (!declared) return `status ${outgoing.status} is not declared`;
  if (declared.body && outgoing.body === undefined) return 'the body is missing';
  if (!declared.body && outgoing.body !== undefined) return 'a body where the spec declares none';
  if (declared.body && !declared.body(outgoing.body)) return describe('body', declared.body.errors);
  const present = new Map(
    Object.entries(outgoing.headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  for (const header of declared.headers) {
    const raw = present.get(header.name.toLowerCase());
    if (raw === undefined) {
      if (header.required) return `header ${header.name} is missing`;
      continue;
    }
    const value = header.integer && /^-?\d+$/.test(raw) ? exactInteger(raw) : raw;
    if (!header.validate(value)) return describe(`header ${header.name}`, header.validate.errors);
  }
  return undefined;
}
