import createClient, { type Client, type ClientOptions, type FetchOptions } from 'openapi-fetch';
import type { CallMethod } from './call-types.js';
import { type ConfigOptions, defaultHeaders, resolveConfig } from './config.js';
import type { paths } from './generated/schema.js';

/** openapi-fetch's per-call options (headers, signal, parseAs…), beside the spec's params and body. */
type FetchCallOptions = Omit<FetchOptions<unknown>, 'params' | 'body'>;

// openapi-fetch infers its `init` argument as a type parameter, and an inferred object type gets no
// excess-property check: `body: { name, descripton }` would compile. Here `init` is the spec's own type
// (call-types.ts, shared with the SDK's civis.raw), so TypeScript checks the literal against it and a
// misspelled field is an error. The cost: `parseAs` no longer changes `data`'s type (this API speaks
// JSON only).

/** The raw client: one typed method per HTTP verb, paths, parameters and bodies checked against the spec. */
export type CivisClient = Omit<Client<paths>, 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH'> & {
  GET: CallMethod<'GET', FetchCallOptions>;
  PUT: CallMethod<'PUT', FetchCallOptions>;
  POST: CallMethod<'POST', FetchCallOptions>;
  DELETE: CallMethod<'DELETE', FetchCallOptions>;
  PATCH: CallMethod<'PATCH', FetchCallOptions>;
};

export interface CivisClientOptions extends ConfigOptions {
  /** A `fetch` to send requests with (for a proxy, a test double, or the SDK's retrying transport). */
  fetch?: ClientOptions['fetch'];
}

/**
 * Creates the raw, spec-typed client (openapi-fetch) with auth, base URL and User-Agent set. Throws
 * MissingApiKeyError or InvalidBaseUrlError before any request.
 */
export function createCivisClient(options: CivisClientOptions = {}): CivisClient {
  const { apiKey, baseUrl } = resolveConfig(options);
  // openapi-fetch's CommonJS build sets only `exports.default`, and this package's CJS build gets Node's
  // interop (the default import is the whole `module.exports`): take `.default` there, so CommonJS users
  // load the openapi-fetch their install resolves, not a second copy bundled into ours. (In here, not at
  // the top level, so bundlers still drop openapi-fetch from apps that never call this.)
  const create: typeof createClient =
    typeof createClient === 'function'
      ? createClient
      : (createClient as unknown as { default: typeof createClient }).default;
  // Same object at run time; CivisClient only narrows what the methods accept (call-types.ts).
  return create<paths>({
    baseUrl,
    fetch: options.fetch,
    headers: defaultHeaders(apiKey, options),
  }) as unknown as CivisClient;
}
