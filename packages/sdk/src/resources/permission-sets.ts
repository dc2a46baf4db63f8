// civis.permissionSets: camelCase methods over the spec's operations, each with its input checks.
import type {
  Dependency,
  PermissionSet,
  PermissionSetCreate,
  PermissionSetReplace,
  PermissionSetUpdate,
  TransferRequest,
  TransferResult,
  UserPermission,
} from '@civis-ts/client';
import type { ListOptions, Paginator } from '../core/paginator.js';
import type { RequestOptions } from '../core/request-options.js';
import type { ListPermissionSetDependenciesQuery, ListPermissionSetsQuery } from '../generated/queries.js';
import * as spec from '../generated/rules.js';
import type { Call } from '../internal/call.js';
import { paginate, send } from '../internal/send.js';
import { check, emailBody, id, withProperties } from '../internal/validate.js';
import { Resources } from './resources.js';
import { Shares } from './shares.js';

/** The spec's query (generated/queries.ts), with `archived` and `author` in friendlier shapes. */
export interface ListPermissionSetsParams extends Omit<ListPermissionSetsQuery, 'archived' | 'author'> {
  /** Active (the default), archived, or `'all'`. */
  archived?: boolean | 'all';
  /** Only those authored by these user ids. */
  author?: number | number[];
}

/** A new permission set's fields: the spec's PermissionSetCreate. */
export type PermissionSetFields = PermissionSetCreate;
export type TransferParams = TransferRequest;
export type DependencyParams = ListPermissionSetDependenciesQuery;

const SET = '/permission_sets/{id}';

const listParams = withProperties(spec.listPermissionSets, {
  // The spec's 'true' | 'false' | 'all', which the SDK takes as booleans, or 'all'.
  archived: {
    enum: spec.listPermissionSets.properties.archived.enum.map((v) => (v === 'all' ? v : v === 'true')),
  },
  // One id or a list of ids, which the SDK writes as the spec's comma-separated list (its `pattern`).
  author: (value, field) =>
    check(Array.isArray(value) ? { type: 'array', items: spec.path_id } : spec.path_id, value, field),
});
const transferRule = withProperties(spec.TransferRequest, { emailBody });

export class PermissionSets {
  readonly #call: Call;

  constructor(call: Call) {
    this.#call = call;
  }

  /** Every permission set from `pageNum` on, as a Paginator. Throws a CivisValidationError at once. */
  list(params: ListPermissionSetsParams = {}, options: ListOptions = {}): Paginator<PermissionSet> {
    // `archived` and `author` go out as the spec writes them (`true`, the ids as `1,2`): urlOf writes
    // every value as its text.
    return paginate(this.#call, '/permission_sets', { query: params as object }, options, listParams);
  }

  async get(permissionSetId: number, options?: RequestOptions): Promise<PermissionSet> {
    id(permissionSetId);
    return send(this.#call, 'GET', SET, { path: { id: permissionSetId } }, options);
  }

  async create(fields: PermissionSetCreate, options?: RequestOptions): Promise<PermissionSet> {
    check(spec.PermissionSetCreate, fields, '');
    return send(this.#call, 'POST', '/permission_sets', { body: fields }, options);
  }

  /** PUT: every attribute is set; a `description` left out becomes null. */
  async replace(
    permissionSetId: number,
    fields: PermissionSetReplace,
    options?: RequestOptions,
  ): Promise<PermissionSet> {
    id(permissionSetId);
    check(spec.PermissionSetReplace, fields, '');
    return send(this.#call, 'PUT', SET, { path: { id: permissionSetId }, body: fields }, options);
  }

  /** PATCH: only the attributes given change. Never retried, as the service does not promise idempotence. */
  async update(
    permissionSetId: number,
    fields: PermissionSetUpdate,
    options?: RequestOptions,
  ): Promise<PermissionSet> {
    id(permissionSetId);
    check(spec.PermissionSetUpdate, fields, '');
    return send(this.#call, 'PATCH', SET, { path: { id: permissionSetId }, body: fields }, options);
  }

  async archive(permissionSetId: number, options?: RequestOptions): Promise<PermissionSet> {
    id(permissionSetId);
    return send(
      this.#call,
      'PUT',
      `${SET}/archive`,
      { path: { id: permissionSetId }, body: { status: true } },
      options,
    );
  }

  async unarchive(permissionSetId: number, options?: RequestOptions): Promise<PermissionSet> {
    id(permissionSetId);
    return send(
      this.#call,
      'PUT',
      `${SET}/archive`,
      { path: { id: permissionSetId }, body: { status: false } },
      options,
    );
  }

  /** The objects this permission set depends on; with `userId`, that user's level on each. */
  async dependencies(
    permissionSetId: number,
    params: DependencyParams = {},
    options?: RequestOptions,
  ): Promise<Dependency[]> {
    id(permissionSetId);
    check(spec.listPermissionSetDependencies, params, '');
    return send(
      this.#call,
      'GET',
      `${SET}/dependencies`,
      { path: { id: permissionSetId }, query: params as object },
      options,
    );
  }

  /** Gives ownership to another user. */
  async transfer(
    permissionSetId: number,
    params: TransferRequest,
    options?: RequestOptions,
  ): Promise<TransferResult> {
    id(permissionSetId);
    check(transferRule, params, '');
    return send(
      this.#call,
      'PUT',
      `${SET}/transfer`,
      { path: { id: permissionSetId }, body: params },
      options,
    );
  }

  /** A user's read/write/manage on each resource of the permission set. */
  async userPermissions(
    permissionSetId: number,
    userId: number,
    options?: RequestOptions,
  ): Promise<UserPermission[]> {
    id(permissionSetId);
    check(spec.path_user_id, userId, 'userId');
    return send(
      this.#call,
      'GET',
      `${SET}/users/{user_id}/permissions`,
      { path: { id: permissionSetId, user_id: userId } },
      options,
    );
  }

  /** Who the permission set is shared with, and helpers to change it. */
  shares(permissionSetId: number): Shares {
    id(permissionSetId);
    return new Shares(this.#call, `${SET}/shares`, { id: permissionSetId });
  }

  /** The named resources inside a permission set. */
  resources(permissionSetId: number): Resources {
    id(permissionSetId);
    return new Resources(this.#call, permissionSetId);
  }
}
