export type {
  Dependency,
  PermissionLevel,
  PermissionSet,
  PermissionSetResource,
  ShareIndex,
  TransferResult,
  UserPermission,
} from '@civis-ts/client';
export { Civis, type CivisOptions } from './civis.js';
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
} from './errors.js';
export type * from './generated/queries.js';
export type { Hooks, RequestEvent, ResponseEvent, RetryEvent } from './hooks.js';
export {
  type ListOptions,
  type Page,
  type PageFetcher,
  Paginator,
  type PaginatorOptions,
} from './paginator.js';
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
export type { Backoff } from './retry.js';
// `sync` (syncShares, the planner and its errors) is `@civis-ts/sdk/sync`: an app that never syncs carries none of it.
export type { Share, ShareKind } from './share-plan.js';
export type { RateLimit, RequestOptions } from './transport.js';
// The one interpreter of the spec's input rules, for the CLI's options (it checks them as the SDK does).
export { check as checkInput, type Rule as InputRule } from './validate.js';
