// Every method checks the documented shape of what it returns (a JSON object or array, as the spec
// says): any other JSON is an InvalidResponseError naming the call, not data of the wrong type.
import { OPERATIONS } from '@civis-ts/spec/operations';
import { describe, expect, it } from 'vitest';
import { type Civis, InvalidResponseError } from '../src/index.js';
import { shapeOf } from '../src/internal/shapes.js';
import { json, KEY, stubClient } from './stub-fetch.js';

type Method = [name: string, shape: 'object' | 'array', call: (civis: Civis) => Promise<unknown>];

const METHODS: Method[] = [
  ['permissionSets.get', 'object', (c) => c.permissionSets.get(1)],
  ['permissionSets.create', 'object', (c) => c.permissionSets.create({ name: 'n' })],
  ['permissionSets.replace', 'object', (c) => c.permissionSets.replace(1, { name: 'n' })],
  ['permissionSets.update', 'object', (c) => c.permissionSets.update(1, { name: 'n' })],
  ['permissionSets.archive', 'object', (c) => c.permissionSets.archive(1)],
  ['permissionSets.unarchive', 'object', (c) => c.permissionSets.unarchive(1)],
  [
    'permissionSets.transfer',
    'object',
    (c) => c.permissionSets.transfer(1, { userId: 2, includeDependencies: false }),
  ],
  ['permissionSets.dependencies', 'array', (c) => c.permissionSets.dependencies(1)],
  ['permissionSets.userPermissions', 'array', (c) => c.permissionSets.userPermissions(1, 2)],
  ['permissionSets.list', 'array', (c) => c.permissionSets.list().toArray()],
  ['shares.list', 'array', (c) => c.permissionSets.shares(1).list()],
  ['shares.grant', 'object', (c) => c.permissionSets.shares(1).grant({ users: [2] }, 'read')],
  ['resources.get', 'object', (c) => c.permissionSets.resources(1).get('r')],
  ['resources.create', 'object', (c) => c.permissionSets.resources(1).create({ name: 'r' })],
  ['resources.update', 'object', (c) => c.permissionSets.resources(1).update('r', { description: 'd' })],
  ['resources.list', 'array', (c) => c.permissionSets.resources(1).list().toArray()],
  ['resource shares.list', 'array', (c) => c.permissionSets.resources(1).shares('r').list()],
  ['raw.GET', 'object', (c) => c.raw.GET('/permission_sets/{id}', { params: { path: { id: 1 } } })],
  ['raw.GET (a page)', 'array', (c) => c.raw.GET('/permission_sets')],
];

it('the shape checked is the spec table’s, for every operation (its 2xx response’s shape)', () => {
  expect(OPERATIONS.length).toBeGreaterThan(0);
  const wrong = OPERATIONS.flatMap(({ method, path, responses }) => {
    const documented = responses.find((response) => response.status.startsWith('2'))?.shape;
    const checked = shapeOf(method, path);
    return checked === documented
      ? []
      : [`${method} ${path}: the spec says ${documented}, checked ${checked}`];
  });
  expect(wrong).toEqual([]);
});

describe('a success body of the wrong shape is an InvalidResponseError', () => {
  const wrong = { object: [[{ id: 1 }], 'a string', 42, true], array: [{ items: [] }, 'a string', 42] };
  it.each(METHODS)('%s (documented: a JSON %s)', async (_, shape, call) => {
    for (const body of wrong[shape]) {
      const { civis, calls } = stubClient(json(200, body));
      const error = await call(civis).catch((e: unknown) => e);
      expect(error, JSON.stringify(body)).toBeInstanceOf(InvalidResponseError);
      expect((error as Error).message).toContain(`the body is not a JSON ${shape}`);
      // Not retried: the service answered, and answered wrongly.
      expect(calls).toHaveLength(1);
    }
  });

  it('JSON null and an empty body are a missing body', async () => {
    for (const response of [json(200, null), new Response('', { status: 200 })]) {
      const { civis } = stubClient(response);
      await expect(civis.permissionSets.get(1)).rejects.toThrow(/the body is missing/);
    }
  });

  it('a body that is not JSON names the shape promised and the Content-Type it came as; a DELETE too', async () => {
    const html = () =>
      new Response('<html>502</html>', { status: 200, headers: { 'Content-Type': 'text/html' } });
    const get = await stubClient(html())
      .civis.permissionSets.get(1)
      .catch((e: unknown) => e);
    expect(get).toBeInstanceOf(InvalidResponseError);
    expect((get as Error).message).toContain('the body is not a JSON object (Content-Type: text/html)');
    const deleted = stubClient(html()).civis.permissionSets.resources(1).delete('r');
    await expect(deleted).rejects.toThrow('the body is not a JSON document (Content-Type: text/html)');
  });

  it('a share index the SDK cannot read is an InvalidResponseError, scrubbed of an echoed key, not a TypeError', async () => {
    const echo = { 'x-request-id': `req-${KEY}` };
    for (const [body, call] of [
      [[{ owners: null }], (c: Civis) => c.permissionSets.shares(1).list()],
      [
        {},
        (c: Civis) =>
          c.permissionSets
            .resources(1)
            .shares('r')
            .grant({ groups: [2] }, 'read'),
      ],
    ] as const) {
      const { civis, calls } = stubClient(json(200, body, echo));
      const error = await call(civis).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as Error).message).toContain('the body is not the documented shape');
      expect((error as InvalidResponseError).requestId).toBe('req-[redacted]');
      expect(calls).toHaveLength(1);
    }
  });

  it('a DELETE checks no shape: whatever came with its 2xx, it resolves to nothing', async () => {
    const { civis } = stubClient(json(200, 'anything'));
    await expect(civis.permissionSets.resources(1).delete('r')).resolves.toBeUndefined();
  });
});
