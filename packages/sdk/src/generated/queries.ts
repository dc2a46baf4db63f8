/**
 * DO NOT EDIT. Generated from spec/openapi.yaml by scripts/generate.ts (scripts/lib/sdk-inputs.ts).
 * Change the spec and run `pnpm generate`; `pnpm check:generated` fails when this file drifts.
 */

import type { operations } from '@civis-ts/client';

type Query<O extends keyof operations> = NonNullable<operations[O]['parameters']['query']>;

/** The query of listPermissionSets (GET /permission_sets), camelCase. */
export interface ListPermissionSetsQuery {
  /** The archival status of the requested item(s): `false` (the default) for active items, `true` for archived ones, `all` for both. */
  archived?: Query<'listPermissionSets'>['archived'];
  /** If specified, return items from any of these authors. It accepts a comma-separated list of user IDs. */
  author?: Query<'listPermissionSets'>['author'];
  /** Number of results to return. Defaults to 20. Maximum allowed is 50. */
  limit?: Query<'listPermissionSets'>['limit'];
  /** Page number of the results to return. Defaults to the first page, 1. A page past the end is empty. */
  pageNum?: Query<'listPermissionSets'>['page_num'];
  /** The field on which to order the result set. Defaults to updated_at. */
  order?: Query<'listPermissionSets'>['order'];
  /** Direction in which to sort, either asc (ascending) or desc (descending), defaulting to desc. */
  orderDir?: Query<'listPermissionSets'>['order_dir'];
}

/** The query of listPermissionSetDependencies (GET /permission_sets/{id}/dependencies), camelCase. */
export interface ListPermissionSetDependenciesQuery {
  /** ID of the target user; `permissionLevel` in the answer is that user's level. */
  userId?: Query<'listPermissionSetDependencies'>['user_id'];
}

/** The query of listPermissionSetResources (GET /permission_sets/{id}/resources), camelCase. */
export interface ListPermissionSetResourcesQuery {
  /** Number of results to return. Defaults to 50. Maximum allowed is 1000. */
  limit?: Query<'listPermissionSetResources'>['limit'];
  /** Page number of the results to return. Defaults to the first page, 1. A page past the end is empty. */
  pageNum?: Query<'listPermissionSetResources'>['page_num'];
  /** The field on which to order the result set. Defaults to name. */
  order?: Query<'listPermissionSetResources'>['order'];
  /** Direction in which to sort, either asc (ascending) or desc (descending), defaulting to asc. */
  orderDir?: Query<'listPermissionSetResources'>['order_dir'];
}
