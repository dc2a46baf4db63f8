// Every operation, query parameter and request-body field of the spec is reachable through the SDK, or
// listed in test/not-exposed.ts with the reason (see completeness.ts).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPERATION_IDS } from '@civis-ts/spec/facts';
import { OPERATIONS } from '@civis-ts/spec/operations';
import { describe, expect, it } from 'vitest';
import { deprecatedUses, deprecations, markDist } from '../scripts/mark-deprecated.js';
import { scannedMembers, sdkProblems } from './completeness.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SDK = join(ROOT, 'packages/sdk');
const openapi = JSON.parse(readFileSync(join(ROOT, 'packages/client/openapi.json'), 'utf8'));

/** `name`, or `name2`, `name3`…: the first the spec does not have (it may gain the one a test adds). */
function unused(name: string, taken: readonly string[]): string {
  let candidate = name;
  for (let n = 2; taken.includes(candidate); n++) candidate = `${name}${n}`;
  return candidate;
}
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the SDK covers the spec', () => {
  it('reaches every operation, query parameter and body field, or says why not', async () => {
    expect(await sdkProblems(openapi)).toEqual([]);
  });

  it('names a new operation and the class its method belongs in', async () => {
    const changed = structuredClone(openapi);
    const operationId = unused('clonePermissionSet', OPERATION_IDS);
    const path = `/permission_sets/{id}/${operationId}`;
    changed.paths[path] = {
      post: {
        operationId,
        tags: ['Permission Sets'],
        responses: { '201': { description: 'Cloned.' } },
      },
    };
    expect(await sdkProblems(changed)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${operationId} \\(POST ${literal(path)}\\) is not reachable through the SDK\\. Add its method to PermissionSets \\(packages/sdk/src/resources/permission-sets\\.ts\\), reached as civis\\.permissionSets;`,
        ),
      ),
    ]);
  });

  it('names a body field a reshaping method cannot send', async () => {
    const changed = structuredClone(openapi);
    const properties = changed.components.schemas.ShareWithUsersRequest.properties;
    const field = unused('expiresAt', Object.keys(properties));
    properties[field] = { type: 'string' };
    const problems = await sdkProblems(changed);
    // Once for each operation that takes the schema.
    const takers = OPERATIONS.filter((op) => op.body?.schema === 'ShareWithUsersRequest');
    expect(takers.map((op) => op.operationId)).toContain('sharePermissionSetWithUsers');
    expect(problems).toHaveLength(takers.length);
    expect(problems[0]).toMatch(
      new RegExp(`^sharePermissionSetWithUsers .*: the SDK never sends the body field \`${field}\``),
    );
  });

  it('names the file of a new resource class for an operation of a new tag', async () => {
    const changed = structuredClone(openapi);
    const tag = unused('Groups', [...new Set(OPERATIONS.map((op) => op.tag))]);
    const operationId = unused(`list${tag}`, OPERATION_IDS);
    changed.paths[`/${tag.toLowerCase()}`] = {
      get: { operationId, tags: [tag], responses: { '200': { description: 'Groups.' } } },
    };
    expect(await sdkProblems(changed)).toEqual([
      expect.stringContaining(
        `Add its method to a new resource class in packages/sdk/src/resources/${tag.toLowerCase()}.ts`,
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
      // The build has marked what the spec itself deprecates already: the marks this run adds are counted.
      const marksOf = (files: string[]) =>
        files.flatMap(
          (file) => readFileSync(join(dir, 'dist', file), 'utf8').match(/@deprecated \w+/g) ?? [],
        );
      const declarations = readdirSync(join(dir, 'dist')).filter((f) => /\.d\.c?ts$/.test(f));
      const before = marksOf(declarations);
      const changed = markDist(dir, operations, scannedMembers());
      const added = marksOf(declarations);
      for (const mark of before) {
        expect(added, `${mark} was lost`).toContain(mark);
        added.splice(added.indexOf(mark), 1);
      }
      // Each method once in the ESM declarations and once in the CommonJS ones (but for an operation the
      // spec deprecates itself, whose method the build has marked).
      const fresh = OPERATIONS.filter((op) => deprecated.has(op.operationId) && !op.deprecated);
      expect(added.sort()).toEqual(
        fresh.flatMap((op) => Array(2).fill(`@deprecated ${op.operationId}`)).sort(),
      );
      const marked = changed.map((file) => readFileSync(join(dir, 'dist', file), 'utf8')).join('\n');
      expect(marked).toContain(
        '@deprecated getPermissionSetResource (GET /permission_sets/{id}/resources/{name}) is deprecated in the Civis API.',
      );
      const calls = [
        ['Resources.get', 'permissionSets.resources(1).get', "('r')"],
        ['PermissionSets.get', 'permissionSets.get', '(1)'],
        ['Shares.grant', 'permissionSets.shares(1).grant', "({ groups: [2] }, 'read')"],
      ] as const;
      const user = `import { Civis } from './dist/index.js';
const civis = new Civis({ apiKey: 'k' });
${calls.map(([, call, args]) => `await civis.${call}${args};`).join('\n')}
`;
      // The two, and whatever the spec deprecates itself (the build marked it), at the method's name.
      const own = deprecations(scannedMembers(), OPERATIONS);
      const expected = calls.flatMap(([key, call], i) =>
        ['Resources.get', 'Shares.grant'].includes(key) || own.has(key)
          ? [
              `${i + 3}:${'await civis.'.length + call.lastIndexOf('.') + 2} ${call.slice(call.lastIndexOf('.') + 1)}`,
            ]
          : [],
      );
      expect(expected).toContain('3:41 get');
      expect(deprecatedUses(dir, user)).toEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
