/**
 * DO NOT EDIT. Generated from spec/openapi.yaml by scripts/generate.ts (scripts/lib/spec-table.ts).
 * Change the spec and run `pnpm generate`; `pnpm check:generated` fails when this file drifts.
 */


/** Every share level, from least to most: the spec says each level includes the ones before it (PermissionLevel). At components.schemas.PermissionLevel.enum. */
export const LEVELS = ["read","write","manage"] as const;

/** The most characters of a permission set's name (PermissionSetCreate.name). At components.schemas.PermissionSetCreate.properties.name.maxLength. */
export const NAME_MAX_LENGTH = 255 as const;

/** The most characters of a description (PermissionSetCreate.description). At components.schemas.PermissionSetCreate.properties.description.maxLength. */
export const DESCRIPTION_MAX_LENGTH = 10000 as const;

/** The most characters of a resource's name (ResourceCreate.name). At components.schemas.ResourceCreate.properties.name.maxLength. */
export const RESOURCE_NAME_MAX_LENGTH = 255 as const;

/** The most permission sets one page holds (listPermissionSets `limit`). At components.parameters.PermissionSetLimit.schema.maximum. */
export const PERMISSION_SET_PAGE_LIMIT = 50 as const;

/** The most resources one page holds (listPermissionSetResources `limit`). At components.parameters.ResourceLimit.schema.maximum. */
export const RESOURCE_PAGE_LIMIT = 1000 as const;

/** A share level. */
export type Level = (typeof LEVELS)[number];

/** How many operations the spec has. */
export const OPERATION_COUNT = 24;

/** Every operationId, in document order. */
export const OPERATION_IDS = ["listPermissionSets","createPermissionSet","getPermissionSet","replacePermissionSet","updatePermissionSet","setPermissionSetArchived","listPermissionSetDependencies","transferPermissionSet","listPermissionSetShares","sharePermissionSetWithUsers","revokePermissionSetUserShare","sharePermissionSetWithGroups","revokePermissionSetGroupShare","listPermissionSetUserPermissions","listPermissionSetResources","createPermissionSetResource","getPermissionSetResource","deletePermissionSetResource","updatePermissionSetResource","listPermissionSetResourceShares","sharePermissionSetResourceWithUsers","revokePermissionSetResourceUserShare","sharePermissionSetResourceWithGroups","revokePermissionSetResourceGroupShare"] as const;

export type OperationId = (typeof OPERATION_IDS)[number];

/** Each tag's operationIds (an operation's first tag): the mock's route file of a tag is typed by it, so a new operation fails there. */
export interface TagOperations {
  "Permission Sets": "listPermissionSets" | "createPermissionSet" | "getPermissionSet" | "replacePermissionSet" | "updatePermissionSet" | "setPermissionSetArchived" | "listPermissionSetDependencies" | "transferPermissionSet" | "listPermissionSetUserPermissions";
  "Permission Set Shares": "listPermissionSetShares" | "sharePermissionSetWithUsers" | "revokePermissionSetUserShare" | "sharePermissionSetWithGroups" | "revokePermissionSetGroupShare";
  "Resources": "listPermissionSetResources" | "createPermissionSetResource" | "getPermissionSetResource" | "deletePermissionSetResource" | "updatePermissionSetResource";
  "Resource Shares": "listPermissionSetResourceShares" | "sharePermissionSetResourceWithUsers" | "revokePermissionSetResourceUserShare" | "sharePermissionSetResourceWithGroups" | "revokePermissionSetResourceGroupShare";
}

/** A tag of the spec. */
export type Tag = keyof TagOperations;

