// civis.permissionSets.resources(id): the named resources inside one permission set. Names travel as
// one percent-encoded path segment (call.ts encodes each path parameter with encodeURIComponent).
import type { PermissionSetResource, ResourceCreate, ResourceUpdate } from '@civis-ts/client';
import type { ListOptions, Paginator } from '../core/paginator.js';
import type { RequestOptions } from '../core/request-options.js';
import type { ListPermissionSetResourcesQuery } from '../generated/queries.js';
import * as spec from '../generated/rules.js';
import type { Call } from '../internal/call.js';
import { paginate, send } from '../internal/send.js';
import { check, resourceName, withProperties } from '../internal/validate.js';
import { Shares } from './shares.js';

/** The spec's query of listPermissionSetResources (generated/queries.ts). */
export type ListResourcesParams = ListPermissionSetResourcesQuery;
/** A new resource's fields: the spec's ResourceCreate. */
export type ResourceFields = ResourceCreate;

const RESOURCES = '/permission_sets/{id}/resources';
const RESOURCE = '/permission_sets/{id}/resources/{name}';
// The name of a new resource is a path segment from then on: refused as `.` or `..` now.
const createFields = withProperties(spec.ResourceCreate, { name: resourceName });

export class Resources {
  readonly #call: Call;
  readonly #id: number;

  constructor(call: Call, permissionSetId: number) {
    this.#call = call;
    this.#id = permissionSetId;
  }

  /** Every resource from `pageNum` on, as a Paginator. Throws a CivisValidationError at once. */
  list(params: ListResourcesParams = {}, options: ListOptions = {}): Paginator<PermissionSetResource> {
    return paginate(
      this.#call,
      RESOURCES,
      { path: { id: this.#id }, query: params },
      options,
      spec.listPermissionSetResources,
    );
  }

  async get(name: string, options?: RequestOptions): Promise<PermissionSetResource> {
    resourceName(name);
    return send(this.#call, 'GET', RESOURCE, { path: { id: this.#id, name } }, options);
  }

  async create(fields: ResourceCreate, options?: RequestOptions): Promise<PermissionSetResource> {
    check(createFields, fields, '');
    return send(this.#call, 'POST', RESOURCES, { path: { id: this.#id }, body: fields }, options);
  }

  /** PATCH: never retried, as the service does not promise idempotence. */
  async update(
    name: string,
    fields: ResourceUpdate,
    options?: RequestOptions,
  ): Promise<PermissionSetResource> {
    resourceName(name);
    check(spec.ResourceUpdate, fields, '');
    return send(this.#call, 'PATCH', RESOURCE, { path: { id: this.#id, name }, body: fields }, options);
  }

  /** Deletes the resource and every share on it. */
  async delete(name: string, options?: RequestOptions): Promise<void> {
    resourceName(name);
    return send(this.#call, 'DELETE', RESOURCE, { path: { id: this.#id, name } }, options);
  }

  /** Who this resource is shared with, and helpers to change it. */
  shares(name: string): Shares {
    resourceName(name);
    return new Shares(this.#call, `${RESOURCE}/shares`, { id: this.#id, name });
  }
}
