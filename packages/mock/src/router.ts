// Finds the spec operation for a request. Matching runs on the raw path, so a name holding an encoded '/'
// stays one segment, and each parameter is percent-decoded exactly once.
import { HttpError } from './errors.js';
import { type SpecOperation, specOperations } from './spec.js';

export interface Match {
  operation: SpecOperation;
  pathValues: Record<string, string>;
}

export function matchRoute(method: string, rawPath: string): Match {
  const segments = rawPath.split('/').slice(1);
  let pathExists = false;
  for (const operation of specOperations()) {
    const pathValues = matchSegments(operation.segments, segments);
    if (!pathValues) continue;
    pathExists = true;
    if (operation.method === method) return { operation, pathValues };
  }
  throw new HttpError(
    404,
    pathExists ? `${method} is not allowed on ${rawPath}.` : `No route for ${rawPath}.`,
  );
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
