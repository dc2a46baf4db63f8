// The official client's forms, taken as the documented request inside the fake: a trailing slash, a `{}`
// body on GET and DELETE, snake_case body keys. Each is named in X-Civis-Mock-Normalised; everything else
// is judged as sent.
import { snakeCase } from '@civis-ts/spec/naming';
import { resolve } from '@civis-ts/spec/walk';
import { describe, expect, it } from 'vitest';
import { createMock, NORMALISED_HEADER } from '../src/index.js';
import { bodyNotTaken, camelise, trimTrailingSlash } from '../src/normalise.js';
import { specDocument, specOperations } from '../src/spec.js';

const mock = createMock();
const send = (method: string, target: string, body?: string) =>
  mock.fetch(`${mock.url}${target}`, {
    method,
    headers: { Authorization: 'Bearer test-key', 'Content-Type': 'application/json' },
    body,
  });

describe('a body on an operation that takes none', () => {
  it.each([
    [' { } ', ['empty JSON body of DELETE dropped']],
    ['{"a":1}', ['body of DELETE ignored']],
    ['', []],
  ])('%j: noted as %j', (text, expected) => {
    const changes: string[] = [];
    bodyNotTaken('DELETE', text, changes);
    expect(changes).toEqual(expected);
  });

  it('a `{}` DELETE does what the DELETE does, and says so', async () => {
    const response = await send('DELETE', '/permission_sets/1/shares/users/2', '{}');
    expect(response.status).toBe(204);
    expect(response.headers.get(NORMALISED_HEADER)).toBe('empty JSON body of DELETE dropped');
  });
});

describe('snake_case body keys', () => {
  it('renamed to the camelCase the spec declares, for every body-taking operation', () => {
    for (const operation of specOperations().filter((op) => op.bodySchema !== undefined)) {
      const camel = Object.keys(resolve(specDocument(), operation.bodySchema).properties as object);
      const snake = Object.fromEntries(camel.map((key) => [snakeCase(key), key]));
      const changes: string[] = [];
      const out = camelise(snake, operation.bodySchema, changes);
      expect(out, operation.operationId).toEqual(Object.fromEntries(camel.map((key) => [key, key])));
      if (camel.some((key) => /[A-Z]/.test(key))) expect(changes[0]).toMatch(/^body keys renamed: /);
    }
  });

  it('through the fake: the share applies, and the answer names what was renamed', async () => {
    const response = await send(
      'PUT',
      '/permission_sets/1/shares/groups',
      '{"group_ids":[4],"permissionLevel":"read"}',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get(NORMALISED_HEADER)).toBe('body keys renamed: group_ids as groupIds');
    expect(mock.state.shares.level({ permissionSetId: 1 }, 'group', 4)).toBe('read');
  });

  it.each([
    ['camelCase already', { userIds: [2], permissionLevel: 'read' }, []],
    [
      'an unknown key',
      { user_ids: [2], permissionLevel: 'read', bogus_key: 1 },
      ['body keys renamed: user_ids as userIds'],
    ],
    ['both forms of a key', { user_ids: [2], userIds: [3], permissionLevel: 'read' }, []],
  ])('renames only what the schema declares and the body lacks: %s', (_, body, expected) => {
    const changes: string[] = [];
    const schema = specOperations().find(
      (op) => op.operationId === 'sharePermissionSetWithUsers',
    )?.bodySchema;
    const out = camelise(body, schema, changes);
    expect(changes).toEqual(expected);
    if (expected.length === 0) expect(out).toBe(body);
  });

  it('keeps a `__proto__` key a plain key', () => {
    const schema = specOperations().find(
      (op) => op.operationId === 'sharePermissionSetWithUsers',
    )?.bodySchema;
    const out = camelise(JSON.parse('{"user_ids":[2],"__proto__":{"x":1}}'), schema, []) as object;
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('a trailing slash', () => {
  it.each([
    ['/permission_sets/', '/permission_sets'],
    ['/permission_sets/7/resources/', '/permission_sets/7/resources'],
    ['/', '/'],
    ['/permission_sets/7', '/permission_sets/7'],
  ])('%s → %s', (path, expected) => {
    const changes: string[] = [];
    expect(trimTrailingSlash(path, changes)).toBe(expected);
    expect(changes).toEqual(path === expected ? [] : ['trailing slash removed']);
  });

  it('through the fake: the list, with its query', async () => {
    const response = await send('GET', '/permission_sets/?limit=2');
    expect([response.status, ((await response.json()) as unknown[]).length]).toEqual([200, 2]);
    expect(response.headers.get(NORMALISED_HEADER)).toBe('trailing slash removed');
  });
});
