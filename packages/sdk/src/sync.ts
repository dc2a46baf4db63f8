// `@civis-ts/sdk/sync`: makes the shares of a permission set or resource equal to a map. An entry point of
// its own, like the debug log, so an app that never syncs carries neither the planner nor its errors
// (about 590 B min+gzip: bench/FINDINGS.md §7b). It is built on the public `Shares` calls only.
import { SyncError, SyncRefusedError } from './core/errors.js';
import type { RequestOptions } from './core/request-options.js';
import * as spec from './generated/rules.js';
import { check, idMap, type Rule } from './internal/validate.js';
import { type DesiredShares, keepsManager, planShareSync, type SyncStep } from './lib/share-plan.js';
import type { Shares } from './resources/shares.js';

export { SyncError, SyncRefusedError } from './core/errors.js';
export { type DesiredShares, keepsManager, planShareSync, type SyncStep } from './lib/share-plan.js';

export interface SyncOptions extends RequestOptions {
  /** Plan only: return the steps without sending any change. */
  dryRun?: boolean;
}

const level = spec.ShareWithUsersRequest.properties.permissionLevel;
const desiredShares: Rule = { properties: { users: idMap(level), groups: idMap(level) } };

/**
 * Makes the shares of the kinds given equal to `desired` with the fewest calls (one PUT per kind and
 * level, one DELETE per removal; grants first), and returns the plan applied (or, with `dryRun`, the plan
 * it would apply). Refuses, sending nothing, a result with nobody holding manage (SyncRefusedError); on a
 * failed step throws a SyncError saying which steps were applied, which failed and which are pending.
 */
export async function syncShares(
  shares: Shares,
  desired: DesiredShares,
  options: SyncOptions = {},
): Promise<SyncStep[]> {
  check(desiredShares, desired, '');
  const { dryRun, ...callOptions } = options;
  const current = await shares.list(callOptions);
  const plan = planShareSync(current, desired);
  if (plan.length > 0 && !keepsManager(current, desired)) throw new SyncRefusedError(plan);
  if (dryRun) return plan;
  for (let i = 0; i < plan.length; i++) {
    const step = plan[i] as SyncStep;
    const kind = `${step.kind}s` as const;
    try {
      // A grant of one kind is one PUT; a revoke of one id is one DELETE.
      if (step.action === 'grant') await shares.grant({ [kind]: step.ids }, step.level, callOptions);
      else await shares.revoke({ [kind]: [step.id] }, callOptions);
    } catch (error) {
      throw new SyncError(plan.slice(0, i), step, plan.slice(i + 1), error);
    }
  }
  return plan;
}
