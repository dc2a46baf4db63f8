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
export { type CivisClient, type CivisClientOptions, createCivisClient } from './client.js';
export {
  basicAuthorization,
  type ConfigFailure,
  type ConfigOptions,
  configOf,
  DEFAULT_BASE_URL,
  defaultHeaders,
  InvalidBaseUrlError,
  MissingApiKeyError,
  resolveConfig,
  USER_AGENT,
} from './config.js';
export type { $defs, components, operations, paths, webhooks } from './generated/schema.js';
export type * from './schemas.js';
export { VERSION } from './version.js';
