// Every operation, query parameter and request-body field of the spec is reachable through the SDK, or
// listed in test/not-exposed.ts with the reason (see completeness.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sdkProblems } from './completeness.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const openapi = JSON.parse(readFileSync(join(ROOT, 'packages/client/openapi.json'), 'utf8'));

describe('the SDK covers the spec', () => {
  it('reaches every operation, query parameter and body field, or says why not', async () => {
    expect(await sdkProblems(openapi)).toEqual([]);
  });

  it('names a new operation and the class its method belongs in', async () => {
    const changed = structuredClone(openapi);
    changed.paths['/permission_sets/{id}/clone'] = {
      post: { operationId: 'clonePermissionSet', responses: { '201': { description: 'Cloned.' } } },
    };
    expect(await sdkProblems(changed)).toEqual([
      expect.stringMatching(
        /^clonePermissionSet \(POST \/permission_sets\/\{id\}\/clone\) is not reachable through the SDK\. Add its method to PermissionSets \(packages\/sdk\/src\/resources\/permission-sets\.ts\)/,
      ),
    ]);
  });

  it('names a body field a reshaping method cannot send', async () => {
    const changed = structuredClone(openapi);
    changed.components.schemas.ShareWithUsersRequest.properties.expiresAt = { type: 'string' };
    const problems = await sdkProblems(changed);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^sharePermissionSetWithUsers .*: the SDK never sends the body field `expiresAt`/,
    );
  });

  it('names the method to mark @deprecated when the spec deprecates its operation', async () => {
    const changed = structuredClone(openapi);
    changed.paths['/permission_sets/{id}/resources/{name}'].get.deprecated = true;
    expect(await sdkProblems(changed)).toEqual([
      'getPermissionSetResource (GET /permission_sets/{id}/resources/{name}) is deprecated in the spec: say so ' +
        'in the doc comment of its SDK method Resources.get in packages/sdk/src/resources/resources.ts: ' +
        '`@deprecated`, with what to use instead.',
    ]);
  });
});
