// One share helper for permission sets and resources alike: each hands it its own five calls.
import type { PermissionLevel, ShareIndex, ShareWithUsersRequest } from '@civis-ts/client';
import { CivisError, CivisValidationError } from '../errors.js';
import * as spec from '../generated/constraints.js';
import {
  type DesiredShares,
  keepsManager,
  planShareSync,
  type Share,
  type ShareKind,
  type SyncStep,
} from '../share-plan.js';
import type { RequestOptions } from '../transport.js';
import { boolean, type Check, emailBody, idMap, integer, list, oneOf, optional, shape } from '../validate.js';
import type { Call } from './call.js';
import { send } from './send.js';

type ShareBody = Pick<ShareWithUsersRequest, 'permissionLevel' | 'shareEmailBody' | 'sendSharedEmail'>;

/** The calls a shared object offers; the share helper is built over them. */
export interface ShareCalls {
  list(options?: RequestOptions): Promise<ShareIndex>;
  putUsers(body: ShareBody & { userIds: number[] }, options?: RequestOptions): Promise<ShareIndex>;
  putGroups(body: ShareBody & { groupIds: number[] }, options?: RequestOptions): Promise<ShareIndex>;
  deleteUser(userId: number, options?: RequestOptions): Promise<void>;
  deleteGroup(groupId: number, options?: RequestOptions): Promise<void>;
}

/** The five share calls under `base`, the `…/shares` path of a permission set or of a resource. */
export function shareCalls(
  call: Call,
  base: '/permission_sets/{id}/shares' | '/permission_sets/{id}/resources/{name}/shares',
  path: { id: number; name?: string },
): ShareCalls {
  return {
    list: (options) => send(call, 'GET', base, { path }, options),
    putUsers: (body, options) => send(call, 'PUT', `${base}/users`, { path, body }, options),
    putGroups: (body, options) => send(call, 'PUT', `${base}/groups`, { path, body }, options),
    deleteUser: (userId, options) =>
      send(call, 'DELETE', `${base}/users/{user_id}`, { path: { ...path, user_id: userId } }, options),
    deleteGroup: (groupId, options) =>
      send(call, 'DELETE', `${base}/groups/{group_id}`, { path: { ...path, group_id: groupId } }, options),
  };
}

export interface ShareTargets {
  users?: number[];
  groups?: number[];
}

export interface GrantOptions extends RequestOptions {
  /** E-mail the people shared with (the service's `sendSharedEmail`). */
  notify?: boolean;
  /** The e-mail's body text (the service's `shareEmailBody`). */
  message?: string;
}

export interface SyncOptions extends RequestOptions {
  /** Plan only: return the steps without sending any change. */
  dryRun?: boolean;
}

/** `sync` refused a plan that would leave nobody with manage; nothing was changed. */
export class SyncRefusedError extends CivisError {
  override name = 'SyncRefusedError';
  constructor(readonly plan: SyncStep[]) {
    super('Refusing to sync shares: the result would leave nobody with manage permission');
  }
}

/** A step of `sync` failed: `applied` were made, `failed` and `pending` were not. The cause is the error. */
export class SyncError extends CivisError {
  override name = 'SyncError';
  constructor(
    readonly applied: SyncStep[],
    readonly failed: SyncStep,
    readonly pending: SyncStep[],
    cause: unknown,
  ) {
    super(`Share sync stopped after ${applied.length} of ${applied.length + 1 + pending.length} steps`, {
      cause,
    });
  }
}

// Ids as the spec bounds those sent (`userIds`, `groupIds`) and those revoked (path `user_id`,
// `group_id`) alike. The lists may be empty, unlike the spec's (minItems 1): a kind with nobody in it
// makes no call, and `grant` refuses to name nobody at all.
const targets: Check = shape({
  users: optional(list(integer(spec.ShareWithUsersRequest_userIds_items_minimum))),
  groups: optional(list(integer(spec.ShareWithGroupsRequest_groupIds_items_minimum))),
});
const level = oneOf(...spec.ShareWithUsersRequest_permissionLevel_enum);
const grantOptions = { notify: optional(boolean), message: optional(emailBody) };
const desiredShares: Check = shape({ users: optional(idMap(level)), groups: optional(idMap(level)) });

function flatten(index: ShareIndex): Share[] {
  const shares: Share[] = [];
  const add = (level: PermissionLevel, entries: ShareIndex['readers']) => {
    for (const user of entries.users) shares.push({ kind: 'user', id: user.id, name: user.name, level });
    for (const group of entries.groups) shares.push({ kind: 'group', id: group.id, name: group.name, level });
  };
  add('manage', index.owners);
  add('write', index.writers);
  add('read', index.readers);
  // One entry per user or group, at the highest level it holds.
  const seen = new Set<string>();
  return shares.filter((share) => {
    const key = share.kind + share.id;
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}

export class Shares {
  readonly #calls: ShareCalls;

  constructor(calls: ShareCalls) {
    this.#calls = calls;
  }

  /** Everyone the object is shared with, one entry per user or group, at the level they hold. */
  async list(options?: RequestOptions): Promise<Share[]> {
    return flatten(await this.#calls.list(options));
  }

  /** Shares with these users and groups at `level` (one call per kind); returns the shares after. */
  async grant(
    to: ShareTargets,
    permissionLevel: PermissionLevel,
    options: GrantOptions = {},
  ): Promise<Share[]> {
    targets(to, '');
    level(permissionLevel, 'level');
    grantOptions.notify(options.notify, 'notify');
    grantOptions.message(options.message, 'message');
    const users = to.users ?? [];
    const groups = to.groups ?? [];
    if (users.length + groups.length === 0)
      throw new CivisValidationError('users', 'or groups must name someone');
    const body = { permissionLevel, sendSharedEmail: options.notify, shareEmailBody: options.message };
    let index: ShareIndex | undefined;
    if (users.length > 0) index = await this.#put('user', users, body, options);
    if (groups.length > 0) index = await this.#put('group', groups, body, options);
    return flatten(index as ShareIndex);
  }

  /** Removes the shares of these users and groups, one call each. */
  async revoke(from: ShareTargets, options?: RequestOptions): Promise<void> {
    targets(from, '');
    for (const userId of from.users ?? []) await this.#remove('user', userId, options);
    for (const groupId of from.groups ?? []) await this.#remove('group', groupId, options);
  }

  /**
   * Makes the shares of the kinds given equal to `desired` with the fewest calls, and returns the plan
   * applied (or, with `dryRun`, the plan it would apply). Refuses, sending nothing, a result with nobody
   * holding manage; on a failed step throws a SyncError saying which steps were applied.
   */
  async sync(desired: DesiredShares, options: SyncOptions = {}): Promise<SyncStep[]> {
    desiredShares(desired, '');
    const current = await this.list(options);
    const plan = planShareSync(current, desired);
    if (plan.length > 0 && !keepsManager(current, desired)) throw new SyncRefusedError(plan);
    if (options.dryRun) return plan;
    for (let i = 0; i < plan.length; i++) {
      const step = plan[i] as SyncStep;
      try {
        await (step.action === 'revoke'
          ? this.#remove(step.kind, step.id, options)
          : this.#put(step.kind, step.ids, { permissionLevel: step.level }, options));
      } catch (error) {
        throw new SyncError(plan.slice(0, i), step, plan.slice(i + 1), error);
      }
    }
    return plan;
  }

  #put(kind: ShareKind, ids: number[], body: ShareBody, options?: RequestOptions): Promise<ShareIndex> {
    return kind === 'user'
      ? this.#calls.putUsers({ ...body, userIds: ids }, options)
      : this.#calls.putGroups({ ...body, groupIds: ids }, options);
  }

  #remove(kind: ShareKind, shareId: number, options?: RequestOptions): Promise<void> {
    return kind === 'user'
      ? this.#calls.deleteUser(shareId, options)
      : this.#calls.deleteGroup(shareId, options);
  }
}
