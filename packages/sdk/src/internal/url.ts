// The one place a request URL is built, for the SDK's methods and `civis.raw` alike: each path parameter
// is one percent-encoded segment, and a segment that would not stay one is refused before anything is sent.
import { snakeCase } from '@civis-ts/spec/naming';
import { encode, segment } from './validate.js';

/** Values for the `{name}` segments of a spec path, and its query. */
export interface UrlParams {
  path?: object;
  /**
   * Query parameters, by their wire (snake_case) or SDK (camelCase) names: sent as the wire names them,
   * the inverse of the one naming rule (spec/src/naming.ts). Undefined (and null) values are left out.
   */
  query?: object;
}

const SEGMENT = /\{(\w+)\}/;

// The spec has two dozen paths: each is split at its `{name}` segments the first time it is used, into
// [text, name, text, name, …, text], and never again (at most 100 kept: plain JavaScript could hand
// `civis.raw` a new path on every call).
const templates = new Map<string, string[]>();

/** `baseUrl` + the spec path with its `{name}` segments filled in + the query. */
export function urlOf(baseUrl: string, path: string, { path: params, query }: UrlParams): string {
  let parts = templates.get(path);
  if (!parts) {
    parts = path.split(SEGMENT);
    if (templates.size < 100) templates.set(path, parts);
  }
  const values = (params ?? {}) as Record<string, unknown>;
  let url = baseUrl + parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    url += segment(values[name], name) + parts[i + 1];
  }
  let separator = '?';
  for (const key in query) {
    const value = (query as Record<string, unknown>)[key];
    if (value === undefined || value === null) continue;
    // As text (a boolean as `true`, a list of ids as the comma-separated list the service takes), encoded.
    url += `${separator}${snakeCase(key)}=${encode(value as string, key)}`;
    separator = '&';
  }
  return url;
}
