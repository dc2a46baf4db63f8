// The documented shape of each operation's success body: a JSON object or a JSON array (none for the
// DELETEs, which answer 204). The one source the transport reads shapes from, so it can be swapped for
// the spec's operation table in one place. Until then the table is written here and checked against the
// spec's generated types: an entry that disagrees with the spec, or an operation left out, fails to compile.
import type { Data, Operation, PathOf, Verb } from '@civis-ts/client';

export type Shape = 'object' | 'array';

type ShapeOf<D> = [D] extends [undefined] ? never : D extends readonly unknown[] ? 'array' : 'object';
type Table = {
  [V in Verb]: {
    [P in PathOf<V> as [ShapeOf<Data<Operation<P, V>>>] extends [never] ? never : P]: ShapeOf<
      Data<Operation<P, V>>
    >;
  };
};

const SHAPES: Table = {
  GET: {
    '/permission_sets': 'array',
    '/permission_sets/{id}': 'object',
    '/permission_sets/{id}/dependencies': 'array',
    '/permission_sets/{id}/shares': 'array',
    '/permission_sets/{id}/users/{user_id}/permissions': 'array',
    '/permission_sets/{id}/resources': 'array',
    '/permission_sets/{id}/resources/{name}': 'object',
    '/permission_sets/{id}/resources/{name}/shares': 'array',
  },
  POST: { '/permission_sets': 'object', '/permission_sets/{id}/resources': 'object' },
  PUT: {
    '/permission_sets/{id}': 'object',
    '/permission_sets/{id}/archive': 'object',
    '/permission_sets/{id}/transfer': 'object',
    '/permission_sets/{id}/shares/users': 'object',
    '/permission_sets/{id}/shares/groups': 'object',
    '/permission_sets/{id}/resources/{name}/shares/users': 'object',
    '/permission_sets/{id}/resources/{name}/shares/groups': 'object',
  },
  PATCH: { '/permission_sets/{id}': 'object', '/permission_sets/{id}/resources/{name}': 'object' },
  DELETE: {},
};

/** The shape `verb path` promises for a success body; undefined for an operation that promises none. */
export function shapeOf(verb: string, path: string): Shape | undefined {
  return (SHAPES[verb as Verb] as Record<string, Shape | undefined> | undefined)?.[path];
}
