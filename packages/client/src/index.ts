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
