// civis.permissionSets.resources(id): the named resources inside one permission set. Names travel as
// one percent-encoded path segment (call.ts encodes each path parameter with encodeURIComponent).
import type { operations, PermissionSetResource } from '@civis-ts/client';
import * as spec from '../generated/constraints.js';
import type { ListOptions, Paginator } from '../paginator.js';
import type { RequestOptions } from '../transport.js';
import { type Check, integer, oneOf, optional, resourceName, shape, text } from '../validate.js';
import type { Call } from './call.js';
import { paginate, send } from './send.js';
import { Shares } from './shares.js';

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

const RESOURCES = '/permission_sets/{id}/resources';
const RESOURCE = '/permission_sets/{id}/resources/{name}';
// Not the spec's default page size: listing everything takes the fewest requests at its maximum.
const PAGE_SIZE = spec.listPermissionSetResources_limit_maximum;
const listParams: Check = shape({
  limit: optional(
    integer(spec.listPermissionSetResources_limit_minimum, spec.listPermissionSetResources_limit_maximum),
  ),
  pageNum: optional(integer(spec.listPermissionSetResources_page_num_minimum)),
  order: optional(oneOf(...spec.listPermissionSetResources_order_enum)),
  orderDir: optional(oneOf(...spec.listPermissionSetResources_order_dir_enum)),
});
// The name of a new resource is a path segment from then on: refused as `.` or `..` now.
const createFields: Check = shape({
  name: text(spec.ResourceCreate_name_minLength, spec.ResourceCreate_name_maxLength, true),
  description: optional(text(0, spec.ResourceCreate_description_maxLength)),
});
const updateFields: Check = shape({
  description: optional(text(0, spec.ResourceUpdate_description_maxLength)),
});

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
    const { limit = PAGE_SIZE, order, orderDir } = params;
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
    return new Shares(this.#call, `${RESOURCE}/shares`, { id: this.#id, name });
  }
}
