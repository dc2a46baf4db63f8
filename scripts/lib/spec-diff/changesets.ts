// Reads the pending changesets in .changeset/: which packages each one bumps, and by how much. The
// front matter is read with @changesets/parse, the parser `changeset version` itself uses, so this check
// and the release read the same file the same way (a YAML quirk cannot pass one and fail the other).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import parseChangeset from '@changesets/parse';
import { type Level, maxLevel } from './types.ts';

export interface PendingChangeset {
  file: string;
  bumps: Map<string, Level>;
}

export function readChangesets(dir: string): PendingChangeset[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md');
  } catch {
    return [];
  }
  return files.sort().map((file) => {
    try {
      return { file, bumps: parseFrontMatter(readFileSync(join(dir, file), 'utf8')) };
    } catch (error) {
      throw new Error(`.changeset/${file}: ${(error as Error).message}`);
    }
  });
}

/** The `'pkg': level` entries of a changeset's front matter; `none` bumps are left out. */
export function parseFrontMatter(text: string): Map<string, Level> {
  const bumps = new Map<string, Level>();
  for (const { name, type } of parseChangeset(text).releases) {
    if (type !== 'none') bumps.set(name, type);
  }
  return bumps;
}

/** The highest bump the pending changesets give `pkg`, or `undefined` when none names it. */
export function pendingBump(changesets: PendingChangeset[], pkg: string): Level | undefined {
  return maxLevel(changesets.flatMap((c) => (c.bumps.has(pkg) ? [c.bumps.get(pkg) as Level] : [])));
}
