// Each operation's response rests on a line of the reference docs and a rule of the wire notes, written
// next to it in the spec (`x-response-basis`). This holds the spec to what it says it rests on: the docs
// method is the one the notes' naming rule gives for the path, and the status and shape are the ones
// the notes' "Shapes and status codes" rules give for that method.

import { OPERATION_COUNT } from '@civis-ts/spec/facts';
import { operationsOf, resolve } from '@civis-ts/spec/walk';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleSpec } from '../lib/codegen.ts';

type Json = Record<string, unknown>;
let doc: Json;
beforeAll(async () => {
  doc = await bundleSpec();
});

/** The civis-python method for an HTTP call, by the notes' "From method name to HTTP call" rule. */
function pythonMethod(method: string, path: string): string {
  const segments = path.split('/').slice(1);
  const last = segments.at(-1) as string;
  const verb = method === 'get' ? (last.startsWith('{') ? 'get' : 'list') : method;
  const words = segments.slice(2).filter((segment) => !segment.startsWith('{'));
  return [verb, ...words].join('_');
}

describe('pythonMethod follows the examples of the notes', () => {
  it.each([
    ['get', '/permission_sets', 'list'],
    ['get', '/permission_sets/{id}', 'get'],
    ['put', '/permission_sets/{id}/archive', 'put_archive'],
    [
      'delete',
      '/permission_sets/{id}/resources/{name}/shares/groups/{group_id}',
      'delete_resources_shares_groups',
    ],
    ['get', '/permission_sets/{id}/users/{user_id}/permissions', 'list_users_permissions'],
  ])('%s %s → %s', (method, path, name) => {
    expect(pythonMethod(method, path)).toBe(name);
  });
});

it('every operation names the docs line and the notes rule its response rests on', () => {
  const operations = operationsOf(doc);
  expect(operations, 'the spec table is stale: pnpm generate').toHaveLength(OPERATION_COUNT);
  for (const { method, path, operation, operationId } of operations) {
    const name = pythonMethod(method, path);
    const basis = operation['x-response-basis'] as { docs?: string; rule?: string } | undefined;
    const where = `${operationId}: its x-response-basis in spec/openapi.yaml`;
    expect(basis?.docs, where).toMatch(new RegExp(`^${name}\\(`));
    expect(basis?.rule, where).toMatch(/^notes "Shapes and status codes"/);

    const responses = operation.responses as Json;
    const success = Object.keys(responses).filter((status) => status.startsWith('2'));
    const expected = name.startsWith('post') ? '201' : name.startsWith('delete') ? '204' : '200';
    expect(success, `${operationId}: the one success status`).toEqual([expected]);
    const response = resolve(doc, responses[expected]);
    const json = (response.content as Record<string, Json> | undefined)?.['application/json'];
    if (expected === '204') {
      expect(basis?.docs, operationId).toMatch(/returns None$/);
      expect(json, `${operationId}: a 204 has no body`).toBeUndefined();
      continue;
    }
    const schema = resolve(doc, json?.schema);
    // A list_* method answers an array of the documented object; any other method, the object itself.
    expect(schema.type, operationId).toBe(name.startsWith('list') ? 'array' : 'object');
    const paginated = /returns civis\.response\.PaginatedResponse/.test(basis?.docs ?? '');
    expect(paginated, operationId).toBe(
      Object.hasOwn((response.headers ?? {}) as object, 'X-Pagination-Total-Pages'),
    );
  }
});
