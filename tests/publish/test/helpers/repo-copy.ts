// A copy of the repo to release from, so that `changeset version` rewrites the copy's package.json
// files, not the working tree. It is its own git repo because `changeset publish` tags the release.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { run } from './run.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../../../..');

export async function copyRepo(target: string): Promise<void> {
  // Tracked and untracked-but-not-ignored files: what a clean clone plus the current edits holds.
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 64e6,
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    const from = join(REPO_ROOT, file);
    const to = join(target, file);
    mkdirSync(dirname(to), { recursive: true });
    try {
      copyFileSync(from, to);
    } catch (error) {
      // A file listed by the index but deleted in the working tree is not part of the copy.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const git = (...args: string[]) => run('git', args, { cwd: target });
  await git('init', '-q', '-b', 'main');
  await git('add', '-A');
  await git(
    '-c',
    'user.name=publish-test',
    '-c',
    'user.email=publish-test@example.invalid',
    'commit',
    '-qm',
    'copy',
  );
  // From the local store only: the lockfile is the working tree's, every package is already there.
  await run('pnpm', ['install', '--frozen-lockfile', '--offline'], { cwd: target, env: { CI: 'true' } });
}
