/**
 * DO NOT EDIT. Generated from spec/openapi.yaml by scripts/generate.ts (scripts/lib/constraints.ts).
 * Change the spec and run `pnpm generate`; `pnpm check:generated` fails when this file drifts.
 */

// Path parameters, whatever the path.
export const path_id_type = "integer";
export const path_id_minimum = 1;
export const path_user_id_type = "integer";
export const path_user_id_minimum = 1;
export const path_group_id_type = "integer";
export const path_group_id_minimum = 1;
export const path_name_type = "string";
export const path_name_minLength = 1;
export const path_name_maxLength = 255;

// The query parameters of listPermissionSets.
export const listPermissionSets_archived_type = "string";
export const listPermissionSets_archived_enum = ["true", "false", "all"] as const;
export const listPermissionSets_archived_default = "false";
export const listPermissionSets_author_type = "string";
export const listPermissionSets_author_pattern = "^[1-9][0-9]*(,[1-9][0-9]*)*$";
export const listPermissionSets_limit_type = "integer";
export const listPermissionSets_limit_minimum = 1;
export const listPermissionSets_limit_maximum = 50;
export const listPermissionSets_limit_default = 20;
export const listPermissionSets_page_num_type = "integer";
export const listPermissionSets_page_num_minimum = 1;
export const listPermissionSets_page_num_default = 1;
export const listPermissionSets_order_type = "string";
export const listPermissionSets_order_enum = ["updated_at", "name", "created_at"] as const;
export const listPermissionSets_order_default = "updated_at";
export const listPermissionSets_order_dir_type = "string";
export const listPermissionSets_order_dir_enum = ["asc", "desc"] as const;
export const listPermissionSets_order_dir_default = "desc";

// The query parameters of listPermissionSetDependencies.
export const listPermissionSetDependencies_user_id_type = "integer";
export const listPermissionSetDependencies_user_id_minimum = 1;

// The query parameters of listPermissionSetResources.
export const listPermissionSetResources_limit_type = "integer";
export const listPermissionSetResources_limit_minimum = 1;
export const listPermissionSetResources_limit_maximum = 1000;
export const listPermissionSetResources_limit_default = 50;
export const listPermissionSetResources_page_num_type = "integer";
export const listPermissionSetResources_page_num_minimum = 1;
export const listPermissionSetResources_page_num_default = 1;
export const listPermissionSetResources_order_type = "string";
export const listPermissionSetResources_order_enum = ["name", "id", "updated_at", "created_at"] as const;
export const listPermissionSetResources_order_default = "name";
export const listPermissionSetResources_order_dir_type = "string";
export const listPermissionSetResources_order_dir_enum = ["asc", "desc"] as const;
export const listPermissionSetResources_order_dir_default = "asc";

// The request-body schema PermissionSetCreate.
export const PermissionSetCreate_type = "object";
export const PermissionSetCreate_required = ["name"] as const;
export const PermissionSetCreate_name_type = "string";
export const PermissionSetCreate_name_minLength = 1;
export const PermissionSetCreate_name_maxLength = 255;
export const PermissionSetCreate_description_type = "string";
export const PermissionSetCreate_description_maxLength = 10000;
export const PermissionSetCreate_additionalProperties = false;

// The request-body schema PermissionSetReplace.
export const PermissionSetReplace_type = "object";
export const PermissionSetReplace_required = ["name"] as const;
export const PermissionSetReplace_name_type = "string";
export const PermissionSetReplace_name_minLength = 1;
export const PermissionSetReplace_name_maxLength = 255;
export const PermissionSetReplace_description_type = "string";
export const PermissionSetReplace_description_maxLength = 10000;
export const PermissionSetReplace_additionalProperties = false;

// The request-body schema PermissionSetUpdate.
export const PermissionSetUpdate_type = "object";
export const PermissionSetUpdate_name_type = "string";
export const PermissionSetUpdate_name_minLength = 1;
export const PermissionSetUpdate_name_maxLength = 255;
export const PermissionSetUpdate_description_type = "string";
export const PermissionSetUpdate_description_maxLength = 10000;
export const PermissionSetUpdate_additionalProperties = false;

// The request-body schema ArchiveRequest.
export const ArchiveRequest_type = "object";
export const ArchiveRequest_required = ["status"] as const;
export const ArchiveRequest_status_type = "boolean";
export const ArchiveRequest_additionalProperties = false;

// The request-body schema TransferRequest.
export const TransferRequest_type = "object";
export const TransferRequest_required = ["userId", "includeDependencies"] as const;
export const TransferRequest_userId_type = "integer";
export const TransferRequest_userId_minimum = 1;
export const TransferRequest_includeDependencies_type = "boolean";
export const TransferRequest_emailBody_type = "string";
export const TransferRequest_sendEmail_type = "boolean";
export const TransferRequest_additionalProperties = false;

// The request-body schema ShareWithUsersRequest.
export const ShareWithUsersRequest_type = "object";
export const ShareWithUsersRequest_required = ["userIds", "permissionLevel"] as const;
export const ShareWithUsersRequest_userIds_type = "array";
export const ShareWithUsersRequest_userIds_minItems = 1;
export const ShareWithUsersRequest_userIds_items_type = "integer";
export const ShareWithUsersRequest_userIds_items_minimum = 1;
export const ShareWithUsersRequest_permissionLevel_type = "string";
export const ShareWithUsersRequest_permissionLevel_enum = ["read", "write", "manage"] as const;
export const ShareWithUsersRequest_shareEmailBody_type = "string";
export const ShareWithUsersRequest_sendSharedEmail_type = "boolean";
export const ShareWithUsersRequest_additionalProperties = false;

// The request-body schema ShareWithGroupsRequest.
export const ShareWithGroupsRequest_type = "object";
export const ShareWithGroupsRequest_required = ["groupIds", "permissionLevel"] as const;
export const ShareWithGroupsRequest_groupIds_type = "array";
export const ShareWithGroupsRequest_groupIds_minItems = 1;
export const ShareWithGroupsRequest_groupIds_items_type = "integer";
export const ShareWithGroupsRequest_groupIds_items_minimum = 1;
export const ShareWithGroupsRequest_permissionLevel_type = "string";
export const ShareWithGroupsRequest_permissionLevel_enum = ["read", "write", "manage"] as const;
export const ShareWithGroupsRequest_shareEmailBody_type = "string";
export const ShareWithGroupsRequest_sendSharedEmail_type = "boolean";
export const ShareWithGroupsRequest_additionalProperties = false;

// The request-body schema ResourceCreate.
export const ResourceCreate_type = "object";
export const ResourceCreate_required = ["name"] as const;
export const ResourceCreate_name_type = "string";
export const ResourceCreate_name_minLength = 1;
export const ResourceCreate_name_maxLength = 255;
export const ResourceCreate_description_type = "string";
export const ResourceCreate_description_maxLength = 10000;
export const ResourceCreate_additionalProperties = false;

// The request-body schema ResourceUpdate.
export const ResourceUpdate_type = "object";
export const ResourceUpdate_description_type = "string";
export const ResourceUpdate_description_maxLength = 10000;
export const ResourceUpdate_additionalProperties = false;
