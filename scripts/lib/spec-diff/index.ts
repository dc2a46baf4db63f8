// `diffSpecs(old, new)`: every change between two bundled OpenAPI documents, each with a semver level.
//
// Why a diff of our own: api-smart-diff and Optic install and run on OpenAPI 3.1 here, but they judge
// wire compatibility (is an old request still accepted, does an old reader still parse the response),
// not the compatibility of the generated types, which is what a semver bump of @civis-ts/client and
// @civis-ts/sdk promises (a new response enum value breaks an exhaustive `switch`; a tighter request
// bound breaks code that compiled). On this tool's 42 fixture pairs they agreed with it on 31.
import { DiffContext, deref } from './context.ts';
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
  const reached = new Set([...reachedComponents(oldDoc), ...reachedComponents(newDoc)]);
  const leaves = leafDiffs(oldDoc, newDoc);
  for (const pointer of leaves.docs) {
    ctx.add({
      level: 'patch',
      kind: 'docs-changed',
      location: `#${pointer}`,
      message: 'documentation changed',
    });
  }
  // A difference the walk does not read (a schema no operation uses, a keyword it has no rule for)
  // still changes the generated types: report it as a minor change rather than let it pass as nothing,
  // whatever else changed beside it.
  for (const pointer of leaves.other.filter((p) => !walked(p, reached))) {
    ctx.add({
      level: 'minor',
      kind: 'unclassified',
      location: `#${pointer}`,
      message: 'changed (not classified)',
    });
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

/** Keywords the structural walk reads (operation-diff, schema-diff): a difference there is classified. */
const WALKED_KEYWORDS = new Set([
  ...['operationId', 'parameters', 'requestBody', 'responses', 'content', 'schema', 'headers'],
  ...['name', 'in', '$ref', 'type', 'nullable', 'enum', 'const', 'properties', 'required', 'items'],
  ...['additionalProperties', 'allOf', 'oneOf', 'anyOf', 'pattern', 'format', 'uniqueItems'],
  ...['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  ...['minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties'],
]);
/** Maps whose keys are names the walk compares (a field, status, media type, header, path added or removed). */
const NAMED_ENTRIES = new Set(['paths', 'properties', 'responses', 'content', 'headers']);

/** The components (`/components/<kind>/<name>`) that the operations reach, through `$ref`s at any depth. */
function reachedComponents(doc: Json): Set<string> {
  const reached = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key !== '$ref' || typeof value !== 'string') visit(value);
      else if (value.startsWith('#/components/')) {
        const component = value.slice(1).split('/').slice(0, 4).join('/');
        if (reached.has(component)) continue;
        reached.add(component);
        visit(deref(doc, { $ref: `#${component}` }).node);
      }
    }
  };
  visit(doc.paths);
  return reached;
}

/**
 * Whether the structural walk read the place where two specs differ (`pointer`, from leafDiffs), and so
 * classified it: inside an operation or a component an operation reaches, at a keyword the walk has a
 * rule for. Anything else is an unclassified change.
 */
function walked(pointer: string, reached: Set<string>): boolean {
  const segments = pointer.split('/').slice(1);
  const [section, kind, name] = segments;
  if (section === 'components') {
    // A component schema added or removed: diffComponentNames.
    if (kind === 'schemas' && segments.length <= 3) return true;
    if (!reached.has(`/components/${kind}/${name}`)) return false;
  } else if (section !== 'paths') return false;
  const key = segments.at(-1) as string;
  const parent = segments.at(-2);
  if (parent !== undefined && NAMED_ENTRIES.has(parent)) return true;
  // Under a path item: an operation added or removed, or the operation's deprecation.
  if (section === 'paths' && segments.length === 3) return true;
  if (section === 'paths' && segments.length === 4 && key === 'deprecated') return true;
  return WALKED_KEYWORDS.has(key);
}
