// The conventions every published package follows (RELEASING.md, "Package metadata"), read from the
// package.json files as they are committed: a new package (or a new dependency) that breaks one fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_MAJORS } from '../src/runtimes.ts';

const ROOT = join(import.meta.dirname, '../../..');
const HOME = 'https://example.invalid/civis-ts';

interface Manifest {
  name: string;
  private?: boolean;
  keywords?: string[];
  homepage?: string;
  bugs?: { url?: string };
  repository?: { type?: string; url?: string; directory?: string };
  engines?: Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

const published = readdirSync(join(ROOT, 'packages'))
  .map((dir) => ({
    dir,
    manifest: JSON.parse(readFileSync(join(ROOT, 'packages', dir, 'package.json'), 'utf8')) as Manifest,
  }))
  .filter(({ manifest }) => !manifest.private);

describe.each(published)('packages/$dir', ({ dir, manifest }) => {
  it('declares exactly the Node lines the runtime matrix tests', () => {
    expect(manifest.engines).toEqual({ node: NODE_MAJORS.map((major) => `^${major}`).join(' || ') });
  });

  it('has homepage, bugs, repository and keywords, all from one project URL', () => {
    expect(manifest.homepage).toBe(`${HOME}/tree/main/packages/${dir}#readme`);
    expect(manifest.bugs).toEqual({ url: `${HOME}/issues` });
    expect(manifest.repository).toEqual({
      type: 'git',
      url: `git+${HOME}.git`,
      directory: `packages/${dir}`,
    });
    expect(manifest.keywords).toContain('civis');
  });

  it('takes its runtime dependencies as ranges: caret for others, workspace:^ for ours', () => {
    for (const [name, range] of Object.entries({ ...manifest.dependencies, ...manifest.peerDependencies })) {
      if (name.startsWith('@civis-ts/')) expect(range, name).toBe('workspace:^');
      // A peer may span majors (msw ^2.12.0 || ^3.0.0), each a caret range.
      else expect(range, name).toMatch(/^\^\d+\.\d+\.\d+( \|\| \^\d+\.\d+\.\d+)*$/);
    }
  });

  // A dependency inlined into one build but listed as a dependency is loaded twice (e.g. openapi-fetch,
  // once inside the CJS build of @civis-ts/client and once from node_modules).
  it('imports each dependency in the CommonJS build where the ESM build does, instead of bundling it', () => {
    const dist = join(ROOT, 'packages', dir, 'dist');
    const deps = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
    const esm = readdirSync(dist).filter((file) => file.endsWith('.js'));
    expect(esm.length).toBeGreaterThan(0);
    for (const file of esm) {
      const cjsFile = file.replace(/\.js$/, '.cjs');
      if (!readdirSync(dist).includes(cjsFile)) continue; // an ESM-only chunk
      const source = readFileSync(join(dist, file), 'utf8');
      const cjs = readFileSync(join(dist, cjsFile), 'utf8');
      for (const dep of deps.filter((d) => source.includes(`from "${d}"`))) {
        expect(cjs, `${dir}/dist/${cjsFile} → ${dep}`).toContain(`require("${dep}")`);
      }
    }
  });

  // The private workspace packages (@civis-ts/spec: the spec's table, walker and naming rule) are never
  // published: what a package reads of them must be bundled into its dist, and no public type may name them.
  it('imports no @civis-ts package it does not declare as a dependency (the private ones are bundled)', () => {
    const dist = join(ROOT, 'packages', dir, 'dist');
    const declared = new Set(Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }));
    for (const file of readdirSync(dist).filter((f) => /\.(c?js|d\.c?ts)$/.test(f))) {
      const source = readFileSync(join(dist, file), 'utf8');
      for (const [, name] of source.matchAll(/(?:from |require\(|import\()["'](@civis-ts\/[\w-]+)/g)) {
        expect(declared.has(name as string), `${dir}/dist/${file} imports ${name}`).toBe(true);
      }
    }
  });

  it('makes every peer dependency optional', () => {
    for (const name of Object.keys(manifest.peerDependencies ?? {})) {
      expect(manifest.peerDependenciesMeta?.[name]?.optional, name).toBe(true);
    }
  });
});

it('finds the published packages', () => {
  expect(published.map(({ manifest }) => manifest.name)).toEqual(
    expect.arrayContaining(['@civis-ts/client', '@civis-ts/mock', '@civis-ts/sdk']),
  );
});
