// What the service accepts from its official Python client but the spec does not describe, made into the
// documented request before Prism validates it: a `{}` JSON body on GET and DELETE (the service ignores
// it), snake_case body keys (`user_ids` for `userIds`), a trailing slash on a path. Anything else passes
// unchanged, byte for byte, so Prism still judges our own clients' requests as strictly as before.
// A pure function: no I/O, the spec aside (read once, from the bundled document).

import { camelCase } from '@civis-ts/spec/naming';
import { resolve } from '@civis-ts/spec/walk';
import { HttpError } from './errors.js';
import { matchRoute } from './router.js';
import { specDocument } from './spec.js';

export interface FrontRequest {
  method: string;
  /** The request target as sent: path and query. */
  target: string;
  /** Lower-case names, as Node's `IncomingMessage.headers`. */
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface Normalised extends FrontRequest {
  /** What was changed, for the `X-Civis-Mock-Normalised` response header; empty when nothing was. */
  changes: string[];
}

type Json = Record<string, unknown>;

const BODILESS = new Set(['GET', 'DELETE']);

export function normalise(request: FrontRequest): Normalised {
  const changes: string[] = [];
  let { target, headers, body } = request;
  const method = request.method.toUpperCase();

  const queryAt = target.indexOf('?');
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  if (path.length > 1 && path.endsWith('/')) {
    target = path.slice(0, -1) + target.slice(path.length);
    changes.push('trailing slash removed');
  }

  if (BODILESS.has(method) && isEmptyObject(body)) {
    const { 'content-type': _, ...rest } = headers;
    headers = rest;
    body = Buffer.alloc(0);
    changes.push(`empty JSON body of ${method} dropped`);
  }

  const schema = bodySchema(method, target);
  const parsed = schema && parseJson(body);
  if (parsed !== undefined) {
    const renamed: string[] = [];
    const camel = camelise(parsed, schema, renamed);
    if (renamed.length > 0) {
      body = Buffer.from(JSON.stringify(camel));
      changes.push(`body keys renamed: ${renamed.join(', ')}`);
    }
  }
  return { method: request.method, target, headers, body, changes };
}

function isEmptyObject(body: Buffer): boolean {
  const value = body.length > 0 ? parseJson(body) : undefined;
  return !!value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined; // Not JSON: left as sent, for the validator to refuse.
  }
}

/** The request body schema of the operation the request is for, if it takes one. */
function bodySchema(method: string, target: string): Json | undefined {
  const queryAt = target.indexOf('?');
  try {
    const { operation } = matchRoute(method, queryAt === -1 ? target : target.slice(0, queryAt));
    return operation.bodySchemaRef ? resolve(specDocument(), { $ref: operation.bodySchemaRef }) : undefined;
  } catch (error) {
    if (error instanceof HttpError) return undefined; // No such operation: Prism answers for it.
    throw error;
  }
}

/**
 * Renames each snake_case key whose camelCase form the schema declares (and the body does not already
 * hold) to that form, through nested objects and arrays. The names come from the spec, so they follow it.
 */
function camelise(value: unknown, schemaNode: unknown, renamed: string[]): unknown {
  const schema = resolve(specDocument(), schemaNode);
  if (Array.isArray(value)) return value.map((item) => camelise(item, schema.items, renamed));
  if (!value || typeof value !== 'object') return value;
  const properties = (schema.properties ?? {}) as Json;
  const declared = (name: string) => Object.hasOwn(properties, name);
  // fromEntries, not assignment: a `__proto__` key stays a plain key, as JSON.parse made it.
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      const camel = camelCase(key);
      const name = !declared(key) && declared(camel) && !Object.hasOwn(value, camel) ? camel : key;
      if (name !== key) renamed.push(`${key} as ${name}`);
      return [name, camelise(item, declared(name) ? properties[name] : undefined, renamed)];
    }),
  );
}
