// Runs after `changeset version` (`pnpm version-packages`): brings what the version bump leaves behind
// in line. Each package's `VERSION` constant follows its package.json, and the spec as it is now becomes
// the release baseline, so that `check:changeset` asks for a changeset only for later spec changes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/codegen.ts';
import { BASELINE, writeBaseline } from './lib/spec-diff/sources.ts';
import { syncVersion } from './sync-version.ts';

for (const pkg of ['client', 'sdk', 'mock', 'cli']) {
  const dir = join(ROOT, 'packages', pkg);
  const file = join(dir, 'src/version.ts');
  if (!existsSync(file)) continue;
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  const before = readFileSync(file, 'utf8');
  const after = syncVersion(before, version);
  if (after !== before) {
    writeFileSync(file, after);
    console.log(`packages/${pkg}/src/version.ts → ${version}`);
  }
}
await writeBaseline();
console.log(`${BASELINE} now holds the spec of this release`);
