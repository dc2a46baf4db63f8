// `pnpm spec:diff [--base <git-ref> | --since-release] [--changeset]`: what changed in spec/ that no
// pending changeset carries yet (by default: since the last release, spec/.released/openapi.json, plus the
// pending changesets; scripts/lib/spec-diff/pending.ts), since the release alone, or since a git ref; each
// change classified, and with --changeset a changeset bumping @civis-ts/client and @civis-ts/sdk by the
// level the new changes call for (never one that repeats a pending changeset).
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './lib/codegen.ts';
import { diffSpecs } from './lib/spec-diff/index.ts';
import { pendingBase } from './lib/spec-diff/pending.ts';
import { formatReport, renderChangeset } from './lib/spec-diff/report.ts';
import { BASELINE, currentSpec, releasedSpec, specAtRef } from './lib/spec-diff/sources.ts';
import type { Json } from './lib/spec-diff/types.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    'since-release': { type: 'boolean', default: false },
    changeset: { type: 'boolean', default: false },
  },
  strict: true,
});

let base: Json;
let baseLabel: string;
try {
  if (values.base) {
    base = await specAtRef(values.base);
    baseLabel = `git ref ${values.base}`;
  } else if (values['since-release']) {
    base = releasedSpec();
    baseLabel = `the last release (${BASELINE})`;
  } else {
    ({ spec: base, label: baseLabel } = await pendingBase());
  }
} catch (error) {
  console.error(`spec:diff: ${(error as Error).message}`);
  process.exit(1);
}
const diff = diffSpecs(base, await currentSpec());
console.log(formatReport(diff, baseLabel));

if (values.changeset && diff.bump !== undefined) {
  const text = renderChangeset(diff);
  // Named after its content: running the command again rewrites the same file instead of adding one.
  const name = `spec-${createHash('sha256').update(text).digest('hex').slice(0, 8)}.md`;
  writeFileSync(join(ROOT, '.changeset', name), text);
  console.log(`\nwrote .changeset/${name} (${diff.bump}); edit its summary before committing.`);
}
