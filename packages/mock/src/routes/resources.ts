// Resources of a permission set: list (paginated), create (409 on a taken name), get, update, delete.
import type { ResourceCreate, ResourceUpdate } from '@civis-ts/client';
import { HttpError } from '../errors.js';
import type { MockResource } from '../types.js';
import { created, noContent, ok, type TagRoutes } from './context.js';
import { type PageQuery, paginate } from './paginate.js';
import { resourceBody } from './wire.js';

const byName = (resource: MockResource) => resource.name;
const SORT_FIELDS: Record<string, (resource: MockResource) => string | number> = {
  name: byName,
  id: (resource) => resource.id,
  updated_at: (resource) => resource.updatedAt,
  created_at: (resource) => resource.createdAt,
};

export const resourceRoutes: TagRoutes<'Resources'> = {
  listPermissionSetResources: ({ params, store }) => {
    const resources = store.resourcesOf(params.id as number);
    const sortField = (resource: MockResource, order: string) => (SORT_FIELDS[order] ?? byName)(resource);
    const { page, headers } = paginate(
      store,
      `resources\n${params.id}`,
      () => [...resources.values()],
      params as unknown as PageQuery,
      sortField,
      (r) => r.id,
    );
    return ok(page.map(resourceBody), headers);
  },

  createPermissionSetResource: ({ params, body, store }) => {
    const id = params.id as number;
    const { name, description } = body as ResourceCreate;
    if (store.resourcesOf(id).has(name)) {
      throw new HttpError(
        409,
        `A resource named ${JSON.stringify(name)} already exists in permission set ${id}.`,
      );
    }
    return created(resourceBody(store.createResource(id, name, description ?? null)));
  },

  getPermissionSetResource: ({ params, store }) =>
    ok(resourceBody(store.resource(params.id as number, params.name as string))),

  updatePermissionSetResource: ({ params, body, store }) => {
    const resource = store.resource(params.id as number, params.name as string);
    const { description } = body as ResourceUpdate;
    if (description !== undefined) resource.description = description;
    resource.updatedAt = store.now();
    return ok(resourceBody(resource));
  },

  deletePermissionSetResource: ({ params, store }) => {
    store.deleteResource(params.id as number, params.name as string);
    return noContent();
  },
};
