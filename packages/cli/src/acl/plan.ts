// `plan`: the changes that would make the API match the file, each with its reason, worked out from the
// state read now (read-only). Share changes are the SDK's `planShareSync`; `apply` makes them with the
// SDK's `syncShares`, which plans again from the live state. Every problem that would stop `apply` halfway
// (an ambiguous name, an unknown user or group, an object left without a manager) is found here,
// before any change. A set the file gives an id is matched by it (so two sets may share a name);
// one without, by name among the active sets. What the API has and the file does not is left as is,
// and the plan says so.
import { type Civis, NotFoundError, type PermissionSet, type Share, type ShareKind } from '@civis-ts/sdk';
import { type DesiredShares, keepsManager, planShareSync } from '@civis-ts/sdk/sync';
import { CliError } from '../errors.js';
import type { Level, Wanted, WantedSet } from './file.js';
import { matchSets } from './match.js';
import { allSets, isArchived, readAll, readSet, type SetState } from './state.js';

export type Change =
  | { action: 'create'; reason: string }
  | { action: 'update'; field: 'name' | 'description'; from: string | null; to: string; reason: string }
  | { action: 'update'; field: 'archived'; from: boolean; to: boolean; reason: string }
  /** `from`: the level held now, when the grant changes it. */
  | { action: 'grant'; kind: ShareKind; id: number; level: Level; from?: Level; reason: string }
  | { action: 'revoke'; kind: ShareKind; id: number; reason: string };

/** One permission set or resource: what it is now, what the file wants, and the changes between. */
export interface ObjectPlan {
  set: string;
  resource?: string;
  /** The set's id, when it exists. */
  setId?: number;
  exists: boolean;
  wanted: Wanted;
  /** The set's author, who keeps manage whatever the file says (the API refuses to revoke an owner). */
  ownerId?: number;
  changes: Change[];
  notes: string[];
}

export interface Plan {
  objects: ObjectPlan[];
  count: { create: number; update: number; grant: number; revoke: number };
  /** Groups the plan could not confirm with a read (see checkGroups). */
  unverifiedGroups: number[];
  /** The existing set the users and groups are checked on. */
  probeSetId?: number;
  /** The sets the API has and the file does not name: left as they are. */
  untouched: { id: number; name: string; archived: boolean }[];
}

/**
 * A resource's owner: the first user holding manage, as the service lists the owner first among the
 * owners. (A set's owner is its author.)
 */
export function ownerOf(shares: readonly Share[] | undefined): number | undefined {
  return shares?.find((share) => share.kind === 'user' && share.level === 'manage')?.id;
}

/** The shares wanted, with the owner kept at manage (the API will not revoke an owner). */
export function withOwner(desired: DesiredShares, ownerId: number | undefined): DesiredShares {
  if (ownerId === undefined || desired.users === undefined || desired.users[ownerId] === 'manage')
    return desired;
  return { ...desired, users: { ...desired.users, [ownerId]: 'manage' } };
}

function shareChanges(current: readonly Share[], desired: DesiredShares): Change[] {
  const now = new Map(current.map((share) => [`${share.kind}${share.id}`, share.level]));
  return planShareSync(current, desired).flatMap((step): Change[] => {
    if (step.action === 'revoke') {
      const had = now.get(`${step.kind}${step.id}`);
      return [{ ...step, reason: `holds ${had}; not in the file` }];
    }
    return step.ids.map((id) => {
      const had = now.get(`${step.kind}${id}`);
      const change: Change = {
        action: 'grant',
        kind: step.kind,
        id,
        level: step.level,
        reason: had ? `holds ${had} now` : 'not shared now',
      };
      if (had) change.from = had;
      return change;
    });
  });
}

function planObject(
  target: Omit<ObjectPlan, 'changes' | 'notes'>,
  current: Share[] | undefined,
  now: { name?: string; description?: string | null; archived?: boolean } | undefined,
  createReason: string,
): ObjectPlan {
  const { wanted, ownerId } = target;
  const plan: ObjectPlan = { ...target, changes: [], notes: [] };
  if (!target.exists) plan.changes.push({ action: 'create', reason: createReason });
  else {
    if (now?.name !== undefined && wanted.name !== now.name) {
      plan.changes.push({
        action: 'update',
        field: 'name',
        from: now.name,
        to: wanted.name,
        reason: 'the name differs',
      });
    }
    if (wanted.description !== undefined && wanted.description !== now?.description) {
      plan.changes.push({
        action: 'update',
        field: 'description',
        from: now?.description ?? null,
        to: wanted.description,
        reason: 'the description differs',
      });
    }
  }
  const archived = (wanted as WantedSet).archived;
  if (archived !== undefined && archived !== (now?.archived ?? false)) {
    plan.changes.push({
      action: 'update',
      field: 'archived',
      from: !archived,
      to: archived,
      reason: archived ? 'the file says archived: true' : 'archived now; the file says archived: false',
    });
  }
  if (wanted.shares) {
    plan.changes.push(...shareChanges(current ?? [], withOwner(wanted.shares, ownerId)));
    if (ownerId !== undefined && wanted.shares.users && wanted.shares.users[ownerId] !== 'manage') {
      plan.notes.push(`user ${ownerId} keeps manage as the owner (the API does not revoke an owner)`);
    }
    if (!target.exists) plan.notes.push('you become its owner, with manage');
  }
  return plan;
}

/** The user and group ids the file names that no share read so far names. */
function unseen(wanted: WantedSet[], read: SetState[]): Record<ShareKind, Set<number>> {
  const named = { user: new Set<number>(), group: new Set<number>() };
  for (const object of wanted.flatMap((set) => [set, ...set.resources])) {
    for (const id of Object.keys(object.shares?.users ?? {})) named.user.add(Number(id));
    for (const id of Object.keys(object.shares?.groups ?? {})) named.group.add(Number(id));
  }
  for (const state of read) {
    for (const share of [state.shares, ...[...state.resources.values()].map((r) => r.shares ?? [])].flat()) {
      named[share.kind].delete(share.id);
    }
  }
  return named;
}

/** The users the API does not know: its permissions endpoint answers 404 for them (read-only). */
async function unknownUsers(
  civis: Civis,
  ids: Set<number>,
  probe: PermissionSet | undefined,
): Promise<string[]> {
  const unknown: string[] = [];
  for (const id of ids) {
    if (!probe) break;
    try {
      await civis.permissionSets.userPermissions(probe.id, id);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      unknown.push(`user ${id} is unknown to the API`);
    }
  }
  return unknown;
}

/**
 * Groups no share names cannot be looked up read-only (the API has no group operation): `apply` checks
 * them before its first change by revoking each from a set where it holds no share, which changes
 * nothing for a group that exists and is answered 404 for one that does not.
 */
export async function checkGroups(civis: Civis, plan: Plan): Promise<void> {
  const unknown: string[] = [];
  for (const id of plan.unverifiedGroups) {
    try {
      await civis.permissionSets.shares(plan.probeSetId as number).revoke({ groups: [id] });
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      unknown.push(`group ${id} is unknown to the API`);
    }
  }
  if (unknown.length > 0)
    throw new CliError(`the file cannot be applied; nothing was changed:\n  ${unknown.join('\n  ')}`);
}

export async function makePlan(civis: Civis, wanted: WantedSet[], file: string): Promise<Plan> {
  const sets = await allSets(civis);
  const problems: string[] = [];
  const objects: ObjectPlan[] = [];
  const read: SetState[] = [];
  const matches = matchSets(wanted, sets, problems);
  const states = await readAll(wanted, async (set, i) => {
    const match = matches[i];
    const names = new Set(set.resources.map((r) => r.name));
    return match ? await readSet(civis, match, (name) => names.has(name)) : undefined;
  });
  for (const [i, set] of wanted.entries()) {
    if (matches[i] === null) continue;
    const names = new Set(set.resources.map((r) => r.name));
    const state = states[i];
    if (state) read.push(state);
    const setPlan = planObject(
      {
        set: set.name,
        setId: state?.set.id,
        exists: state !== undefined,
        wanted: set,
        ownerId: state?.set.author.id,
      },
      state?.shares,
      state && {
        name: state.set.name,
        description: state.set.description,
        archived: isArchived(state.set),
      },
      `no active permission set is named ${JSON.stringify(set.name)}`,
    );
    const others = state ? [...state.resources.keys()].filter((name) => !names.has(name)).length : 0;
    if (others > 0)
      setPlan.notes.push(
        `${others} resource${others === 1 ? '' : 's'} of it not in the file ${others === 1 ? 'is' : 'are'} left as ${others === 1 ? 'it is' : 'they are'}`,
      );
    objects.push(setPlan);
    for (const resource of set.resources) {
      const now = state?.resources.get(resource.name);
      const plan = planObject(
        {
          set: set.name,
          resource: resource.name,
          setId: state?.set.id,
          exists: now !== undefined,
          wanted: resource,
          ownerId: ownerOf(now?.shares),
        },
        now?.shares,
        now && { description: now.resource.description },
        state ? `permission set #${state.set.id} has no resource of this name` : 'its permission set is new',
      );
      // `sync` refuses to leave an object without a manager: found now, before any change.
      if (
        now &&
        resource.shares &&
        !keepsManager(now.shares ?? [], withOwner(resource.shares, plan.ownerId))
      ) {
        problems.push(
          `resource ${JSON.stringify(resource.name)} of ${JSON.stringify(set.name)}: nobody would hold manage; give someone manage`,
        );
      }
      objects.push(plan);
    }
  }
  // A set whose shares were read, where no unseen id holds a share: the probe of users and groups.
  let probe = read[0]?.set;
  const named = unseen(wanted, read);
  if (!probe && (named.user.size > 0 || named.group.size > 0)) {
    probe = sets.find((set) => !isArchived(set));
    if (probe)
      read.push({
        set: probe,
        shares: await civis.permissionSets.shares(probe.id).list(),
        resources: new Map(),
      });
  }
  const left = unseen(wanted, read);
  problems.push(...(await unknownUsers(civis, left.user, probe)));
  if (problems.length > 0) {
    throw new CliError(`${file} cannot be applied; nothing was changed:\n  ${problems.join('\n  ')}`);
  }
  const count = { create: 0, update: 0, grant: 0, revoke: 0 };
  for (const change of objects.flatMap((o) => o.changes)) count[change.action] += 1;
  const unverifiedGroups = probe ? [...left.group] : [];
  const inFile = new Set(matches.flatMap((m) => (m ? [m.id] : [])));
  const untouched = sets
    .filter((set) => !inFile.has(set.id))
    .map((set) => ({ id: set.id, name: set.name, archived: isArchived(set) }));
  return { objects, count, unverifiedGroups, probeSetId: probe?.id, untouched };
}

export const pending = (plan: Plan) => Object.values(plan.count).some((n) => n > 0);
