// One share helper for permission sets and resources alike: the five share calls live under the
// `…/shares` path of each, and differ only by kind (`users`/`groups`, `user_id`/`group_id`).
import type { PermissionLevel, ShareIndex, ShareWithUsersRequest } from '@civis-ts/client';
import { LEVELS } from '@civis-ts/spec/facts';
import type { RequestOptions } from '../core/request-options.js';
import * as spec from '../generated/rules.js';
import type { Call } from '../internal/call.js';
import { send } from '../internal/send.js';
import { check, emailBody, fail, type Rule } from '../internal/validate.js';
import { KINDS, type Share } from '../lib/share-plan.js';

/** The `…/shares` path of a permission set or of a resource; the share calls are under it. */
export type SharesPath = '/permission_sets/{id}/shares' | '/permission_sets/{id}/resources/{name}/shares';

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

// Ids as the spec bounds those revoked (path `user_id`, `group_id`) and those sent (`userIds`,
// `groupIds`) alike: one rule, as the spec's are alike, which test/constraints.test.ts holds to the spec
// for each. Read from the path parameter, not the share request: the bundle then carries none of the
// request's rule, which the SDK builds itself. The lists may be empty, unlike the spec's (minItems 1): a
// kind with nobody in it makes no call, and `grant` refuses to name nobody at all.
const ids: Rule = { type: 'array', items: spec.path_user_id };
const targets: Rule = { properties: { users: ids, groups: ids } };
// The spec's permission levels (its generated facts), which `permissionLevel` takes.
const level: Rule = { enum: LEVELS };
// The grant options that go into the request body, checked under their own names.
const sent: Rule = { properties: { notify: { type: 'boolean' }, message: emailBody } };

/**
 * One entry per user or group across every index (the share lists answer an array of them), at the
 * highest level it holds (manage, write, read).
 */
function flatten(indexes: readonly ShareIndex[]): Share[] {
  const shares = new Map<string, Share>();
  for (const [level, holders] of [
    ['manage', 'owners'],
    ['write', 'writers'],
    ['read', 'readers'],
  ] as const) {
    for (const index of indexes) {
      for (const kind of KINDS) {
        for (const { id, name } of index[holders][`${kind}s`]) {
          if (!shares.has(kind + id)) shares.set(kind + id, { kind, id, name, level });
        }
      }
    }
  }
  return [...shares.values()];
}

export class Shares {
  readonly #call: Call;
  readonly #base: SharesPath;
  readonly #path: { id: number; name?: string };

  constructor(call: Call, base: SharesPath, path: { id: number; name?: string }) {
    this.#call = call;
    this.#base = base;
    this.#path = path;
  }

  /**
   * Everyone the object is shared with, one entry per user or group, at the highest level they hold.
   * The service answers an array of share indexes; every index in it is read.
   */
  async list(options?: RequestOptions): Promise<Share[]> {
    return send(this.#call, 'GET', this.#base, { path: this.#path }, options, flatten);
  }

  /** Shares with these users and groups at `level` (one call per kind); returns the shares after. */
  async grant(
    to: ShareTargets,
    permissionLevel: PermissionLevel,
    options: GrantOptions = {},
  ): Promise<Share[]> {
    check(targets, to, '');
    check(level, permissionLevel, 'level');
    check(sent, { notify: options.notify, message: options.message }, '');
    let shares: Share[] | undefined;
    for (const kind of KINDS) {
      const ids = to[`${kind}s`];
      // A PUT of `…/shares/users` or `…/groups`: these ids at this level; answers the shares after.
      if (ids?.length)
        shares = await send(
          this.#call,
          'PUT',
          // Typed as both paths it can be, so that what reads the SDK's calls (the build's deprecation
          // marks, the completeness check) sees both operations.
          `${this.#base}/${kind}s` as `${SharesPath}/${'users' | 'groups'}`,
          {
            path: this.#path,
            body: {
              sendSharedEmail: options.notify,
              shareEmailBody: options.message,
              permissionLevel,
              [`${kind}Ids`]: ids,
            } as unknown as ShareWithUsersRequest,
          },
          options,
          (index) => flatten([index]),
        );
    }
    if (!shares) fail('users', 'or groups must name someone');
    return shares;
  }

  /** Removes the shares of these users and groups, one DELETE of `…/shares/users/{user_id}` (or groups) each. */
  async revoke(from: ShareTargets, options?: RequestOptions): Promise<void> {
    check(targets, from, '');
    for (const kind of KINDS) {
      for (const id of from[`${kind}s`] ?? [])
        await send(
          this.#call,
          'DELETE',
          `${this.#base}/${kind}s/{${kind}_id}` as `${SharesPath}/${'users/{user_id}' | 'groups/{group_id}'}`,
          { path: { ...this.#path, [`${kind}_id`]: id } as { id: number; name: string; user_id: number } },
          options,
        );
    }
  }
}
