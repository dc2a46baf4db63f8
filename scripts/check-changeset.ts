// CI guard: a change to spec/ since the last release needs a pending changeset that bumps
// @civis-ts/client at least as far as the change requires (see `pnpm spec:diff`).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/codegen.ts';
import { checkChangeset } from './lib/spec-diff/check.ts';
import { BASELINE } from './lib/spec-diff/sources.ts';

if (!existsSync(join(ROOT, BASELINE))) {
  console.log(`no release baseline (${BASELINE}) yet: nothing has been released, no changeset needed.`);
} else {
  const result = await checkChangeset(ROOT);
  console.log(result.message);
  if (!result.ok) process.exit(1);
}
