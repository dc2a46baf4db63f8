// Reads the pending changesets in .changeset/: which packages each one bumps, and by how much.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  return files
    .sort()
    .map((file) => ({ file, bumps: parseFrontMatter(readFileSync(join(dir, file), 'utf8')) }));
}

/** The `'pkg': level` lines between the leading `---` fences (the format `changeset add` writes). */
export function parseFrontMatter(text: string): Map<string, Level> {
  const bumps = new Map<string, Level>();
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text.trimStart());
  for (const row of (match?.[1] ?? '').split(/\r?\n/)) {
    const entry = /^\s*(['"]?)([^'"]+)\1\s*:\s*(major|minor|patch)\s*$/.exec(row);
    if (entry) bumps.set(entry[2] as string, entry[3] as Level);
  }
  return bumps;
}

/** The highest bump the pending changesets give `pkg`, or `undefined` when none names it. */
export function pendingBump(changesets: PendingChangeset[], pkg: string): Level | undefined {
  return maxLevel(changesets.flatMap((c) => (c.bumps.has(pkg) ? [c.bumps.get(pkg) as Level] : [])));
}
