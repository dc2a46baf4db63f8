// Completeness of the fake (run by completeness.test.ts, and by the API-change drill on a changed copy): each route reads every query parameter its operation declares, and across
// all operations the fake produces every field of every response schema. Each operation's route is run
// on a fresh seeded store with every parameter and body field set (samples of the spec's schemas); a
// parameter it never reads or a response field it never writes fails, naming it.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sampleOf } from '@civis-ts/spec/sample';
import { deref, isObject, type Json, operationsOf, resolve } from '@civis-ts/spec/walk';
import { routes } from '../src/routes/index.js';
import type { OperationId } from '../src/spec.js';
import { specDocument } from '../src/spec.js';
import { MockStore } from '../src/store.js';

let doc: Json = {};

const ROUTES = fileURLToPath(new URL('../src/routes/', import.meta.url));

/** The route file of an operation's tag: the one whose routes are typed `TagRoutes<… 'Tag' …>`. */
function routeFile(operation: { operation: Json }): string {
  const tag = Array.isArray(operation.operation.tags) ? String(operation.operation.tags[0]) : 'its tag';
  for (const file of readdirSync(ROUTES).filter((f) => f.endsWith('.ts'))) {
    const typed = /TagRoutes<([^>]+)>/.exec(readFileSync(`${ROUTES}${file}`, 'utf8'))?.[1];
    if (typed?.includes(`'${tag}'`)) return `packages/mock/src/routes/${file}`;
  }
  const file = `${tag.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.ts`;
  return (
    `a new route file packages/mock/src/routes/${file} (the tag is new), typed TagRoutes<'${tag}'> and ` +
    'spread into the routes in packages/mock/src/routes/index.ts'
  );
}

/**
 * Path values that name things the store holds: the set `id` (1, seeded, by default), its first resource,
 * a user who owns neither, a group.
 */
export function pathValues(store: MockStore, id = 1): Record<string, unknown> {
  const name = [...store.resourcesOf(id).keys()][0];
  const owners = [
    store.ownerOf({ permissionSetId: id }),
    store.ownerOf({ permissionSetId: id, resourceName: name }),
  ];
  const userId = [...store.users.keys()].find((user) => !owners.includes(user));
  return { id, name, user_id: userId, group_id: [...store.groups.keys()][0] };
}

/** `fields` gains `Schema.field` for each property of `node`'s schema that `value` holds, recursively. */
function collect(node: unknown, value: unknown, fields: Set<string>, at: string): void {
  const { node: schema, ref } = deref(doc, node);
  if (!isObject(schema)) return;
  const where = ref ? ref.slice(ref.lastIndexOf('/') + 1) : at;
  if (Array.isArray(value) && schema.items !== undefined) {
    for (const item of value) collect(schema.items, item, fields, `${where}[]`);
  }
  if (!isObject(value) || !isObject(schema.properties)) return;
  for (const [field, property] of Object.entries(schema.properties)) {
    if (!(field in value)) continue;
    fields.add(`${where}.${field}`);
    collect(property, value[field], fields, `${where}.${field}`);
  }
}

/** Every `Schema.field` of a response schema, with the operations that answer with it. */
function declared(
  node: unknown,
  out: Map<string, Set<string>>,
  operation: string,
  at: string,
  seen = new Set<string>(),
): void {
  const { node: schema, ref } = deref(doc, node);
  if (!isObject(schema)) return;
  if (ref) {
    if (seen.has(ref)) return;
    seen.add(ref);
  }
  const where = ref ? ref.slice(ref.lastIndexOf('/') + 1) : at;
  if (schema.items !== undefined) declared(schema.items, out, operation, `${where}[]`, seen);
  for (const [field, property] of Object.entries(isObject(schema.properties) ? schema.properties : {})) {
    const key = `${where}.${field}`;
    out.set(key, (out.get(key) ?? new Set()).add(operation));
    declared(property, out, operation, key, seen);
  }
}

/**
 * What the fake does not cover in `document` (by default the spec it serves): one message per query parameter a route never
 * reads and per response field no route produces, naming it. Empty when it covers everything.
 */
export async function mockProblems(document: Json = specDocument()): Promise<string[]> {
  doc = document;
  const problems: string[] = [];
  const produced = new Set<string>();
  const expected = new Map<string, Set<string>>();
  for (const operation of operationsOf(doc)) {
    const id = operation.operationId as OperationId;
    const route = routes[id];
    if (!route) {
      problems.push(
        `the fake has no route for ${id} (${operation.method.toUpperCase()} ${operation.path}): add it to ${routeFile(operation)}.`,
      );
      continue;
    }
    // A few more items, so that a list has something to sort and page.
    const store = new MockStore();
    store.addPermissionSets(3);
    store.addResources(1, 3);
    const path = pathValues(store);
    const values: Record<string, unknown> = {};
    for (const parameter of operation.parameters) {
      values[parameter.name] =
        parameter.in === 'path' ? path[parameter.name] : sampleOf(doc, parameter.schema);
    }
    const read = new Set<string>();
    const params = new Proxy(values, {
      get(target, key) {
        if (typeof key === 'string') read.add(key);
        return Reflect.get(target, key);
      },
    });
    // Ids in a body name the user who is not an owner, as the path's user_id does.
    const body = operation.body ? sampleOf(doc, operation.body.schema) : undefined;
    if (isObject(body) && Array.isArray(body.userIds)) body.userIds = [path.user_id];
    if (isObject(body) && 'userId' in body) body.userId = path.user_id;
    let result: ReturnType<typeof route>;
    try {
      result = route({ params, body, store });
    } catch (error) {
      problems.push(
        `the fake's route for ${id} failed on the spec's sample input: ${(error as Error).message}`,
      );
      continue;
    }
    for (const parameter of operation.parameters) {
      if (parameter.in === 'query' && !read.has(parameter.name)) {
        problems.push(
          `the fake's route for ${id} ignores the query parameter \`${parameter.name}\`: make it honour it in ${routeFile(operation)}.`,
        );
      }
    }
    const responses = isObject(operation.operation.responses) ? operation.operation.responses : {};
    const response = resolve(doc, responses[String(result.status)]);
    const schema = ((response.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema;
    if (schema !== undefined) {
      collect(schema, result.body, produced, id);
      declared(schema, expected, id, id);
    }
  }
  for (const [field, answeredBy] of expected) {
    if (produced.has(field)) continue;
    problems.push(
      `the fake never produces the response field ${field} (answered by ${[...answeredBy].join(', ')}): ` +
        'set it where the fake builds the answer (packages/mock/src/routes/wire.ts or the route).',
    );
  }
  return problems;
}
