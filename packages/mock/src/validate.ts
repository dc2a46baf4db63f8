// Checks what the fake receives against the spec (with Ajv over the bundled document), so the fake answers
// 422 for a bad body or parameter even with Prism out of the way (`validate: false`).
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { HttpError } from './errors.js';
import { type SpecOperation, type SpecParameter, specDocument } from './spec.js';

const DOCUMENT_ID = 'openapi.json';

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

function validator(key: string, schema: () => Record<string, unknown>): ValidateFunction {
  let validate = compiled.get(key);
  if (!validate) {
    if (!ajv) {
      // strict: false because the document carries OpenAPI keywords (example, paths...) next to the schemas;
      // formats (int64, date-time) are documentation here, the types carry the rules.
      ajv = new Ajv2020({ strict: false, validateFormats: false, validateSchema: false, allErrors: false });
      ajv.addSchema(specDocument(), DOCUMENT_ID);
    }
    validate = ajv.compile(absolutize(schema()) as object);
    compiled.set(key, validate);
  }
  return validate;
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

const INT64_MAX = 2n ** 63n - 1n;

/** Turns a raw path or query string into the type its schema declares, or fails with a 422. */
function coerce(parameter: SpecParameter, raw: string): unknown {
  const type = parameter.schema.type;
  if (type === 'integer') {
    // As the service reads them: canonical decimal (no sign but '-', no leading zero) within int64; '00001'
    // is not 1, and a 400-digit id is not Infinity.
    if (!/^(?:0|-?[1-9]\d{0,18})$/.test(raw) || BigInt(raw) > INT64_MAX || BigInt(raw) < -INT64_MAX - 1n)
      throw new HttpError(422, `${parameter.name}: must be an integer`);
    return Number(raw);
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
    const validate = validator(
      `${operation.operationId}:${parameter.in}:${parameter.name}`,
      () => parameter.schema,
    );
    if (!validate(value)) throw new HttpError(422, describe(parameter.name, validate.errors));
    values[parameter.name] = value;
  }
  return values;
}

/** Parses and validates a JSON body against the operation's request schema. */
export function readBody(operation: SpecOperation, text: string): unknown {
  const ref = operation.bodySchemaRef;
  if (!ref) return undefined;
  if (text.trim() === '') throw new HttpError(422, 'body: is required');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(422, 'body: is not valid JSON');
  }
  const validate = validator(ref, () => ({ $ref: ref }));
  if (!validate(body)) throw new HttpError(422, describe('body', validate.errors));
  return body;
}
