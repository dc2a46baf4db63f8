// Finds the spec operation for a request. Matching runs on the raw path, so a name holding an encoded '/'
// stays one segment, and each parameter is percent-decoded exactly once.
import { HttpError } from './errors.js';
import { type SpecOperation, specOperations } from './spec.js';

export interface Match {
  operation: SpecOperation;
  pathValues: Record<string, string>;
}

/** The path exists, but not for this method: a 405 whose `Allow` lists the methods it has. */
export class MethodNotAllowed extends HttpError {
  constructor(
    method: string,
    path: string,
    readonly allow: string[],
  ) {
    super(405, `${method} is not allowed on ${path}; it allows ${allow.join(', ')}.`);
  }
}

/** The methods the spec declares for a raw path (empty when no template matches it). */
export function allowedMethods(rawPath: string): string[] {
  const segments = rawPath.split('/').slice(1);
  const methods: string[] = [];
  for (const operation of specOperations()) {
    try {
      if (matchSegments(operation.segments, segments)) methods.push(operation.method);
    } catch {
      // A bad percent-encoding: reported by matchRoute.
    }
  }
  return methods;
}

export function matchRoute(method: string, rawPath: string): Match {
  const segments = rawPath.split('/').slice(1);
  const allow: string[] = [];
  for (const operation of specOperations()) {
    const pathValues = matchSegments(operation.segments, segments);
    if (!pathValues) continue;
    if (operation.method === method) return { operation, pathValues };
    allow.push(operation.method);
  }
  if (allow.length > 0) throw new MethodNotAllowed(method, rawPath, allow);
  throw new HttpError(404, `No route for ${rawPath}.`);
}

function matchSegments(template: string[], segments: string[]): Record<string, string> | undefined {
  if (template.length !== segments.length) return undefined;
  const values: Record<string, string> = {};
  for (const [index, part] of template.entries()) {
    const raw = segments[index] as string;
    const param = /^\{(.+)\}$/.exec(part)?.[1];
    if (!param) {
      if (part !== raw) return undefined;
      continue;
    }
    if (raw === '') return undefined;
    try {
      values[param] = decodeURIComponent(raw);
    } catch {
      throw new HttpError(422, `${param}: is not valid percent-encoding`);
    }
  }
  return values;
}
