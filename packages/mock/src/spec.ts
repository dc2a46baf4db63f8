// The route table and the input rules of the fake, read from the bundled spec rather than written out again:
// a path, a parameter bound or a body rule changes in spec/openapi.yaml and the fake follows.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { operations } from '@civis-ts/client';
import { isObject, type Json, operationsOf } from '@civis-ts/spec/walk';

export type OperationId = keyof operations;

export interface SpecParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: Record<string, unknown>;
}

export interface SpecOperation {
  operationId: OperationId;
  method: string;
  /** The path template, e.g. `/permission_sets/{id}/resources/{name}`. */
  template: string;
  /** The template split on '/', each segment either a literal or a `{param}`. */
  segments: string[];
  parameters: SpecParameter[];
  /** A `$ref` to the request body's schema in the bundled document, when the operation takes one. */
  bodySchemaRef?: string;
}

const require = createRequire(import.meta.url);

let cached: { document: Json; operations: SpecOperation[] } | undefined;

/** The bundled OpenAPI document shipped by `@civis-ts/client`. */
export function specDocument(): Json {
  return loadSpec().document;
}

/** Every operation in the spec, with its parameters resolved. */
export function specOperations(): SpecOperation[] {
  return loadSpec().operations;
}

function loadSpec(): { document: Json; operations: SpecOperation[] } {
  if (cached) return cached;
  const path = require.resolve('@civis-ts/client/openapi.json');
  const document = JSON.parse(readFileSync(path, 'utf8')) as Json;
  cached = { document, operations: readOperations(document) };
  return cached;
}

function readOperations(document: Json): SpecOperation[] {
  return operationsOf(document).map(({ method, path, operationId, parameters, body }) => {
    const schema = body?.schema;
    return {
      operationId: operationId as OperationId,
      method: method.toUpperCase(),
      template: path,
      segments: path.split('/').slice(1),
      parameters: parameters as SpecParameter[],
      bodySchemaRef: isObject(schema) && typeof schema.$ref === 'string' ? schema.$ref : undefined,
    };
  });
}
