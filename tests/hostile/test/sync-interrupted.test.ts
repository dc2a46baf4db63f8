// `syncShares` stopped half-way by a failure: the SyncError says exactly which steps were applied, which one
// failed and which were never sent, and the service's state afterwards agrees with it.
import { type RunningMock, startMock } from '@civis-ts/mock';
import { Civis, type Share } from '@civis-ts/sdk';
import { SyncError, type SyncStep, syncShares } from '@civis-ts/sdk/sync';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { settle } from '../src/fixtures.js';

let mock: RunningMock;
let civis: Civis;
beforeAll(async () => {
  mock = await startMock({ apiKey: 'k' });
  civis = new Civis({ apiKey: 'k', baseUrl: mock.url, backoff: { initial: 1, max: 20 } });
});
afterAll(() => mock.stop());
beforeEach(() => {
  mock.faults.clear();
  mock.state.reset();
});

const key = (share: Pick<Share, 'kind' | 'id' | 'level'>) => `${share.kind}:${share.id}:${share.level}`;

/** The shares after applying `steps` to `current`: what the service must hold if exactly those ran. */
function applySteps(current: Share[], steps: SyncStep[]): string[] {
  const held = new Map(current.map((share) => [`${share.kind}:${share.id}`, share]));
  for (const step of steps) {
    if (step.action === 'revoke') held.delete(`${step.kind}:${step.id}`);
    else
      for (const id of step.ids)
        held.set(`${step.kind}:${id}`, { kind: step.kind, id, level: step.level, name: '' });
  }
  return [...held.values()].map(key).sort();
}

async function scenario(setId: number) {
  const shares = civis.permissionSets.shares(setId);
  const before = await shares.list();
  const unshared = (kind: Share['kind'], ids: Iterable<number>) =>
    [...ids].filter((id) => !before.some((share) => share.kind === kind && share.id === id));
  const freeUsers = unshared('user', mock.state.users.keys());
  const freeGroups = unshared('group', mock.state.groups.keys());
  // Shares that the sync will have to revoke.
  await shares.grant({ users: [freeUsers[2] as number], groups: [freeGroups[1] as number] }, 'read');
  const current = await shares.list();
  const users = current.filter((share) => share.kind === 'user');
  const desired = {
    users: Object.fromEntries([
      ...users.filter((share) => share.level === 'manage').map((share) => [share.id, share.level]),
      [freeUsers[0], 'write'],
      [freeUsers[1], 'read'],
    ]),
    groups: Object.fromEntries([[freeGroups[0], 'read']]),
  };
  const plan = await syncShares(shares, desired, { dryRun: true });
  return { shares, current, desired, plan };
}

describe('sync interrupted', () => {
  it.each([
    ['a 500 on the groups PUT', { status: 500, method: 'PUT', path: /\/shares\/groups$/ }, 'grant'],
    ['connection drops on every DELETE', { drop: 'before-response', method: 'DELETE', count: 10 }, 'revoke'],
  ] as const)('by %s', async (_, fault, failingAction) => {
    const setId = [...mock.state.permissionSets.keys()][0] as number;
    const { shares, current, desired, plan } = await scenario(setId);
    expect(plan.some((step) => step.action === 'revoke')).toBe(true);
    mock.faults.inject(fault);
    mock.requests.length = 0;

    const { error } = await settle(syncShares(shares, desired));
    expect(error).toBeInstanceOf(SyncError);
    const { applied, failed, pending } = error as SyncError;
    // A partition of the plan, in order: applied, then the failed step, then the pending ones.
    expect([...applied, failed, ...pending]).toEqual(plan);
    expect(failed.action).toBe(failingAction);
    expect((error as Error).message).toContain(`${applied.length} of ${plan.length}`);

    // Each applied step one request; the failed one as often as the retry rules allow; pending ones never.
    const sent = mock.requests.filter((request) => request.method !== 'GET');
    const failedSends = failingAction === 'revoke' ? 4 : 1;
    expect(sent).toHaveLength(applied.length + failedSends);

    mock.faults.clear();
    const after = (await shares.list()).map(key).sort();
    expect(after).toEqual(applySteps(current, applied));
  });
});
