// civis.permissionSets: camelCase methods over the spec's operations, each with its input checks.
import type { Dependency, operations, PermissionSet, TransferResult, UserPermission } from '@civis-ts/client';
import * as spec from '../generated/constraints.js';
import type { ListOptions, Paginator } from '../paginator.js';
import type { RequestOptions } from '../transport.js';
import {
  boolean,
  type Check,
  emailBody,
  id,
  integer,
  list,
  oneOf,
  optional,
  shape,
  text,
} from '../validate.js';
import type { Call } from './call.js';
import { Resources } from './resources.js';
import { paginate, send } from './send.js';
import { Shares } from './shares.js';

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

const SET = '/permission_sets/{id}';
// Not the spec's default page size: listing everything takes the fewest requests at its maximum.
const PAGE_SIZE = spec.listPermissionSets_limit_maximum;

const authorIds = list(id);
const listParams: Check = shape({
  // The spec's 'true' | 'false' | 'all', which the SDK takes as booleans, or 'all'.
  archived: optional(
    oneOf(
      ...spec.listPermissionSets_archived_enum.map((v) => (v === 'true' ? true : v === 'false' ? false : v)),
    ),
  ),
  // One id or a list of ids, which the SDK writes as the spec's comma-separated list (its `pattern`).
  author: optional((value, field) => (Array.isArray(value) ? authorIds : id)(value, field)),
  limit: optional(integer(spec.listPermissionSets_limit_minimum, spec.listPermissionSets_limit_maximum)),
  pageNum: optional(integer(spec.listPermissionSets_page_num_minimum)),
  order: optional(oneOf(...spec.listPermissionSets_order_enum)),
  orderDir: optional(oneOf(...spec.listPermissionSets_order_dir_enum)),
});
// A description has no minLength in the spec: it may be empty.
const createFields: Check = shape({
  name: text(spec.PermissionSetCreate_name_minLength, spec.PermissionSetCreate_name_maxLength),
  description: optional(text(0, spec.PermissionSetCreate_description_maxLength)),
});
const replaceFields: Check = shape({
  name: text(spec.PermissionSetReplace_name_minLength, spec.PermissionSetReplace_name_maxLength),
  description: optional(text(0, spec.PermissionSetReplace_description_maxLength)),
});
const updateFields: Check = shape({
  name: optional(text(spec.PermissionSetUpdate_name_minLength, spec.PermissionSetUpdate_name_maxLength)),
  description: optional(text(0, spec.PermissionSetUpdate_description_maxLength)),
});
const dependencyParams: Check = shape({
  userId: optional(integer(spec.listPermissionSetDependencies_user_id_minimum)),
});
const transferParams: Check = shape({
  userId: integer(spec.TransferRequest_userId_minimum),
  includeDependencies: boolean,
  emailBody: optional(emailBody),
  sendEmail: optional(boolean),
});
const userPathId = integer(spec.path_user_id_minimum);

export class PermissionSets {
  readonly #call: Call;

  constructor(call: Call) {
    this.#call = call;
  }

  /** Every permission set from `pageNum` on, as a Paginator. Throws a CivisValidationError at once. */
  list(params: ListPermissionSetsParams = {}, options: ListOptions = {}): Paginator<PermissionSet> {
    listParams(params, '');
    const { archived, author, limit = PAGE_SIZE, order, orderDir } = params;
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
    replaceFields(fields, '');
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
    userPathId(userId, 'userId');
    const path = { id: permissionSetId, user_id: userId };
    return send(this.#call, 'GET', `${SET}/users/{user_id}/permissions`, { path }, options);
  }

  /** Who the permission set is shared with, and helpers to change it. */
  shares(permissionSetId: number): Shares {
    id(permissionSetId, 'id');
    return new Shares(this.#call, `${SET}/shares`, { id: permissionSetId });
  }

  /** The named resources inside a permission set. */
  resources(permissionSetId: number): Resources {
    id(permissionSetId, 'id');
    return new Resources(this.#call, permissionSetId);
  }
}
