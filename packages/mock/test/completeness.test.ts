// The fake reads every query parameter of every operation and produces every response field of the
// spec (see completeness.ts).
import { describe, expect, it } from 'vitest';
import { specDocument } from '../src/spec.js';
import { mockProblems } from './completeness.js';

describe('the fake covers the spec', () => {
  it('honours every query parameter and produces every response field', async () => {
    expect(await mockProblems()).toEqual([]);
  });

  it('names a query parameter the fake ignores and a response field it never produces', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: a spec edited in place, as a maintainer would.
    const changed = structuredClone(specDocument()) as Record<string, any>;
    changed.paths['/permission_sets'].get.parameters.push({
      name: 'name',
      in: 'query',
      schema: { type: 'string' },
    });
    changed.components.schemas.PermissionSet.properties.lastUsedAt = { type: 'string', format: 'date-time' };
    const problems = await mockProblems(changed);
    expect(problems).toEqual([
      expect.stringContaining("the fake's route for listPermissionSets ignores the query parameter `name`"),
      expect.stringMatching(
        /^the fake never produces the response field PermissionSet\.lastUsedAt \(answered by listPermissionSets, createPermissionSet, getPermissionSet/,
      ),
    ]);
  });
});
