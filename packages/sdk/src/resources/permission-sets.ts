// civis.permissionSets: camelCase methods over the spec's operations, each with its input checks.
import type { Dependency, operations, PermissionSet, TransferResult, UserPermission } from '@civis-ts/client';
import type { ListOptions, Paginator } from '../paginator.js';
import type { RequestOptions } from '../transport.js';
import { boolean, type Check, id, integer, list, oneOf, optional, shape, text } from '../validate.js';
import type { Call } from './call.js';
import { Resources } from './resources.js';
import { paginate, send } from './send.js';
import { Shares, shareCalls } from './shares.js';

type Query<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;

export interface ListPermissionSetsParams {
  /** Active (the default), archived, or `'all'`. */
  archived?: boolean | 'all';
  /** Only those authored by these user ids. */
  author?: number | number[];
  /** Page size, 1 to 50 (default 50, the most the service allows). */
  limit?: number;
  /** Start at this page (from 1). */
  pageNum?: number;
  order?: Query<'listPermissionSets'>['order'];
  orderDir?: Query<'listPermissionSets'>['order_dir'];
}

export interface PermissionSetFields {
  name: string;
  description?: string;
}

export interface TransferParams {
  userId: number;
  includeDependencies: boolean;
  emailBody?: string;
  sendEmail?: boolean;
}

const MAX_PERMISSION_SET_PAGE = 50;
const SET = '/permission_sets/{id}';
const name = text(1, 255);
const description = optional(text(0, 10_000));

const authorIds = list(id);
const listParams: Check = shape({
  archived: optional(oneOf(true, false, 'all')),
  author: optional((value, field) => (Array.isArray(value) ? authorIds : id)(value, field)),
  limit: optional(integer(1, MAX_PERMISSION_SET_PAGE)),
  pageNum: optional(id),
  order: optional(oneOf('updated_at', 'name', 'created_at')),
  orderDir: optional(oneOf('asc', 'desc')),
});
const createFields: Check = shape({ name, description });
const updateFields: Check = shape({ name: optional(name), description });
const dependencyParams: Check = shape({ userId: optional(id) });
const transferParams: Check = shape({
  userId: id,
  includeDependencies: boolean,
  emailBody: optional(text(0, 10_000)),
  sendEmail: optional(boolean),
});

export class PermissionSets {
  readonly #call: Call;

  constructor(call: Call) {
    this.#call = call;
  }

  /** Every permission set from `pageNum` on, as a Paginator. Throws a CivisValidationError at once. */
  list(params: ListPermissionSetsParams = {}, options: ListOptions = {}): Paginator<PermissionSet> {
    listParams(params, '');
    const { archived, author, limit = MAX_PERMISSION_SET_PAGE, order, orderDir } = params;
    // `author` as the service takes a list: comma-separated ids.
    const query = {
      archived: archived === undefined ? undefined : (`${archived}` as const),
      author: author?.toString(),
      limit,
      order,
      order_dir: orderDir,
    };
    return paginate(this.#call, '/permission_sets', { query }, params.pageNum, options);
  }

  async get(permissionSetId: number, options?: RequestOptions): Promise<PermissionSet> {
    id(permissionSetId, 'id');
    return send(this.#call, 'GET', SET, { path: { id: permissionSetId } }, options);
  }

  async create(fields: PermissionSetFields, options?: RequestOptions): Promise<PermissionSet> {
    createFields(fields, '');
    return send(this.#call, 'POST', '/permission_sets', { body: fields }, options);
  }

  /** PUT: every attribute is set; a `description` left out becomes null. */
  async replace(
    permissionSetId: number,
    fields: PermissionSetFields,
    options?: RequestOptions,
  ): Promise<PermissionSet> {
    id(permissionSetId, 'id');
    createFields(fields, '');
    return send(this.#call, 'PUT', SET, { path: { id: permissionSetId }, body: fields }, options);
  }

  /** PATCH: only the attributes given change. Never retried, as the service does not promise idempotence. */
  async update(
    permissionSetId: number,
    fields: Partial<PermissionSetFields>,
    options?: RequestOptions,
  ): Promise<PermissionSet> {
    id(permissionSetId, 'id');
    updateFields(fields, '');
    return send(this.#call, 'PATCH', SET, { path: { id: permissionSetId }, body: fields }, options);
  }

  archive(permissionSetId: number, options?: RequestOptions): Promise<PermissionSet> {
    return this.#archive(permissionSetId, true, options);
  }

  unarchive(permissionSetId: number, options?: RequestOptions): Promise<PermissionSet> {
    return this.#archive(permissionSetId, false, options);
  }

  async #archive(permissionSetId: number, status: boolean, options?: RequestOptions): Promise<PermissionSet> {
    id(permissionSetId, 'id');
    const input = { path: { id: permissionSetId }, body: { status } };
    return send(this.#call, 'PUT', `${SET}/archive`, input, options);
  }

  /** The objects this permission set depends on; with `userId`, that user's level on each. */
  async dependencies(
    permissionSetId: number,
    params: { userId?: number } = {},
    options?: RequestOptions,
  ): Promise<Dependency[]> {
    id(permissionSetId, 'id');
    dependencyParams(params, '');
    const query = { user_id: params.userId };
    return send(this.#call, 'GET', `${SET}/dependencies`, { path: { id: permissionSetId }, query }, options);
  }

  /** Gives ownership to another user. */
  async transfer(
    permissionSetId: number,
    params: TransferParams,
    options?: RequestOptions,
  ): Promise<TransferResult> {
    id(permissionSetId, 'id');
    transferParams(params, '');
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
    id(permissionSetId, 'id');
    id(userId, 'userId');
    const path = { id: permissionSetId, user_id: userId };
    return send(this.#call, 'GET', `${SET}/users/{user_id}/permissions`, { path }, options);
  }

  /** Who the permission set is shared with, and helpers to change it. */
  shares(permissionSetId: number): Shares {
    id(permissionSetId, 'id');
    return new Shares(shareCalls(this.#call, `${SET}/shares`, { id: permissionSetId }));
  }

  /** The named resources inside a permission set. */
  resources(permissionSetId: number): Resources {
    id(permissionSetId, 'id');
    return new Resources(this.#call, permissionSetId);
  }
}
