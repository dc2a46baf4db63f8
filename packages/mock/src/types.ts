// The records the fake keeps in memory. Wire shapes (camelCase JSON) are made from these in routes/.
import type { PermissionLevel } from '@civis-ts/client';

/** A share level, as the spec lists them (its values, in order: LEVELS of the spec table). */
export type ShareLevel = PermissionLevel;
export type PrincipalKind = 'user' | 'group';

export interface MockUser {
  id: number;
  name: string;
  username: string;
  initials: string;
  online: boolean;
}

export interface MockGroup {
  id: number;
  name: string;
  memberIds: number[];
}

export interface MockPermissionSet {
  id: number;
  name: string;
  description: string | null;
  /** The owner; transfer changes it. */
  authorId: number;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
}

export interface MockResource {
  /** Internal id: the service orders resources by it and reports it as a dependency's id. */
  id: number;
  permissionSetId: number;
  name: string;
  description: string | null;
  /** Who created it (holds manage without a share); a transfer of the set moves it only with its dependencies. */
  ownerId: number;
  createdAt: string;
  updatedAt: string;
}

/** What a share is on: a permission set, or one resource of it. */
export interface ShareTarget {
  permissionSetId: number;
  resourceName?: string;
}

export interface Share {
  kind: PrincipalKind;
  id: number;
  level: ShareLevel;
}
