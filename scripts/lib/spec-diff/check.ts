// The rule behind `check-changeset`, apart from the CLI so tests can run it on fixture repos.
import { join } from 'node:path';
import { pendingBump, readChangesets } from './changesets.ts';
import { diffSpecs } from './index.ts';
import { formatReport } from './report.ts';
import { BASELINE, currentSpec, releasedSpec } from './sources.ts';
import { atLeast } from './types.ts';

const PACKAGE = '@civis-ts/client';

export async function checkChangeset(root: string): Promise<{ ok: boolean; message: string }> {
  const diff = diffSpecs(releasedSpec(root), await currentSpec(root));
  if (diff.bump === undefined)
    return { ok: true, message: `spec/ matches ${BASELINE}: no changeset needed.` };
  const report = formatReport(diff, `the last release (${BASELINE})`);
  const bump = pendingBump(readChangesets(join(root, '.changeset')), PACKAGE);
  if (bump === undefined) {
    const message = `${report}\n\nspec/ changed since the last release but no changeset in .changeset/ names ${PACKAGE}.\nRun \`pnpm spec:diff --changeset\` (or \`pnpm changeset\`) and commit the file.`;
    return { ok: false, message };
  }
  if (!atLeast(bump, diff.bump)) {
    const message = `${report}\n\nThe pending changesets bump ${PACKAGE} by ${bump}, but the spec change needs ${diff.bump}.`;
    return { ok: false, message };
  }
  return {
    ok: true,
    message: `spec/ changed since the last release; a pending changeset bumps ${PACKAGE} by ${bump}.`,
  };
}
