/**
 * DO NOT EDIT. Generated from spec/openapi.yaml by scripts/generate.ts (scripts/lib/sdk-inputs.ts).
 * Change the spec and run `pnpm generate`; `pnpm check:generated` fails when this file drifts.
 */

// Rules used more than once.
const r0 = {"type":"integer","minimum":1} as const;
const r1 = {"type":"string","minLength":1,"maxLength":255} as const;
const r2 = {"enum":["asc","desc"]} as const;
const r3 = {"type":"string","maxLength":10000} as const;
const r4 = {"required":["name"],"properties":{"name":r1,"description":r3}} as const;
const r5 = {"type":"boolean"} as const;
const r6 = {"type":"string"} as const;
const r7 = {"type":"array","minItems":1,"items":r0} as const;
const r8 = {"enum":["read","write","manage"]} as const;

// Path parameters (`path_<name>`, whatever the path), queries (by operationId, camelCase names),
// request bodies (by schema name).
export { r0 as path_id };
export { r0 as path_user_id };
export { r0 as path_group_id };
export { r1 as path_name };
export const listPermissionSets = {"properties":{"archived":{"enum":["true","false","all"]},"author":{"type":"string","pattern":"^[1-9][0-9]*(,[1-9][0-9]*)*$"},"limit":{"type":"integer","minimum":1,"maximum":50},"pageNum":r0,"order":{"enum":["updated_at","name","created_at"]},"orderDir":r2}} as const;
export const listPermissionSetDependencies = {"properties":{"userId":r0}} as const;
export const listPermissionSetResources = {"properties":{"limit":{"type":"integer","minimum":1,"maximum":1000},"pageNum":r0,"order":{"enum":["name","id","updated_at","created_at"]},"orderDir":r2}} as const;
export { r4 as PermissionSetCreate };
export { r4 as PermissionSetReplace };
export const PermissionSetUpdate = {"properties":{"name":r1,"description":r3}} as const;
export const ArchiveRequest = {"required":["status"],"properties":{"status":r5}} as const;
export const TransferRequest = {"required":["userId","includeDependencies"],"properties":{"userId":r0,"includeDependencies":r5,"emailBody":r6,"sendEmail":r5}} as const;
export const ShareWithUsersRequest = {"required":["userIds","permissionLevel"],"properties":{"userIds":r7,"permissionLevel":r8,"shareEmailBody":r6,"sendSharedEmail":r5}} as const;
export const ShareWithGroupsRequest = {"required":["groupIds","permissionLevel"],"properties":{"groupIds":r7,"permissionLevel":r8,"shareEmailBody":r6,"sendSharedEmail":r5}} as const;
export { r4 as ResourceCreate };
export const ResourceUpdate = {"properties":{"description":r3}} as const;
