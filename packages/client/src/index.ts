export type {
  CallInit,
  CallMethod,
  CallResult,
  Data,
  ErrorBody as ErrorBodyOf,
  Operation,
  PathOf,
  Responses,
  Verb,
} from './call-types.js';
export {
  basicAuthorization,
  type CivisClient,
  type CivisClientOptions,
  type ConfigFailure,
  configOf,
  createCivisClient,
  DEFAULT_BASE_URL,
  defaultHeaders,
  InvalidBaseUrlError,
  MissingApiKeyError,
  resolveConfig,
  USER_AGENT,
} from './client.js';
export type { $defs, components, operations, paths, webhooks } from './generated/schema.js';
export type * from './schemas.js';
export { VERSION } from './version.js';
