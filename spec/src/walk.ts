// The one walker of an OpenAPI document: `$ref` resolution and the list of operations with their
// parameters merged. Everything that reads the spec walks it with this file: the table generator
// (scripts/lib/spec-table.ts), the SDK's and the CLI's generators, the spec diff, the mock (which walks the
// bundled document at run time; its build bundles this file, so the published mock does not depend on
// this private package) and the tests. It imports nothing.

export type Json = Record<string, unknown>;

/** Every HTTP method an OpenAPI path item can hold an operation for. */
export const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;
export type Method = (typeof METHODS)[number];

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The node a local JSON pointer (`#/components/schemas/A~1B`) names; throws when there is none. */
export function resolvePointer(doc: Json, ref: string): unknown {
  if (!ref.startsWith('#/'))
    throw new Error(`only local $refs are supported (bundle the spec first): ${ref}`);
  let current: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    current = isObject(current) || Array.isArray(current) ? (current as Json)[key] : undefined;
  }
  if (current === undefined) throw new Error(`unresolved $ref ${ref}`);
  return current;
}

/**
 * Follows `$ref`s until a node that is not one. Keywords beside a `$ref` (OpenAPI 3.1 allows them, e.g.
 * a parameter's `default`) win over the target's. `ref` is the last reference followed, if any.
 */
export function deref(doc: Json, node: unknown): { node: unknown; ref?: string } {
  let current = node;
  let ref: string | undefined;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops++) {
    if (hops > 32) throw new Error(`$ref chain too long at ${current.$ref}`);
    const { $ref, ...siblings } = current;
    ref = $ref as string;
    const target = resolvePointer(doc, ref);
    current = Object.keys(siblings).length > 0 && isObject(target) ? { ...target, ...siblings } : target;
  }
  return ref === undefined ? { node: current } : { node: current, ref };
}

/** `deref` for a node that must be an object (a parameter, a request body, a schema). */
export function resolve(doc: Json, node: unknown): Json {
  const { node: resolved } = deref(doc, node);
  return isObject(resolved) ? resolved : {};
}

export interface SpecParameter extends Json {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
}

export interface WalkedOperation {
  method: Method;
  /** The path template, e.g. `/permission_sets/{id}/resources/{name}`. */
  path: string;
  operationId: string | undefined;
  /** The operation object as written (its `requestBody`, `responses` may still be `$ref`s). */
  operation: Json;
  /** Path-level and operation parameters, resolved; an operation's overrides the path's (same name and `in`). */
  parameters: SpecParameter[];
  /** The JSON request body's schema node (maybe a `$ref`), and whether the body is required. */
  body: { schema: unknown; required: boolean } | undefined;
}

/** Every operation of the document, in document order. */
export function operationsOf(doc: Json): WalkedOperation[] {
  const result: WalkedOperation[] = [];
  for (const [path, rawItem] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    const item = resolve(doc, rawItem);
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const parameters = new Map<string, SpecParameter>();
      for (const raw of [...asArray(item.parameters), ...asArray(operation.parameters)]) {
        const parameter = resolve(doc, raw) as SpecParameter;
        parameters.set(`${parameter.in}:${parameter.name}`, parameter);
      }
      const requestBody =
        operation.requestBody === undefined ? undefined : resolve(doc, operation.requestBody);
      const json = isObject(requestBody?.content) ? requestBody.content['application/json'] : undefined;
      result.push({
        method,
        path,
        operationId: typeof operation.operationId === 'string' ? operation.operationId : undefined,
        operation,
        parameters: [...parameters.values()],
        body: isObject(json) ? { schema: json.schema, required: requestBody?.required === true } : undefined,
      });
    }
  }
  return result;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
