// The documented shape of each operation's success body: a JSON object or a JSON array (none for the
// DELETEs, which answer 204). The spec's operation table (@civis-ts/spec/operations) holds it per
// operation; shipping that table would cost the bundle kilobytes, and the spec follows one rule, so the
// rule is what ships: a GET of a path ending in a `{name}` segment answers one object, any other GET a
// list; a POST, PUT or PATCH answers the object it made or changed. test/shapes.test.ts holds the rule to
// the table for every operation: a spec change that breaks it fails there.

export type Shape = 'object' | 'array';

/** The shape `verb path` promises for a success body; undefined for an operation that promises none. */
export function shapeOf(verb: string, path: string): Shape | undefined {
  if (verb === 'DELETE') return undefined;
  return verb !== 'GET' || path.endsWith('}') ? 'object' : 'array';
}
