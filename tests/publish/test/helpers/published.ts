// Reads what a consumer actually received: the package directories npm or pnpm installed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir` as a `/`-separated relative path, not descending into node_modules. */
export function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, prefix))) {
    if (entry === 'node_modules') continue;
    const rel = prefix ? `${prefix}/${entry}` : entry;
    if (statSync(join(dir, rel)).isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out;
}

/** Problems a published package must not have; empty when it is clean. */
export function packageProblems(dir: string, forbiddenPaths: string[]): string[] {
  const problems: string[] = [];
  const files = listFiles(dir);
  for (const required of ['package.json', 'README.md', 'LICENSE']) {
    if (!files.includes(required)) problems.push(`missing ${required}`);
  }
  for (const file of files) {
    if (/(^|\/)(test|tests|__tests__)\//.test(file) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(file)) {
      problems.push(`test file published: ${file}`);
    }
    const text = readFileSync(join(dir, file), 'utf8');
    for (const path of forbiddenPaths) {
      if (text.includes(path)) problems.push(`${file} contains the absolute path ${path}`);
    }
    if (file.endsWith('.map') && /"sources":\s*\[[^\]]*"\//.test(text)) {
      problems.push(`${file} is a source map with absolute source paths`);
    }
  }
  const manifest = readFileSync(join(dir, 'package.json'), 'utf8');
  if (manifest.includes('workspace:')) problems.push('package.json still has a workspace: range');
  return problems;
}
