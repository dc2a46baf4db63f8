// Turns a diff into the two texts people read: the terminal report and the changeset.
import type { SpecDiff } from './index.ts';
import type { Change, Level } from './types.ts';

/** The packages whose public types come from the spec, and so bump with it. */
export const SPEC_PACKAGES = ['@civis-ts/client', '@civis-ts/sdk'];

const HEADINGS: Record<Level, string> = {
  major: 'Breaking changes (major)',
  minor: 'Additions and other compatible changes (minor)',
  patch: 'Documentation (patch)',
};

function line(change: Change): string {
  // Only a shared schema (`#/components/...`) needs to say which operations it reaches.
  const shared = change.location.startsWith('#/components/') && change.operations.length > 0;
  const used = shared ? `\n      used by: ${change.operations.join(', ')}` : '';
  return `  - ${change.location}: ${change.message} [${change.kind}]${used}`;
}

export function formatReport(diff: SpecDiff, baseLabel: string): string {
  if (diff.bump === undefined) return `spec/ is identical to ${baseLabel}: nothing to release.`;
  const sections = (['major', 'minor', 'patch'] as const)
    .map((level) => ({ level, changes: diff.changes.filter((c) => c.level === level) }))
    .filter(({ changes }) => changes.length > 0)
    .map(({ level, changes }) => `${HEADINGS[level]}: ${changes.length}\n${changes.map(line).join('\n')}`);
  return [
    `spec/ compared with ${baseLabel}: ${diff.changes.length} change(s).`,
    ...sections,
    `Bump needed for ${SPEC_PACKAGES.join(' and ')}: ${diff.bump}.`,
  ].join('\n\n');
}

/** A changeset file (front matter + summary) bumping every spec package by the diff's level. */
export function renderChangeset(diff: SpecDiff): string {
  if (diff.bump === undefined) throw new Error('no spec change: no changeset to write');
  const bump = diff.bump;
  const frontMatter = SPEC_PACKAGES.map((name) => `'${name}': ${bump}`).join('\n');
  const order: Level[] = ['major', 'minor', 'patch'];
  const bullets = order
    .flatMap((level) => diff.changes.filter((c) => c.level === level))
    .map((c) => `- ${c.level === 'major' ? '**Breaking:** ' : ''}${c.location}: ${c.message}`);
  return `---\n${frontMatter}\n---\n\nAPI spec update.\n\n${bullets.join('\n')}\n`;
}
