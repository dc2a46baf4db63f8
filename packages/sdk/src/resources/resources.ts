// civis.permissionSets.resources(id): the named resources inside one permission set. Names travel as
// one percent-encoded path segment (call.ts encodes each path parameter with encodeURIComponent).
import type { operations, PermissionSetResource } from '@civis-ts/client';
import type { ListOptions, Paginator } from '../paginator.js';
import type { RequestOptions } from '../transport.js';
import { type Check, integer, oneOf, optional, resourceName, shape, text } from '../validate.js';
import type { Call } from './call.js';
import { paginate, send } from './send.js';
import { Shares, shareCalls } from './shares.js';

type Query = NonNullable<operations['listPermissionSetResources']['parameters']['query']>;

export interface ListResourcesParams {
  /** Page size, 1 to 1000 (default 1000, the most the service allows). */
  limit?: number;
  /** Start at this page (from 1). */
  pageNum?: number;
  order?: Query['order'];
  orderDir?: Query['order_dir'];
}

export interface ResourceFields {
  name: string;
  description?: string;
}

const MAX_RESOURCE_PAGE = 1000;
const RESOURCES = '/permission_sets/{id}/resources';
const RESOURCE = '/permission_sets/{id}/resources/{name}';
const description = optional(text(0, 10_000));
const listParams: Check = shape({
  limit: optional(integer(1, MAX_RESOURCE_PAGE)),
  pageNum: optional(integer()),
  order: optional(oneOf('name', 'id', 'updated_at', 'created_at')),
  orderDir: optional(oneOf('asc', 'desc')),
});
const createFields: Check = shape({ name: resourceName, description });
const updateFields: Check = shape({ description });

export class Resources {
  readonly #call: Call;
  readonly #id: number;

  constructor(call: Call, permissionSetId: number) {
    this.#call = call;
    this.#id = permissionSetId;
  }

  /** Every resource from `pageNum` on, as a Paginator. Throws a CivisValidationError at once. */
  list(params: ListResourcesParams = {}, options: ListOptions = {}): Paginator<PermissionSetResource> {
    listParams(params, '');
    const { limit = MAX_RESOURCE_PAGE, order, orderDir } = params;
    const query = { limit, order, order_dir: orderDir };
    return paginate(this.#call, RESOURCES, { path: { id: this.#id }, query }, params.pageNum, options);
  }

  async get(name: string, options?: RequestOptions): Promise<PermissionSetResource> {
    resourceName(name, 'name');
    return send(this.#call, 'GET', RESOURCE, { path: { id: this.#id, name } }, options);
  }

  async create(fields: ResourceFields, options?: RequestOptions): Promise<PermissionSetResource> {
    createFields(fields, '');
    return send(this.#call, 'POST', RESOURCES, { path: { id: this.#id }, body: fields }, options);
  }

  /** PATCH: never retried, as the service does not promise idempotence. */
  async update(
    name: string,
    fields: Omit<ResourceFields, 'name'>,
    options?: RequestOptions,
  ): Promise<PermissionSetResource> {
    resourceName(name, 'name');
    updateFields(fields, '');
    return send(this.#call, 'PATCH', RESOURCE, { path: { id: this.#id, name }, body: fields }, options);
  }

  /** Deletes the resource and every share on it. */
  async delete(name: string, options?: RequestOptions): Promise<void> {
    resourceName(name, 'name');
    return send(this.#call, 'DELETE', RESOURCE, { path: { id: this.#id, name } }, options);
  }

  /** Who this resource is shared with, and helpers to change it. */
  shares(name: string): Shares {
    resourceName(name, 'name');
    return new Shares(shareCalls(this.#call, `${RESOURCE}/shares`, { id: this.#id, name }));
  }
}
