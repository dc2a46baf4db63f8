// The fake reads every query parameter of every operation and produces every response field of the
// spec (see completeness.ts).
import { OPERATION_IDS, type Tag } from '@civis-ts/spec/facts';
import { OPERATIONS } from '@civis-ts/spec/operations';
import { describe, expect, it } from 'vitest';
import { specDocument } from '../src/spec.js';
import { mockProblems } from './completeness.js';

/** `name`, or `name2`, `name3`…: the first the spec does not have (it may gain the one a test adds). */
function unused(name: string, taken: readonly string[]): string {
  let candidate = name;
  for (let n = 2; taken.includes(candidate); n++) candidate = `${name}${n}`;
  return candidate;
}

describe('the fake covers the spec', () => {
  it('honours every query parameter and produces every response field', async () => {
    expect(await mockProblems()).toEqual([]);
  });

  it('names a query parameter the fake ignores and a response field it never produces', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: a spec edited in place, as a maintainer would.
    const changed = structuredClone(specDocument()) as Record<string, any>;
    const list = OPERATIONS.find((op) => op.operationId === 'listPermissionSets');
    const parameter = unused('name', list?.parameters.map((p) => p.wire) ?? []);
    changed.paths['/permission_sets'].get.parameters.push({
      name: parameter,
      in: 'query',
      schema: { type: 'string' },
    });
    const properties = changed.components.schemas.PermissionSet.properties;
    const field = unused('lastUsedAt', Object.keys(properties));
    properties[field] = { type: 'string', format: 'date-time' };
    const answeredBy = OPERATIONS.filter((op) => op.responses.some((r) => r.schema === 'PermissionSet'))
      .map((op) => op.operationId)
      .join(', ');
    const problems = await mockProblems(changed);
    expect(problems).toEqual([
      `the fake's route for listPermissionSets ignores the query parameter \`${parameter}\`: make it honour it in packages/mock/src/routes/permission-sets.ts.`,
      `the fake never produces the response field PermissionSet.${field} (answered by ${answeredBy}): set it where the fake builds the answer (packages/mock/src/routes/wire.ts or the route).`,
    ]);
  });

  it('names the route file of a new operation: the one of its tag, or a new one for a new tag', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: a spec edited in place, as a maintainer would.
    const changed = structuredClone(specDocument()) as Record<string, any>;
    const answer = { responses: { '204': { description: 'Done.' } } };
    const touch = unused('touchPermissionSetResource', OPERATION_IDS);
    changed.paths[`/permission_sets/{id}/resources/{name}/${touch}`] = {
      post: { operationId: touch, tags: ['Resources' satisfies Tag], ...answer },
    };
    const tag = unused('Groups', [...new Set(OPERATIONS.map((op) => op.tag))]);
    const listTag = unused(`list${tag}`, OPERATION_IDS);
    const path = `/${tag.toLowerCase()}`;
    changed.paths[path] = { get: { operationId: listTag, tags: [tag], ...answer } };
    const problems = await mockProblems(changed);
    expect(problems.filter((problem) => problem.startsWith('the fake has no route'))).toEqual([
      `the fake has no route for ${touch} (POST /permission_sets/{id}/resources/{name}/${touch}): add it to packages/mock/src/routes/resources.ts.`,
      expect.stringMatching(
        new RegExp(
          `^the fake has no route for ${listTag} \\(GET ${path}\\): add it to a new route file packages/mock/src/routes/${tag.toLowerCase()}\\.ts \\(the tag is new\\), typed TagRoutes<'${tag}'>.*packages/mock/src/routes/index\\.ts\\.$`,
        ),
      ),
    ]);
  });
});
