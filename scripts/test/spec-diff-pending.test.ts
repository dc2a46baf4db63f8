// spec:diff's default base on a throwaway git repo: the last release plus the pending changesets, so a
// change a pending changeset already carries is not reported (or written into a changeset) again.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PERMISSION_SET_PAGE_LIMIT } from '@civis-ts/spec/facts';
import { OPERATIONS } from '@civis-ts/spec/operations';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT } from '../lib/codegen.ts';
import { diffSpecs } from '../lib/spec-diff/index.ts';
import { pendingBase } from '../lib/spec-diff/pending.ts';
import { currentSpec, writeBaseline } from '../lib/spec-diff/sources.ts';

let dir: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, stdio: 'pipe' });
const spec = () => join(dir, 'spec/openapi.yaml');
const edit = (from: string, to: string) => {
  const text = readFileSync(spec(), 'utf8');
  expect(
    text,
    `this test's edit no longer applies to the spec: update it in scripts/test/spec-diff-pending.test.ts`,
  ).toContain(from);
  writeFileSync(spec(), text.replace(from, to));
};
const changeset = (name: string) =>
  writeFileSync(join(dir, '.changeset', name), "---\n'@civis-ts/client': minor\n---\n\nA change.\n");
// Two changes: a documentation one (patch) and a deprecation (minor).
const DOCS = [`Maximum allowed is ${PERMISSION_SET_PAGE_LIMIT}.`, 'Maximum allowed is many.'] as const;
// An operation the spec does not deprecate yet.
const live = OPERATIONS.find((op) => !op.deprecated)?.operationId;
const DEPRECATE = [
  `      operationId: ${live}\n`,
  `      operationId: ${live}\n      deprecated: true\n`,
] as const;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'civis-pending-'));
  cpSync(join(ROOT, 'spec/openapi.yaml'), spec(), { recursive: true });
  mkdirSync(join(dir, '.changeset'));
  await writeBaseline(dir);
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'release');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('is the release when no changeset is pending', async () => {
  edit(...DOCS);
  const base = await pendingBase(dir);
  expect(base.label).toBe('the last release (spec/.released/openapi.json)');
  expect(diffSpecs(base.spec, await currentSpec(dir)).bump).toBe('patch');
});

it('leaves out what a committed pending changeset carries, and reports only the rest', async () => {
  changeset('docs.md');
  git('add', '-A');
  git('commit', '-qm', 'docs change with its changeset');
  edit(...DEPRECATE);
  const base = await pendingBase(dir);
  expect(base.label).toMatch(/plus the 1 pending changeset\(s\) .*added \.changeset\/docs\.md/);
  const diff = diffSpecs(base.spec, await currentSpec(dir));
  expect(diff.changes.map((c) => c.kind)).toEqual(['operation-deprecated']);
  expect(diff.bump).toBe('minor');
});

it('takes a changeset not committed yet to cover spec/ as it is', async () => {
  changeset('deprecation.md');
  const base = await pendingBase(dir);
  expect(base.label).toContain('.changeset/deprecation.md (not committed');
  expect(diffSpecs(base.spec, await currentSpec(dir)).bump).toBeUndefined();
});
