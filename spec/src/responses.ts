// The operations of a document as the mock's fake reads them: its route table, input rules and allowed
// responses. Here, not in the mock, because the mock's validator generator (scripts/lib/mock-validators.ts)
// reads the spec with this same walk, and so generates a validator for exactly the schemas the fake asks for.
import type { OperationId } from './generated/facts.js';
import { isObject, type Json, operationsOf, resolve } from './walk.js';

export interface SpecParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: Json;
}

export interface SpecHeader {
  name: string;
  required: boolean;
  schema: Json;
}

export interface SpecResponse {
  /** The JSON body's schema node (maybe a `$ref`); undefined when the response has no body. */
  schema: unknown;
  headers: SpecHeader[];
}

export interface SpecOperation {
  operationId: OperationId;
  method: string;
  /** The path template, e.g. `/permission_sets/{id}/resources/{name}`. */
  template: string;
  /** The template split on '/', each segment either a literal or a `{param}`. */
  segments: string[];
  parameters: SpecParameter[];
  /** The request body's schema node (maybe a `$ref`), when the operation takes one. */
  bodySchema?: unknown;
  /** The declared responses by status code (or `default`). */
  responses: Map<string, SpecResponse>;
}

/** The operations of a document as the fake reads them. */
export function readOperations(doc: Json): SpecOperation[] {
  // Most responses are a `$ref` to one of a few shared ones (the error answers): each is read once, not
  // once per operation. This walk is on the first request's path.
  const shared = new Map<string, SpecResponse>();
  const read = (raw: unknown): SpecResponse => {
    const ref = isObject(raw) && Object.keys(raw).length === 1 ? raw.$ref : undefined;
    if (typeof ref !== 'string') return readResponse(doc, raw);
    const known = shared.get(ref);
    if (known) return known;
    const response = readResponse(doc, raw);
    shared.set(ref, response);
    return response;
  };
  return operationsOf(doc).map(({ method, path, operationId, operation, parameters, body }) => ({
    operationId: operationId as OperationId,
    method: method.toUpperCase(),
    template: path,
    segments: path.split('/').slice(1),
    parameters: parameters as SpecParameter[],
    bodySchema: body?.schema,
    responses: new Map(
      Object.entries(isObject(operation.responses) ? operation.responses : {}).map(([status, raw]) => [
        status,
        read(raw),
      ]),
    ),
  }));
}

function readResponse(doc: Json, raw: unknown): SpecResponse {
  const response = resolve(doc, raw);
  const json = isObject(response.content) ? response.content['application/json'] : undefined;
  const headers = Object.entries(isObject(response.headers) ? response.headers : {}).map(([name, h]) => {
    const header = resolve(doc, h);
    return { name, required: header.required === true, schema: resolve(doc, header.schema) };
  });
  return { schema: isObject(json) ? json.schema : undefined, headers };
}
