// `apply`: makes the plan's changes object by object, reporting each step as it is made. It never does
// what the plan did not show: a set's name is checked again just before its create (and after it, so two
// applies at once leave one set), and the share steps of an existing object are planned again from the
// live state (the SDK's planner) and must be the plan's. When a step fails, when stdout's reader goes
// away, or on Ctrl-C (which cancels the call in flight), it stops and reports each pending change in
// exactly one list, applied or not applied; a rerun completes the work, as it plans from the state then.
import type { Civis, PermissionSet, Shares } from '@civis-ts/sdk';
import { type SyncStep, syncShares } from '@civis-ts/sdk/sync';
import { CliError, EXIT, report } from '../errors.js';
import { type Change, type ObjectPlan, ownerOf, type Plan, withOwner } from './plan.js';
import { notMadeText, stepText, targetName } from './render.js';
import { activeNamed } from './state.js';

export type Count = Plan['count'];

/** Why apply stops before the next step (stdout gone, the API changed): its reason is the report's first line. */
class Stop extends Error {}

const sameMembers = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** Each share change as one id's step, to compare the plan's with the steps sync would make now. */
const stepKeys = (steps: SyncStep[]) =>
  steps.flatMap((s) =>
    s.action === 'grant'
      ? s.ids.map((id) => `grant ${s.kind} ${id} ${s.level}`)
      : [`revoke ${s.kind} ${s.id}`],
  );
const changeKeys = (changes: Change[]) =>
  changes.flatMap((c) =>
    c.action === 'grant'
      ? [`grant ${c.kind} ${c.id} ${c.level}`]
      : c.action === 'revoke'
        ? [`revoke ${c.kind} ${c.id}`]
        : [],
  );
const isShareChange = (c: Change) => c.action === 'grant' || c.action === 'revoke';

export async function applyPlan(
  civis: Civis,
  plan: Plan,
  file: string,
  say: (line: string) => void,
  signal: AbortSignal,
  /** A reason to stop before the next step (stdout's reader went away), or undefined. */
  stopReason: () => string | undefined = () => undefined,
): Promise<Count> {
  const options = { signal };
  const applied: string[] = [];
  const made: Count = { create: 0, update: 0, grant: 0, revoke: 0 };
  const done = (line: string, action: keyof Count, n = 1) => {
    applied.push(line);
    made[action] += n;
    say(`✓ ${line}`);
  };
  // Before each change: a failed write to stdout is reported on a later turn of the event loop.
  const next = async () => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const reason = stopReason();
    if (reason) throw new Stop(reason);
  };
  const setIds = new Map<ObjectPlan, number>();
  /** The set's id: known from the plan, or from its create in this apply. */
  const idOf = (object: ObjectPlan) => {
    const setObject = plan.objects.find((o) => o.set === object.set && o.resource === undefined);
    return object.setId ?? (setObject && setIds.get(setObject));
  };
  let index = 0;
  // The current object's changes not made yet; its share steps once sync has planned them again.
  let pending: Change[] = [];
  let pendingSteps: SyncStep[] = [];
  let current: ObjectPlan | undefined;
  const take = (change: Change) => {
    pending = pending.filter((c) => c !== change);
  };
  try {
    for (; index < plan.objects.length; index++) {
      const object = plan.objects[index] as ObjectPlan;
      current = object;
      pending = [...object.changes];
      pendingSteps = [];
      if (object.changes.length === 0) continue;
      let setId = idOf(object);
      const where = () => targetName({ ...object, setId });
      const { wanted } = object;
      let ownerId = object.ownerId;
      let shares: Shares;
      const create = object.changes.find((c) => c.action === 'create');
      if (object.resource === undefined) {
        if (create) {
          await next();
          const created = await createSet(civis, object, signal);
          setId = created.id;
          setIds.set(object, created.id);
          ownerId = created.author.id;
          take(create);
          done(`created ${where()}`, 'create');
        }
        for (const change of object.changes) {
          if (change.action !== 'update') continue;
          await next();
          if (change.field === 'archived') {
            if (change.to) await civis.permissionSets.archive(setId as number, options);
            else await civis.permissionSets.unarchive(setId as number, options);
          } else await civis.permissionSets.update(setId as number, { [change.field]: change.to }, options);
          take(change);
          const what =
            change.field === 'archived'
              ? `${change.to ? 'archived' : 'unarchived'} ${where()}`
              : `updated the ${change.field} of ${where()}`;
          done(what, 'update');
        }
        shares = civis.permissionSets.shares(setId as number);
      } else {
        const api = civis.permissionSets.resources(setId as number);
        shares = api.shares(object.resource);
        if (create) {
          await next();
          await api.create({ name: wanted.name, description: wanted.description }, options);
          take(create);
          done(`created ${where()}`, 'create');
          ownerId = ownerOf(await shares.list(options));
        }
        for (const change of object.changes) {
          if (change.action !== 'update') continue;
          await next();
          await api.update(object.resource, { description: change.to as string }, options);
          take(change);
          done(`updated the description of ${where()}`, 'update');
        }
      }
      if (!wanted.shares) continue;
      // The steps as the state is now; for an object that existed they must be the ones shown.
      const steps = await syncShares(shares, withOwner(wanted.shares, ownerId), { signal, dryRun: true });
      const shown = pending.filter(isShareChange);
      if (!create && !sameMembers(stepKeys(steps), changeKeys(shown))) {
        throw new Stop(
          `the shares of ${where()} changed since the plan; nothing more was changed (run \`civis-ts plan ${file}\` to see the plan now)`,
        );
      }
      pending = pending.filter((c) => !isShareChange(c));
      pendingSteps = [...steps];
      for (const step of steps) {
        await next();
        const kind = `${step.kind}s` as const;
        if (step.action === 'grant') await shares.grant({ [kind]: step.ids }, step.level, options);
        else await shares.revoke({ [kind]: [step.id] }, options);
        pendingSteps.shift();
        done(`${stepText(step)} on ${where()}`, step.action, step.action === 'grant' ? step.ids.length : 1);
      }
    }
  } catch (error) {
    const here = current && { ...current, setId: idOf(current) };
    const notApplied = [
      ...(here ? pending.map((change) => notMadeText(change, here)) : []),
      ...(here ? pendingSteps.map((step) => `${stepText(step, false)} on ${targetName(here)}`) : []),
      ...plan.objects
        .slice(index + 1)
        .flatMap((object) =>
          object.changes.map((change) => notMadeText(change, { ...object, setId: idOf(object) })),
        ),
    ];
    const stopped = signal.aborted
      ? 'apply interrupted: the call in flight was cancelled, and may or may not have been made'
      : `apply stopped: ${error instanceof Stop ? error.message : report(error, false)}`;
    throw new CliError(
      [
        stopped,
        `Applied ${applied.length} step${applied.length === 1 ? '' : 's'}${applied.length ? ':' : '.'}`,
        ...applied.map((line) => `  ✓ ${line}`),
        `Not applied${notApplied.length ? ':' : ': nothing.'}`,
        ...notApplied.map((line) => `  ✗ ${line}`),
        `Run \`civis-ts apply ${file}\` again to complete it: it plans from the state as it is now.`,
      ].join('\n'),
      signal.aborted ? EXIT.interrupted : EXIT.failed,
    );
  }
  return made;
}

/**
 * Creates the set, unless one of its name was made since the plan. Two applies at once may both pass
 * that check: after the create the names are read again, and the later set of the two is archived, so
 * that one stays active, whichever apply made it.
 */
async function createSet(civis: Civis, object: ObjectPlan, signal: AbortSignal): Promise<PermissionSet> {
  const name = object.wanted.name;
  const before = await activeNamed(civis, name, signal);
  if (before.length > 0) {
    throw new Stop(
      `${targetName({ set: name, setId: before[0]?.id })} was created since the plan (by another apply?); it was not created again`,
    );
  }
  const created = await civis.permissionSets.create(
    { name, description: object.wanted.description },
    { signal },
  );
  const first = (await activeNamed(civis, name, signal)).sort((a, b) => a.id - b.id)[0];
  if (first && first.id < created.id) {
    await civis.permissionSets.archive(created.id, { signal });
    throw new Stop(
      `${targetName({ set: name, setId: first.id })} was created while this apply created #${created.id}; #${created.id} was archived again, and nothing more was changed`,
    );
  }
  return created;
}
