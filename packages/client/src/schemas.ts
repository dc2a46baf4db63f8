// Named aliases for the spec's schemas, so users never write components['schemas'][...] themselves.
import type { components } from './generated/schema.js';

type Schemas = components['schemas'];

export type PermissionSet = Schemas['PermissionSet'];
export type PermissionSetCreate = Schemas['PermissionSetCreate'];
export type PermissionSetReplace = Schemas['PermissionSetReplace'];
export type PermissionSetUpdate = Schemas['PermissionSetUpdate'];
export type PermissionSetResource = Schemas['PermissionSetResource'];
export type ResourceCreate = Schemas['ResourceCreate'];
export type ResourceUpdate = Schemas['ResourceUpdate'];
export type ArchiveRequest = Schemas['ArchiveRequest'];
export type UserSummary = Schemas['UserSummary'];
export type ShareEntity = Schemas['ShareEntity'];
export type ShareLevelEntries = Schemas['ShareLevelEntries'];
export type ShareIndex = Schemas['ShareIndex'];
export type ShareWithUsersRequest = Schemas['ShareWithUsersRequest'];
export type ShareWithGroupsRequest = Schemas['ShareWithGroupsRequest'];
export type PermissionLevel = Schemas['PermissionLevel'];
export type OrderDir = Schemas['OrderDir'];
export type Dependency = Schemas['Dependency'];
export type TransferRequest = Schemas['TransferRequest'];
export type TransferredDependency = Schemas['TransferredDependency'];
export type TransferResult = Schemas['TransferResult'];
export type UserPermission = Schemas['UserPermission'];
export type ErrorBody = Schemas['Error'];
