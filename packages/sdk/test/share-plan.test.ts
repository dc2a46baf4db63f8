import { describe, expect, it } from 'vitest';
import type { Share } from '../src/index.js';
import { keepsManager, planShareSync } from '../src/sync.js';

const user = (id: number, level: Share['level']): Share => ({ kind: 'user', id, name: `u${id}`, level });
const group = (id: number, level: Share['level']): Share => ({ kind: 'group', id, name: `g${id}`, level });

describe('planShareSync', () => {
  it('is empty when the shares already match', () => {
    expect(
      planShareSync([user(1, 'manage'), group(2, 'read')], { users: { 1: 'manage' }, groups: { 2: 'read' } }),
    ).toEqual([]);
  });

  it('grants once per kind and level, revokes once per removal, grants before revokes', () => {
    const current = [user(1, 'manage'), user(2, 'read'), user(3, 'write'), group(9, 'write')];
    const plan = planShareSync(current, {
      users: { 4: 'manage', 5: 'read', 6: 'read', 2: 'write' },
      groups: {},
    });
    expect(plan).toEqual([
      { action: 'grant', kind: 'user', level: 'manage', ids: [4] },
      { action: 'grant', kind: 'user', level: 'write', ids: [2] },
      { action: 'grant', kind: 'user', level: 'read', ids: [5, 6] },
      { action: 'revoke', kind: 'user', id: 1 },
      { action: 'revoke', kind: 'user', id: 3 },
      { action: 'revoke', kind: 'group', id: 9 },
    ]);
  });

  it('leaves the kinds not given alone', () => {
    const plan = planShareSync([user(1, 'manage'), group(9, 'write')], { groups: { 9: 'read' } });
    expect(plan).toEqual([{ action: 'grant', kind: 'group', level: 'read', ids: [9] }]);
  });

  it('knows when a result would leave nobody with manage', () => {
    expect(keepsManager([user(1, 'manage')], { users: { 1: 'write' } })).toBe(false);
    expect(keepsManager([user(1, 'manage')], { groups: {} })).toBe(true);
    expect(keepsManager([user(1, 'manage')], { users: {}, groups: { 3: 'manage' } })).toBe(true);
    expect(keepsManager([group(3, 'manage')], { users: { 1: 'read' } })).toBe(true);
    expect(keepsManager([], { users: { 1: 'read' } })).toBe(false);
  });
});
