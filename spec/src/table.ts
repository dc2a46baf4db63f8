// The table of the spec's operations, built from the bundled document by the one walker. The generator
// (scripts/lib/spec-table.ts) writes it to src/generated/operations.ts; tests and the API-change drill
// build it from a changed document. Everything a package needs to know about an operation is a row here,
// so no package walks the document for it again.
import { tsName } from './naming.js';
import type { BodyRow, FieldRow, OperationRow, ParameterRow, ResponseRow, Rule } from './row.js';
import { deref, isObject, type Json, operationsOf, resolve } from './walk.js';

/** The JSON Schema keywords a rule keeps (what the SDK's and the CLI's one interpreter checks). */
const KEYWORDS = [
  'type',
  'enum',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'required',
] as const;

/** The checked keywords of a schema, with its items and properties likewise (`$ref`s followed). */
export function ruleOf(doc: Json, node: unknown): Rule {
  const schema = resolve(doc, node);
  const out: Json = {};
  for (const key of KEYWORDS) if (schema[key] !== undefined) out[key] = schema[key];
  if (schema.items !== undefined) out.items = ruleOf(doc, schema.items);
  if (isObject(schema.properties)) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([name, property]) => [name, ruleOf(doc, property)]),
    );
  }
  return out as Rule;
}

/** The name of the component a `$ref` points at (`#/components/schemas/A` → `A`). */
const refName = (ref: string | undefined) => (ref ? ref.slice(ref.lastIndexOf('/') + 1) : undefined);

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : undefined);

function parameterRow(doc: Json, label: string, parameter: Json): ParameterRow {
  const schema = resolve(doc, parameter.schema);
  const row: ParameterRow = {
    wire: parameter.name as string,
    // Path and query names follow the naming rule; a header's is its own.
    name:
      parameter.in === 'path' || parameter.in === 'query'
        ? tsName(parameter.name as string, label)
        : (parameter.name as string),
    in: parameter.in as ParameterRow['in'],
    required: parameter.required === true,
    rule: ruleOf(doc, parameter.schema),
  };
  if (schema.default !== undefined) row.default = schema.default;
  if (parameter.deprecated === true) row.deprecated = true;
  const description = text(parameter.description) ?? text(schema.description);
  if (description) row.description = description;
  return row;
}

function bodyRow(doc: Json, label: string, body: { schema: unknown; required: boolean }): BodyRow {
  const { node, ref } = deref(doc, body.schema);
  const schema = isObject(node) ? node : {};
  const schemaName = refName(ref);
  if (!schemaName) throw new Error(`the request body of ${label} must be a named schema (spec/openapi.yaml)`);
  const required = new Set((schema.required ?? []) as string[]);
  const fields = Object.entries(isObject(schema.properties) ? schema.properties : {}).map(
    ([name, property]): FieldRow => {
      const resolved = resolve(doc, property);
      const field: FieldRow = { name, required: required.has(name), rule: ruleOf(doc, property) };
      if (resolved.deprecated === true) field.deprecated = true;
      const description = text(resolved.description);
      if (description) field.description = description;
      return field;
    },
  );
  return { schema: schemaName, required: body.required, fields };
}

function responseRows(doc: Json, operation: Json): ResponseRow[] {
  return Object.entries(isObject(operation.responses) ? operation.responses : {}).map(([status, raw]) => {
    const response = resolve(doc, raw);
    const content = isObject(response.content) ? response.content['application/json'] : undefined;
    const row: ResponseRow = { status };
    if (!isObject(content) || content.schema === undefined) return row;
    const { node, ref } = deref(doc, content.schema);
    const schema = isObject(node) ? node : {};
    if (schema.type === 'array') {
      row.shape = 'array';
      const items = refName(deref(doc, schema.items).ref);
      if (items) row.schema = items;
    } else {
      row.shape = 'object';
      const name = refName(ref);
      if (name) row.schema = name;
    }
    return row;
  });
}

/** Whether the operation's success answer is a page (it carries the spec's page-count header). */
function paginated(doc: Json, operation: Json): boolean {
  const ok = isObject(operation.responses) ? operation.responses['200'] : undefined;
  const headers = ok === undefined ? undefined : resolve(doc, ok).headers;
  return isObject(headers) && headers['X-Pagination-Total-Pages'] !== undefined;
}

/** One row per operation, in document order. */
export function operationTable(doc: Json): OperationRow[] {
  return operationsOf(doc).map(({ method, path, operationId, operation, parameters, body }) => {
    const label = `${operationId ?? '(no operationId)'} (${method.toUpperCase()} ${path})`;
    if (!operationId) throw new Error(`${label} has no operationId (spec/openapi.yaml)`);
    const tags = Array.isArray(operation.tags) ? (operation.tags as string[]) : [];
    const row: OperationRow = {
      operationId,
      method: method.toUpperCase() as OperationRow['method'],
      path,
      tag: tags[0] ?? '',
      summary: text(operation.summary) ?? operationId,
      deprecated: operation.deprecated === true,
      parameters: parameters.map((parameter) => parameterRow(doc, label, parameter)),
      paginated: paginated(doc, operation),
      responses: responseRows(doc, operation),
    };
    const description = text(operation.description);
    if (description) row.description = description;
    if (body) row.body = bodyRow(doc, label, body);
    return row;
  });
}
