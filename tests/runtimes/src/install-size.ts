// What each published package costs a user: packed as published, `npm i` in an empty project, then the
// disk use of node_modules (as `du` counts it) and the number of packages in it. Run: pnpm --filter @civis-ts/runtimes-test
// install-size (after a build).
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installProject, packAll } from './install.ts';

function measure(dir: string): { bytes: number; packages: number } {
  let bytes = 0;
  let packages = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() || entry.isDirectory()) bytes += statSync(path).blocks * 512; // on disk, as du counts
    if (
      entry.isFile() &&
      entry.name === 'package.json' &&
      /node_modules[\\/](@[^\\/]+[\\/])?[^\\/@]+$/.test(entry.parentPath)
    )
      packages++;
  }
  return { bytes, packages };
}

const work = mkdtempSync(join(tmpdir(), 'civis-install-size-'));
try {
  const tgz = await packAll(work);
  const cases: [string, string[]][] = [
    ['@civis-ts/client', [tgz.client]],
    ['@civis-ts/sdk', [tgz.sdk, tgz.client]],
    ['@civis-ts/mock', [tgz.mock, tgz.client]],
  ];
  console.log('| install | node_modules | packages |\n| --- | --- | --- |');
  for (const [label, specs] of cases) {
    const project = join(work, label.replace(/\W+/g, '-'));
    await installProject(project, specs);
    const { bytes, packages } = measure(join(project, 'node_modules'));
    console.log(`| ${label} | ${(bytes / 1024 / 1024).toFixed(1)} MB | ${packages} |`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
