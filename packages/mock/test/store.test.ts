// The seeded world is a function of the seed; reset() brings it back.
import { describe, expect, it } from 'vitest';
import { MockStore } from '../src/index.js';
import { createRandom } from '../src/random.js';
import { defined } from './helpers.js';

/** A deep copy, so later changes to the store's records do not reach it. */
function snapshot(store: MockStore) {
  return structuredClone({
    users: [...store.users.values()],
    groups: [...store.groups.values()],
    sets: [...store.permissionSets.values()],
    resources: [...store.resources.values()].flatMap((map) => [...map.values()]),
    shares: [...store.permissionSets.keys()].map((id) => store.shares.list({ permissionSetId: id })),
  });
}

describe('seeded state', () => {
  it('is the same for the same seed, and differs for another', () => {
    expect(snapshot(new MockStore({ seed: 7 }))).toEqual(snapshot(new MockStore({ seed: 7 })));
    expect(snapshot(new MockStore({ seed: 7 }))).not.toEqual(snapshot(new MockStore({ seed: 8 })));
  });

  it('makes the requested number of permission sets, and reaches names that need encoding', () => {
    const store = new MockStore({ permissionSets: 40 });
    expect(store.permissionSets.size).toBe(40);
    expect(store.users.get(store.callerId)).toBeDefined();
    const names = [...store.resources.values()].flatMap((map) => [...map.keys()]);
    expect(names.some((name) => encodeURIComponent(name) !== name)).toBe(true);
  });

  it('reset() undoes every change, bulk fixtures included', () => {
    const store = new MockStore();
    const before = snapshot(store);
    store.addPermissionSets(10);
    store.addResources(1, 5);
    store.shares.set({ permissionSetId: 2 }, 'user', 9, 'manage');
    store.permissionSet(3).name = 'changed';
    expect(snapshot(store)).not.toEqual(before);
    store.reset();
    expect(snapshot(store)).toEqual(before);
  });

  it('bulk fixtures are active, owned by the caller, and newer than the seed', () => {
    const store = new MockStore();
    const [first, second] = store.addPermissionSets(2);
    expect(first).toMatchObject({ archived: false, authorId: 1 });
    expect(defined(second).updatedAt > defined(first).updatedAt).toBe(true);
    expect(() => store.addResources(999, 1)).toThrow(/999/);
  });
});

it('the PRNG is deterministic and stays in range', () => {
  const a = createRandom(42);
  const b = createRandom(42);
  const draws = Array.from({ length: 100 }, () => a.int(3, 5));
  expect(draws).toEqual(Array.from({ length: 100 }, () => b.int(3, 5)));
  expect(new Set(draws)).toEqual(new Set([3, 4, 5]));
});
