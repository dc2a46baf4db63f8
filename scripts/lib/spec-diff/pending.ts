// What `pnpm spec:diff` compares with by default: the last release plus what the pending changesets
// already carry. A changeset is committed with the spec change it describes (RELEASING.md), so the
// pending changesets that bump @civis-ts/client cover spec/ as it was in the newest commit that added
// one of them; a changeset not committed yet is taken to cover spec/ as it is now. Only what changed
// since is new: reported, and written by `--changeset`, which so never repeats a pending changeset.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../codegen.ts';
import { readChangesets } from './changesets.ts';
import { BASELINE, currentSpec, releasedSpec, specAtRef } from './sources.ts';
import type { Json } from './types.ts';

const CLIENT = '@civis-ts/client';

export interface DiffBase {
  spec: Json;
  label: string;
}

/** The commit that added `.changeset/<file>`, with its time; undefined when it is not committed. */
function addedIn(root: string, file: string): { commit: string; time: number } | undefined {
  try {
    const out = execFileSync(
      'git',
      ['log', '-1', '--diff-filter=A', '--format=%H %ct', '--', `.changeset/${file}`],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    ).trim();
    const [commit, time] = out.split(' ');
    return commit ? { commit, time: Number(time) } : undefined;
  } catch {
    return undefined; // Not a git checkout: nothing is known to be committed.
  }
}

export async function pendingBase(root = ROOT): Promise<DiffBase> {
  const release = `the last release (${BASELINE})`;
  const pending = readChangesets(join(root, '.changeset')).filter((c) => c.bumps.has(CLIENT));
  if (pending.length === 0) return { spec: releasedSpec(root), label: release };
  let newest: { file: string; commit: string; time: number } | undefined;
  for (const { file } of pending) {
    const added = addedIn(root, file);
    if (!added) {
      return {
        spec: await currentSpec(root),
        label: `${release} plus the pending .changeset/${file} (not committed: taken to cover spec/ as it is)`,
      };
    }
    if (!newest || added.time > newest.time) newest = { file, ...added };
  }
  const { file, commit } = newest as { file: string; commit: string };
  return {
    spec: await specAtRef(commit, root),
    label: `${release} plus the ${pending.length} pending changeset(s) bumping ${CLIENT} (spec/ as of ${commit.slice(0, 8)}, which added .changeset/${file})`,
  };
}
