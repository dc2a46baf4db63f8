// Every rule the fake checks, compiled once per process from the bundled spec with Ajv (an operation's on
// its first request): the path and query parameters and the body of each request, and the status, body
// and headers of each response the fake sends.
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { HttpError } from './errors.js';
import { forValidation, holdsBigInt } from './json.js';
import { type OperationId, type SpecOperation, type SpecParameter, specDocument } from './spec.js';

const DOCUMENT_ID = 'openapi.json';

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
  parameters: Map<string, ValidateFunction>;
  body?: ValidateFunction;
  responses: Map<string, CompiledResponse>;
}

const compiled = new Map<OperationId, CompiledOperation>();
let compile: ((node: unknown) => ValidateFunction) | undefined;

/**
 * Ajv with the spec registered (once per process). Each operation's validators are compiled on its first
 * request and kept for every later one (and every later mock): compiling all 33 of the spec's schemas up
 * front took 50-90 ms, which the first answer of a new mock would wait on; one operation's take a few.
 */
function compiler(): (node: unknown) => ValidateFunction {
  if (compile) return compile;
  // strict: false because the document carries OpenAPI keywords (example, x-...) next to the schemas. Of
  // the formats only int64 is a rule (ids are int64 over their whole range and no further); date-time is
  // documentation here. inlineRefs and code optimisation off: both make compiling slower, and validating
  // is not measurably faster with them.
  const ajv = new Ajv2020({
    strict: false,
    validateSchema: false,
    allErrors: false,
    logger: false,
    inlineRefs: false,
    code: { optimize: false },
  });
  ajv.addFormat('int64', {
    type: 'number',
    validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 63) && n < 2 ** 63,
  });
  ajv.addFormat('date-time', true);
  ajv.addSchema(specDocument(), DOCUMENT_ID);
  const cache = new Map<string, ValidateFunction>();
  compile = (node) => {
    const ref = typeof (node as { $ref?: unknown })?.$ref === 'string' ? (node as { $ref: string }).$ref : '';
    const key = ref && Object.keys(node as object).length === 1 ? ref : JSON.stringify(node);
    let validate = cache.get(key);
    if (!validate) {
      validate = ajv.compile(absolutize(node) as object);
      cache.set(key, validate);
    }
    return validate;
  };
  return compile;
}

/** Registers the spec with Ajv (createMock calls this: a broken document fails at creation). */
export function prepareValidators(): void {
  compiler();
}

function of(operation: SpecOperation): CompiledOperation {
  const known = compiled.get(operation.operationId);
  if (known) return known;
  const compile = compiler();
  const made: CompiledOperation = {
    parameters: new Map(operation.parameters.map((p) => [`${p.in}:${p.name}`, compile(p.schema)])),
    body: operation.bodySchema === undefined ? undefined : compile(operation.bodySchema),
    responses: new Map(
      [...operation.responses].map(([status, response]) => [
        status,
        {
          body: response.schema === undefined ? undefined : compile(response.schema),
          headers: response.headers.map((header) => ({
            name: header.name,
            required: header.required,
            integer: header.schema.type === 'integer',
            validate: compile(header.schema),
          })),
        },
      ]),
    ),
  };
  compiled.set(operation.operationId, made);
  return made;
}

/** Points the document's local `$ref`s at the document as registered with Ajv. */
function absolutize(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(absolutize);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] =
      key === '$ref' && typeof value === 'string' && value.startsWith('#')
        ? DOCUMENT_ID + value
        : absolutize(value);
  }
  return out;
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
    check(validators.get(`${parameter.in}:${parameter.name}`) as ValidateFunction, value, parameter.name);
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
