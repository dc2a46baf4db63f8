// `apply`: makes the plan's changes object by object, reporting each step as it is made. Shares go
// through the SDK's `sync` (which plans again from the live state, and never leaves an object without a
// manager). When a step fails, what was applied and what was not is reported, and a rerun completes the
// work: it plans from the state as it is then. Ctrl-C (the signal) cancels the call in flight and ends
// the same way, reporting what was made.
import type { Civis, Shares } from '@civis-ts/sdk';
import { SyncError, type SyncStep, syncShares } from '@civis-ts/sdk/sync';
import { CliError, EXIT, report } from '../errors.js';
import { type Change, type ObjectPlan, ownerOf, type Plan, withOwner } from './plan.js';
import { notMadeText, stepText, targetName } from './render.js';

export async function applyPlan(
  civis: Civis,
  plan: Plan,
  file: string,
  say: (line: string) => void,
  signal: AbortSignal,
): Promise<void> {
  const options = { signal };
  const applied: string[] = [];
  const done = (line: string) => {
    applied.push(line);
    say(`✓ ${line}`);
  };
  const setIds = new Map<string, number>();
  let index = 0;
  let left: string[] = [];
  try {
    for (; index < plan.objects.length; index++) {
      const object = plan.objects[index] as ObjectPlan;
      left = object.changes.map((change: Change) => notMadeText(change, object));
      if (object.changes.length === 0) continue;
      const setId = object.setId ?? setIds.get(object.set);
      const { wanted } = object;
      let ownerId = object.ownerId;
      let shares: Shares;
      if (object.resource === undefined) {
        let id = setId;
        if (!object.exists) {
          const created = await civis.permissionSets.create(
            {
              name: wanted.name,
              description: wanted.description,
            },
            options,
          );
          id = created.id;
          ownerId = created.author.id;
          setIds.set(object.set, id);
          done(`created ${targetName({ set: object.set, setId: id })}`);
        } else if (object.changes.some((c) => c.action === 'update')) {
          await civis.permissionSets.update(id as number, { description: wanted.description }, options);
          done(`updated the description of ${targetName(object)}`);
        }
        shares = civis.permissionSets.shares(id as number);
      } else {
        const api = civis.permissionSets.resources(setId as number);
        shares = api.shares(object.resource);
        const where = { ...object, setId };
        if (!object.exists) {
          await api.create({ name: wanted.name, description: wanted.description }, options);
          done(`created ${targetName(where)}`);
          ownerId = ownerOf(await shares.list(options));
        } else if (object.changes.some((c) => c.action === 'update')) {
          await api.update(object.resource, { description: wanted.description }, options);
          done(`updated the description of ${targetName(where)}`);
        }
      }
      left = [];
      if (wanted.shares) {
        try {
          const steps = await syncShares(shares, withOwner(wanted.shares, ownerId), options);
          for (const step of steps)
            done(`${stepText(step)} on ${targetName({ ...object, setId: setId ?? setIds.get(object.set) })}`);
        } catch (error) {
          if (!(error instanceof SyncError)) throw error;
          const where = targetName({ ...object, setId: setId ?? setIds.get(object.set) });
          for (const step of error.applied) done(`${stepText(step)} on ${where}`);
          left = [error.failed, ...error.pending].map(
            (step: SyncStep) => `${stepText(step, false)} on ${where}`,
          );
          throw error.cause ?? error;
        }
      }
    }
  } catch (error) {
    const notApplied = [
      ...left,
      ...plan.objects
        .slice(index + 1)
        .flatMap((object) => object.changes.map((change) => notMadeText(change, object))),
    ];
    const stopped = signal.aborted
      ? 'apply interrupted: the call in flight was cancelled, and may or may not have been made'
      : `apply stopped: ${report(error, false)}`;
    throw new CliError(
      [
        stopped,
        `Applied ${applied.length} step${applied.length === 1 ? '' : 's'}${applied.length ? ':' : '.'}`,
        ...applied.map((line) => `  ✓ ${line}`),
        `Not applied:`,
        ...notApplied.map((line) => `  ✗ ${line}`),
        `Run \`civis-ts apply ${file}\` again to complete it: it plans from the state as it is now.`,
      ].join('\n'),
      signal.aborted ? EXIT.interrupted : EXIT.failed,
    );
  }
}
