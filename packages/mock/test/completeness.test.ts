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
      "the fake's route for listPermissionSets ignores the query parameter `name`: make it honour it in packages/mock/src/routes/permission-sets.ts.",
      expect.stringMatching(
        /^the fake never produces the response field PermissionSet\.lastUsedAt \(answered by listPermissionSets, createPermissionSet, getPermissionSet/,
      ),
    ]);
  });

  it('names the route file of a new operation: the one of its tag, or a new one for a new tag', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: a spec edited in place, as a maintainer would.
    const changed = structuredClone(specDocument()) as Record<string, any>;
    const answer = { responses: { '204': { description: 'Done.' } } };
    changed.paths['/permission_sets/{id}/resources/{name}/touch'] = {
      post: { operationId: 'touchPermissionSetResource', tags: ['Resources'], ...answer },
    };
    changed.paths['/groups'] = { get: { operationId: 'listGroups', tags: ['Groups'], ...answer } };
    const problems = await mockProblems(changed);
    expect(problems.filter((problem) => problem.startsWith('the fake has no route'))).toEqual([
      'the fake has no route for touchPermissionSetResource (POST /permission_sets/{id}/resources/{name}/touch): add it to packages/mock/src/routes/resources.ts.',
      expect.stringMatching(
        /^the fake has no route for listGroups \(GET \/groups\): add it to a new route file packages\/mock\/src\/routes\/groups\.ts \(the tag is new\), typed TagRoutes<'Groups'>.*packages\/mock\/src\/routes\/index\.ts\.$/,
      ),
    ]);
  });
});
