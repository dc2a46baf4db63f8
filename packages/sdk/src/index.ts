export type {
  Dependency,
  PermissionLevel,
  PermissionSet,
  PermissionSetResource,
  ShareIndex,
  TransferResult,
  UserPermission,
} from '@civis-ts/client';
export { Civis, type CivisOptions, type RateLimit } from './core/civis.js';
export {
  AuthenticationError,
  CivisApiError,
  CivisError,
  CivisValidationError,
  ConflictError,
  ConnectionError,
  InvalidResponseError,
  MissingApiKeyError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  TimeoutError,
} from './core/errors.js';
export type { Hooks, RequestEvent, ResponseEvent, RetryEvent } from './core/hooks.js';
export {
  type ListOptions,
  type Page,
  type PageFetcher,
  Paginator,
  type PaginatorOptions,
} from './core/paginator.js';
export type { RequestOptions } from './core/request-options.js';
export type * from './generated/queries.js';
export type { Backoff } from './internal/retry.js';
// The one interpreter of the spec's input rules, for the CLI's options (it checks them as the SDK does).
export { check as checkInput, type Rule as InputRule } from './internal/validate.js';
// `sync` (syncShares, the planner and its errors) is `@civis-ts/sdk/sync`: an app that never syncs carries none of it.
export type { Share, ShareKind } from './lib/share-plan.js';
export type {
  DependencyParams,
  ListPermissionSetsParams,
  PermissionSetFields,
  PermissionSets,
  TransferParams,
} from './resources/permission-sets.js';
export type { RawClient, RawInit, RawMethod, RawResult } from './resources/raw.js';
export type { ListResourcesParams, ResourceFields, Resources } from './resources/resources.js';
export { type GrantOptions, Shares, type SharesPath, type ShareTargets } from './resources/shares.js';
