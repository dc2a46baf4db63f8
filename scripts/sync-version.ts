// The one rule for a package's `VERSION` constant (used by release-version.ts after `changeset version`).
const PATTERN = /export const VERSION = '[^']*';/;

export function syncVersion(source: string, version: string): string {
  if (!PATTERN.test(source)) throw new Error("no `export const VERSION = '...';` line to update");
  return source.replace(PATTERN, `export const VERSION = '${version}';`);
}
