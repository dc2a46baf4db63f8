// From stored records to the wire's camelCase shapes, typed by the spec's schemas.
import type { PermissionSet, PermissionSetResource, ShareIndex, UserSummary } from '@civis-ts/client';
import type { MockStore } from '../store.js';
import type { MockPermissionSet, MockResource, MockUser, ShareTarget } from '../types.js';

export function userSummary(user: MockUser): UserSummary {
  return {
    id: user.id,
    name: user.name,
    username: user.username,
    initials: user.initials,
    online: user.online,
  };
}

export function permissionSetBody(store: MockStore, set: MockPermissionSet): PermissionSet {
  return {
    id: set.id,
    name: set.name,
    description: set.description,
    author: userSummary(store.user(set.authorId)),
    createdAt: set.createdAt,
    updatedAt: set.updatedAt,
    archived: set.archived,
  };
}

export function resourceBody(resource: MockResource): PermissionSetResource {
  return {
    permissionSetId: resource.permissionSetId,
    name: resource.name,
    description: resource.description,
    createdAt: resource.createdAt,
    updatedAt: resource.updatedAt,
  };
}

/** The share index, computed from state: the owner and `manage` shares are owners. */
export function shareIndex(store: MockStore, target: ShareTarget): ShareIndex {
  const index: ShareIndex = {
    readers: { users: [], groups: [] },
    writers: { users: [], groups: [] },
    owners: { users: [], groups: [] },
    totalUserShares: 0,
    totalGroupShares: 0,
  };
  const ownerId = store.ownerOf(target);
  index.owners.users.push({ id: ownerId, name: store.user(ownerId).name });
  const bucket = { read: index.readers, write: index.writers, manage: index.owners };
  for (const share of store.shares.list(target)) {
    if (share.kind === 'user' && share.id === ownerId) continue;
    const name = share.kind === 'user' ? store.user(share.id).name : store.group(share.id).name;
    bucket[share.level][share.kind === 'user' ? 'users' : 'groups'].push({ id: share.id, name });
  }
  for (const level of [index.readers, index.writers, index.owners]) {
    index.totalUserShares += level.users.length;
    index.totalGroupShares += level.groups.length;
  }
  return index;
}
