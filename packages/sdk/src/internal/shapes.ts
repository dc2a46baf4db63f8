// The documented shape of each operation's success body: a JSON object or a JSON array (none for the
// DELETEs, which answer 204). The one place the transport reads shapes from, so it can be swapped for
// the spec's operation table in one place. The spec follows one rule, so the rule is what ships (a table
// of two dozen paths would cost ~900 bytes of bundle): a GET of a path ending in a `{name}` segment
// answers one object, any other GET a list; a POST, PUT or PATCH answers the object it made or changed.
// `Checked` below holds the rule to the spec's generated types for every operation: an operation that
// breaks it fails to compile, and then needs a table.
import type { Data, Operation, PathOf, Verb } from '@civis-ts/client';

export type Shape = 'object' | 'array';

/** The shape `verb path` promises for a success body; undefined for an operation that promises none. */
export function shapeOf(verb: string, path: string): Shape | undefined {
  if (verb === 'DELETE') return undefined;
  return verb !== 'GET' || path.endsWith('}') ? 'object' : 'array';
}

type Documented<D> = [D] extends [undefined] ? undefined : D extends readonly unknown[] ? 'array' : 'object';
type Rule<V extends Verb, P extends string> = V extends 'DELETE'
  ? undefined
  : V extends 'GET'
    ? P extends `${string}}`
      ? 'object'
      : 'array'
    : 'object';
/** Every operation whose documented shape the rule gets wrong: must stay `never`. */
type Wrong = {
  [V in Verb]: {
    [P in PathOf<V>]: [Rule<V, P>] extends [Documented<Data<Operation<P, V>>>]
      ? [Documented<Data<Operation<P, V>>>] extends [Rule<V, P>]
        ? never
        : `${V} ${P}`
      : `${V} ${P}`;
  }[PathOf<V>];
}[Verb];
const checked: [Wrong] extends [never] ? true : Wrong = true;
void checked;
