// `pnpm spec:diff [--base <git-ref>] [--changeset]`: what changed in spec/ since the last release (the
// baseline spec/.released/openapi.json) or since a git ref, each change classified, and with
// --changeset a changeset bumping @civis-ts/client and @civis-ts/sdk by the level it calls for.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './lib/codegen.ts';
import { diffSpecs } from './lib/spec-diff/index.ts';
import { formatReport, renderChangeset } from './lib/spec-diff/report.ts';
import { BASELINE, currentSpec, releasedSpec, specAtRef } from './lib/spec-diff/sources.ts';

const { values } = parseArgs({
  options: { base: { type: 'string' }, changeset: { type: 'boolean', default: false } },
  strict: true,
});

const baseLabel = values.base ? `git ref ${values.base}` : `the last release (${BASELINE})`;
let base: Awaited<ReturnType<typeof specAtRef>>;
try {
  base = values.base ? await specAtRef(values.base) : releasedSpec();
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
