// `diffSpecs(old, new)`: every change between two bundled OpenAPI documents, each with a semver level.
import { DiffContext } from './context.ts';
import { leafDiffs } from './docs-diff.ts';
import { diffOperations } from './operation-diff.ts';
import { type Change, isObject, type Json, type Level, maxLevel } from './types.ts';

export type { Change, Direction, Level } from './types.ts';

export interface SpecDiff {
  changes: Change[];
  /** The semver bump the changes call for; `undefined` when the specs are equal. */
  bump: Level | undefined;
}

export function diffSpecs(oldDoc: Json, newDoc: Json): SpecDiff {
  const ctx = new DiffContext(oldDoc, newDoc);
  diffOperations(ctx);
  diffComponentNames(ctx);
  const structural = [...ctx.changes.values()];
  const leaves = leafDiffs(oldDoc, newDoc);
  for (const pointer of leaves.docs) {
    ctx.add({
      level: 'patch',
      kind: 'docs-changed',
      location: `#${pointer}`,
      message: 'documentation changed',
    });
  }
  // A difference the walk could not name (say, in a schema no operation uses) still changes the
  // generated types: report it as a minor change rather than let it pass as nothing.
  if (structural.length === 0) {
    for (const pointer of leaves.other) {
      ctx.add({
        level: 'minor',
        kind: 'unclassified',
        location: `#${pointer}`,
        message: 'changed (not classified)',
      });
    }
  }
  const changes = [...ctx.changes.values()];
  return { changes, bump: maxLevel(changes.map((c) => c.level)) };
}

/** Component schemas are exported types (`components['schemas']['X']`): removing one breaks importers. */
function diffComponentNames(ctx: DiffContext): void {
  const names = (doc: Json) => {
    const components = isObject(doc.components) ? doc.components : {};
    return isObject(components.schemas) ? Object.keys(components.schemas) : [];
  };
  const before = names(ctx.oldDoc);
  const after = names(ctx.newDoc);
  for (const name of before.filter((n) => !after.includes(n))) {
    const location = `#/components/schemas/${name}`;
    ctx.add({ level: 'major', kind: 'schema-removed', location, message: `schema ${name} removed` });
  }
  for (const name of after.filter((n) => !before.includes(n))) {
    const location = `#/components/schemas/${name}`;
    ctx.add({ level: 'minor', kind: 'schema-added', location, message: `new schema ${name}` });
  }
}
