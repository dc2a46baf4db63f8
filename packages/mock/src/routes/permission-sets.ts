// Permission sets: list, create, get, replace, update, archive, dependencies, transfer, user permissions.
import type {
  ArchiveRequest,
  Dependency,
  PermissionSetCreate,
  PermissionSetReplace,
  PermissionSetUpdate,
  TransferRequest,
  TransferResult,
  UserPermission,
} from '@civis-ts/client';
import type { MockStore } from '../store.js';
import type { MockPermissionSet } from '../types.js';
import { created, ok, type TagRoutes } from './context.js';
import { type PageQuery, paginate } from './paginate.js';
import { permissionSetBody } from './wire.js';

const byUpdatedAt = (set: MockPermissionSet) => set.updatedAt;
const SORT_FIELDS: Record<string, (set: MockPermissionSet) => string> = {
  updated_at: byUpdatedAt,
  created_at: (set) => set.createdAt,
  name: (set) => set.name,
};

function touch(store: MockStore, set: MockPermissionSet): MockPermissionSet {
  set.updatedAt = store.now();
  return set;
}

/** The permission set's resources as dependencies; `permissionLevel` is the target user's own share. */
function dependencies(store: MockStore, id: number, userId: number | undefined): Dependency[] {
  return [...store.resourcesOf(id).values()].map((resource) => {
    const target = { permissionSetId: id, resourceName: resource.name };
    const own = userId === resource.ownerId ? 'manage' : store.shares.level(target, 'user', userId ?? 0);
    return {
      objectType: 'PermissionSetResource',
      fcoType: 'permission_set_resource',
      id: resource.id,
      name: resource.name,
      permissionLevel: userId === undefined ? null : (own ?? null),
      description: resource.description,
      shareable: store.effectiveLevel(target, store.callerId) === 'manage',
    };
  });
}

export const permissionSetRoutes: TagRoutes<'Permission Sets'> = {
  listPermissionSets: ({ params, store }) => {
    const archived = params.archived as 'true' | 'false' | 'all';
    const author = typeof params.author === 'string' ? params.author : undefined;
    const authors = author?.split(',').map(Number);
    const matching = () =>
      [...store.permissionSets.values()].filter(
        (set) =>
          (archived === 'all' || set.archived === (archived === 'true')) &&
          (!authors || authors.includes(set.authorId)),
      );
    const sortField = (set: MockPermissionSet, order: string) => (SORT_FIELDS[order] ?? byUpdatedAt)(set);
    const { page, headers } = paginate(
      store,
      `permission_sets\n${archived}\n${author ?? ''}`,
      matching,
      params as unknown as PageQuery,
      sortField,
      (set) => set.id,
    );
    return ok(
      page.map((set) => permissionSetBody(store, set)),
      headers,
    );
  },

  createPermissionSet: ({ body, store }) => {
    const { name, description } = body as PermissionSetCreate;
    return created(permissionSetBody(store, store.createPermissionSet(name, description ?? null)));
  },

  getPermissionSet: ({ params, store }) =>
    ok(permissionSetBody(store, store.permissionSet(params.id as number))),

  replacePermissionSet: ({ params, body, store }) => {
    const set = store.permissionSet(params.id as number);
    const { name, description } = body as PermissionSetReplace;
    Object.assign(set, { name, description: description ?? null });
    return ok(permissionSetBody(store, touch(store, set)));
  },

  updatePermissionSet: ({ params, body, store }) => {
    const set = store.permissionSet(params.id as number);
    const { name, description } = body as PermissionSetUpdate;
    if (name !== undefined) set.name = name;
    if (description !== undefined) set.description = description;
    return ok(permissionSetBody(store, touch(store, set)));
  },

  setPermissionSetArchived: ({ params, body, store }) => {
    const set = store.permissionSet(params.id as number);
    set.archived = (body as ArchiveRequest).status;
    return ok(permissionSetBody(store, touch(store, set)));
  },

  listPermissionSetDependencies: ({ params, store }) => {
    const userId = params.user_id as number | undefined;
    store.permissionSet(params.id as number);
    if (userId !== undefined) store.user(userId);
    return ok(dependencies(store, params.id as number, userId));
  },

  transferPermissionSet: ({ params, body, store }) => {
    const id = params.id as number;
    const { userId, includeDependencies } = body as TransferRequest;
    const set = store.permissionSet(id);
    store.user(userId);
    const previousOwner = set.authorId;
    set.authorId = userId;
    // The new owner holds manage as owner; the previous owner keeps manage as a share, as on the service.
    store.shares.revoke({ permissionSetId: id }, 'user', userId);
    if (previousOwner !== userId) store.shares.set({ permissionSetId: id }, 'user', previousOwner, 'manage');
    // With includeDependencies the new owner gets manage on every resource; without, the resources keep
    // their shares and the new owner may not reach them.
    if (includeDependencies) {
      for (const resource of store.resourcesOf(id).values()) {
        const target = { permissionSetId: id, resourceName: resource.name };
        if (resource.ownerId !== userId) store.shares.set(target, 'user', userId, 'manage');
      }
    }
    touch(store, set);
    const result: TransferResult = {
      dependencies: dependencies(store, id, userId).map(({ shareable: _, ...dependency }) => ({
        ...dependency,
        shared: includeDependencies,
      })),
    };
    return ok(result);
  },

  listPermissionSetUserPermissions: ({ params, store }) => {
    const id = params.id as number;
    const userId = params.user_id as number;
    store.user(userId);
    const resources = [...store.resourcesOf(id).values()].sort((a, b) => (a.name < b.name ? -1 : 1));
    const permissions: UserPermission[] = resources.map((resource) => {
      const level = store.effectiveLevel({ permissionSetId: id, resourceName: resource.name }, userId);
      return {
        resourceName: resource.name,
        read: level !== undefined,
        write: level === 'write' || level === 'manage',
        manage: level === 'manage',
      };
    });
    return ok(permissions);
  },
};
