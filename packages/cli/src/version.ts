// Kept equal to package.json's version by the release script (scripts/sync-version.ts).
export const VERSION = '0.1.0';
