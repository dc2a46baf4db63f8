// Every operation, query parameter and request-body field of the spec is reachable through the SDK, or
// listed in test/not-exposed.ts with the reason (see completeness.ts).
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPERATIONS } from '@civis-ts/spec/operations';
import { describe, expect, it } from 'vitest';
import { deprecatedUses, deprecations, markDist } from '../scripts/mark-deprecated.js';
import { scannedMembers, sdkProblems } from './completeness.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SDK = join(ROOT, 'packages/sdk');
const openapi = JSON.parse(readFileSync(join(ROOT, 'packages/client/openapi.json'), 'utf8'));

describe('the SDK covers the spec', () => {
  it('reaches every operation, query parameter and body field, or says why not', async () => {
    expect(await sdkProblems(openapi)).toEqual([]);
  });

  it('names a new operation and the class its method belongs in', async () => {
    const changed = structuredClone(openapi);
    changed.paths['/permission_sets/{id}/clone'] = {
      post: {
        operationId: 'clonePermissionSet',
        tags: ['Permission Sets'],
        responses: { '201': { description: 'Cloned.' } },
      },
    };
    expect(await sdkProblems(changed)).toEqual([
      expect.stringMatching(
        /^clonePermissionSet \(POST \/permission_sets\/\{id\}\/clone\) is not reachable through the SDK\. Add its method to PermissionSets \(packages\/sdk\/src\/resources\/permission-sets\.ts\), reached as civis\.permissionSets;/,
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

  it('names the file of a new resource class for an operation of a new tag', async () => {
    const changed = structuredClone(openapi);
    changed.paths['/groups'] = {
      get: { operationId: 'listGroups', tags: ['Groups'], responses: { '200': { description: 'Groups.' } } },
    };
    expect(await sdkProblems(changed)).toEqual([
      expect.stringContaining(
        'Add its method to a new resource class in packages/sdk/src/resources/groups.ts',
      ),
    ]);
  });
});

describe('the build marks the methods of a deprecated operation', () => {
  // Two operations deprecated: a plain method's, and one of the two a share helper calls.
  const deprecated = new Set(['getPermissionSetResource', 'sharePermissionSetWithGroups']);
  // Exactly these two, whatever the spec deprecates today.
  const operations = OPERATIONS.map((op) => ({ ...op, deprecated: deprecated.has(op.operationId) }));

  it('finds every method that calls one, from the sources', () => {
    expect([...deprecations(scannedMembers(), operations).keys()].sort()).toEqual([
      'Resources.get',
      'Shares.grant',
    ]);
  });

  it('marks them in the built declarations, and TypeScript reports a deprecation at a user call', () => {
    const dir = mkdtempSync(join(tmpdir(), 'civis-deprecated-'));
    try {
      // The built declarations where a user's import finds them, @civis-ts/client through the SDK's own.
      cpSync(join(SDK, 'dist'), join(dir, 'dist'), { recursive: true, filter: (f) => !/\.c?js$/.test(f) });
      symlinkSync(join(SDK, 'node_modules'), join(dir, 'node_modules'));
      const changed = markDist(dir, operations, scannedMembers());
      const marked = changed.map((file) => readFileSync(join(dir, 'dist', file), 'utf8')).join('\n');
      // Each method once in the ESM declarations and once in the CommonJS ones.
      expect(marked.match(/@deprecated \w+/g)?.sort()).toEqual([
        '@deprecated getPermissionSetResource',
        '@deprecated getPermissionSetResource',
        '@deprecated sharePermissionSetWithGroups',
        '@deprecated sharePermissionSetWithGroups',
      ]);
      expect(marked).toContain(
        '@deprecated getPermissionSetResource (GET /permission_sets/{id}/resources/{name}) is deprecated in the Civis API.',
      );
      const user = `import { Civis } from './dist/index.js';
const civis = new Civis({ apiKey: 'k' });
await civis.permissionSets.resources(1).get('r');
await civis.permissionSets.get(1);
await civis.permissionSets.shares(1).grant({ groups: [2] }, 'read');
`;
      expect(deprecatedUses(dir, user)).toEqual(['3:41 get', '5:38 grant']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
