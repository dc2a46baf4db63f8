// Shares on permission sets and on their resources: the same four calls for both, over one share table.
import type { ShareWithGroupsRequest, ShareWithUsersRequest } from '@civis-ts/client';
import { HttpError } from '../errors.js';
import type { MockStore } from '../store.js';
import type { PrincipalKind, ShareTarget } from '../types.js';
import { noContent, ok, type RouteContext, type RouteResult, type TagRoutes } from './context.js';
import { shareIndex } from './wire.js';

function targetOf({ params }: RouteContext): ShareTarget {
  const permissionSetId = params.id as number;
  return typeof params.name === 'string'
    ? { permissionSetId, resourceName: params.name }
    : { permissionSetId };
}

/** The share lists answer an array of share indexes (a `list_*` method); the fake has one per object. */
function list(context: RouteContext): RouteResult {
  return ok([shareIndex(context.store, context.store.target(targetOf(context)))]);
}

/** Sets one level for every principal named; all of them must exist, or nothing changes. */
function share(kind: PrincipalKind): (context: RouteContext) => RouteResult {
  return (context) => {
    const { store } = context;
    const target = store.target(targetOf(context));
    const { permissionLevel, ...rest } = context.body as ShareWithUsersRequest & ShareWithGroupsRequest;
    const ids = kind === 'user' ? rest.userIds : rest.groupIds;
    for (const id of ids) lookup(store, kind, id);
    const ownerId = store.ownerOf(target);
    // The owner always holds manage; a share naming them changes nothing.
    for (const id of ids)
      if (kind === 'group' || id !== ownerId) store.shares.set(target, kind, id, permissionLevel);
    return ok(shareIndex(store, target));
  };
}

function revoke(kind: PrincipalKind): (context: RouteContext) => RouteResult {
  return (context) => {
    const { store, params } = context;
    const target = store.target(targetOf(context));
    const id = (kind === 'user' ? params.user_id : params.group_id) as number;
    lookup(store, kind, id);
    if (kind === 'user' && id === store.ownerOf(target)) {
      throw new HttpError(403, "The owner's permissions cannot be revoked; transfer ownership first.");
    }
    // Revoking a principal that holds no share is done already: 204, as the service answers.
    store.shares.revoke(target, kind, id);
    return noContent();
  };
}

function lookup(store: MockStore, kind: PrincipalKind, id: number): void {
  if (kind === 'user') store.user(id);
  else store.group(id);
}

export const shareRoutes: TagRoutes<'Permission Set Shares' | 'Resource Shares'> = {
  listPermissionSetShares: list,
  sharePermissionSetWithUsers: share('user'),
  sharePermissionSetWithGroups: share('group'),
  revokePermissionSetUserShare: revoke('user'),
  revokePermissionSetGroupShare: revoke('group'),
  listPermissionSetResourceShares: list,
  sharePermissionSetResourceWithUsers: share('user'),
  sharePermissionSetResourceWithGroups: share('group'),
  revokePermissionSetResourceUserShare: revoke('user'),
  revokePermissionSetResourceGroupShare: revoke('group'),
};
