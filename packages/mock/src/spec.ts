// The route table and the input rules of the fake, read from the bundled spec rather than written out again:
// a path, a parameter bound or a body rule changes in spec/openapi.yaml and the fake follows.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { operations } from '@civis-ts/client';

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

type Json = Record<string, unknown>;

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

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

function readOperations(document: Json): SpecOperation[] {
  const paths = document.paths as Record<string, Json>;
  const result: SpecOperation[] = [];
  for (const [template, item] of Object.entries(paths)) {
    const shared = ((item.parameters as Json[] | undefined) ?? []).map((p) =>
      deref<SpecParameter>(document, p),
    );
    for (const method of METHODS) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      const own = ((operation.parameters as Json[] | undefined) ?? []).map((p) =>
        deref<SpecParameter>(document, p),
      );
      const body = operation.requestBody ? deref<Json>(document, operation.requestBody as Json) : undefined;
      const bodySchema = (body?.content as Json | undefined)?.['application/json'] as Json | undefined;
      const schema = bodySchema?.schema as Json | undefined;
      result.push({
        operationId: operation.operationId as OperationId,
        method: method.toUpperCase(),
        template,
        segments: template.split('/').slice(1),
        parameters: [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own],
        bodySchemaRef: typeof schema?.$ref === 'string' ? schema.$ref : undefined,
      });
    }
  }
  return result;
}

/** Follows a local `$ref` (`#/components/...`); anything else is returned as it is. */
function deref<T>(document: Json, node: Json): T {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node as T;
  let current: unknown = document;
  for (const key of ref.replace(/^#\//, '').split('/')) current = (current as Json)[key];
  return deref<T>(document, current as Json);
}
