// Where the two sides of a diff come from: spec/ as it is now, the baseline of the last release
// (spec/.released/openapi.json, written by `pnpm version-packages`), or spec/ at any git ref.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { bundleSpec, ROOT } from '../codegen.ts';
import type { Json } from './types.ts';

export const BASELINE = 'spec/.released/openapi.json';

export async function currentSpec(root = ROOT): Promise<Json> {
  return bundleSpec(join(root, 'spec/openapi.yaml'));
}

export function releasedSpec(root = ROOT): Json {
  try {
    return JSON.parse(readFileSync(join(root, BASELINE), 'utf8')) as Json;
  } catch (error) {
    const why =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'nothing has been released yet' : String(error);
    throw new Error(`no release baseline ${BASELINE} (${why}): compare with a git ref, --base <ref>`);
  }
}

/** Writes the baseline: the bundled spec as it is now becomes "the spec of the last release". */
export async function writeBaseline(root = ROOT): Promise<void> {
  const path = join(root, BASELINE);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(await currentSpec(root), null, 2)}\n`);
}

/** spec/ as committed at `ref` (a tag such as `@civis-ts/client@0.2.0`, a branch or a sha), bundled. */
export async function specAtRef(ref: string, root = ROOT): Promise<Json> {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64e6 });
  const files = git('ls-tree', '-r', '--name-only', ref, '--', 'spec/')
    .split('\n')
    .filter((file) => file && !file.startsWith('spec/.released/'));
  if (!files.includes('spec/openapi.yaml')) throw new Error(`no spec/openapi.yaml at git ref ${ref}`);
  const dir = mkdtempSync(join(tmpdir(), 'civis-spec-'));
  try {
    for (const file of files) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), git('show', `${ref}:${file}`));
    }
    return await bundleSpec(join(dir, 'spec/openapi.yaml'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
