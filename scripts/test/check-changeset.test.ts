// The CI rule on throwaway repos: spec/ against spec/.released/, with or without pending changesets.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../lib/spec-diff/changesets.ts';
import { checkChangeset } from '../lib/spec-diff/check.ts';
import { diffSpecs } from '../lib/spec-diff/index.ts';
import { renderChangeset } from '../lib/spec-diff/report.ts';
import { currentSpec, releasedSpec, writeBaseline } from '../lib/spec-diff/sources.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures/spec-diff');
const roots: string[] = [];

/** A repo whose last release had base.yaml and whose spec/ now holds `current`. */
async function repo(current: string, changesets: Record<string, string> = {}): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'civis-check-changeset-'));
  roots.push(root);
  mkdirSync(join(root, 'spec'));
  mkdirSync(join(root, '.changeset'));
  copyFileSync(join(FIXTURES, 'base.yaml'), join(root, 'spec/openapi.yaml'));
  await writeBaseline(root);
  copyFileSync(join(FIXTURES, `${current}.yaml`), join(root, 'spec/openapi.yaml'));
  writeFileSync(join(root, '.changeset/README.md'), '# Changesets\n');
  for (const [name, text] of Object.entries(changesets)) writeFileSync(join(root, '.changeset', name), text);
  return root;
}

const changeset = (bumps: string) => `---\n${bumps}\n---\n\nSomething changed.\n`;

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('checkChangeset', () => {
  it('passes when spec/ matches the release baseline', async () => {
    const result = await checkChangeset(await repo('base'));
    expect(result).toEqual({ ok: true, message: expect.stringContaining('no changeset needed') });
  });

  it('fails on a spec change with no changeset, and says how to fix it', async () => {
    const result = await checkChangeset(await repo('response-enum-value-added'));
    expect(result.ok).toBe(false);
    expect(result.message).toContain('no changeset in .changeset/ names @civis-ts/client');
    expect(result.message).toContain('pnpm spec:diff --changeset');
  });

  it('fails when the only changeset names another package', async () => {
    const root = await repo('docs-only', { 'mock.md': changeset("'@civis-ts/mock': patch") });
    expect((await checkChangeset(root)).ok).toBe(false);
  });

  it('fails when the pending bump is lower than the change needs', async () => {
    const root = await repo('response-enum-value-added', { 'a.md': changeset("'@civis-ts/client': minor") });
    const result = await checkChangeset(root);
    expect(result.ok).toBe(false);
    expect(result.message).toContain('bump @civis-ts/client by minor, but the spec change needs major');
  });

  it('passes with a changeset that bumps the client far enough', async () => {
    const root = await repo('response-enum-value-added', {
      'a.md': changeset("'@civis-ts/client': minor"),
      'b.md': changeset('"@civis-ts/client": major\n"@civis-ts/sdk": major'),
    });
    expect(await checkChangeset(root)).toMatchObject({ ok: true });
  });

  it('passes with the changeset that spec:diff writes, and after the baseline moves on', async () => {
    const root = await repo('request-optional-field-added');
    const diff = diffSpecs(releasedSpec(root), await currentSpec(root));
    writeFileSync(join(root, '.changeset/spec.md'), renderChangeset(diff));
    expect(await checkChangeset(root)).toMatchObject({ ok: true });
    rmSync(join(root, '.changeset/spec.md'));
    await writeBaseline(root);
    expect(await checkChangeset(root)).toMatchObject({
      ok: true,
      message: expect.stringContaining('matches'),
    });
  });
});

describe('renderChangeset', () => {
  it('bumps the client and the SDK by the level of the diff and lists breaking changes first', async () => {
    const base = await currentSpec(await repo('base'));
    const diff = diffSpecs(base, await currentSpec(await repo('response-variant-added')));
    const text = renderChangeset(diff);
    expect(parseFrontMatter(text)).toEqual(
      new Map([
        ['@civis-ts/client', 'major'],
        ['@civis-ts/sdk', 'major'],
      ]),
    );
    expect(text.indexOf('**Breaking:**')).toBeLessThan(text.indexOf('new schema Team'));
  });

  it('refuses to write a changeset for identical specs', async () => {
    const base = await currentSpec(await repo('base'));
    expect(() => renderChangeset(diffSpecs(base, base))).toThrow('no spec change');
  });
});
