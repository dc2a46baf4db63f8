// normalise(): the official client's quirks made into the documented request; everything else untouched.

import { resolve } from '@civis-ts/spec/walk';
import { describe, expect, it } from 'vitest';
import { type FrontRequest, normalise } from '../src/normalise.js';
import { specDocument, specOperations } from '../src/spec.js';

const JSON_TYPE = { 'content-type': 'application/json', authorization: 'Basic x' };
const request = (
  method: string,
  target: string,
  body = '',
  headers: FrontRequest['headers'] = JSON_TYPE,
): FrontRequest => ({
  method,
  target,
  headers,
  body: Buffer.from(body),
});
const bodyOf = (method: string, target: string, body: string) =>
  JSON.parse(normalise(request(method, target, body)).body.toString());

describe('a `{}` body on GET and DELETE', () => {
  it.each([
    ['GET', '/permission_sets/7'],
    ['GET', '/permission_sets?limit=5'],
    ['DELETE', '/permission_sets/7/shares/users/2'],
    ['delete', '/permission_sets/7/resources/a%20b'],
  ])('%s %s: dropped, with its Content-Type', (method, target) => {
    const out = normalise(request(method, target, ' { } '));
    expect(out.body.length).toBe(0);
    expect(out.headers).toEqual({ authorization: 'Basic x' });
    expect(out.changes).toEqual([`empty JSON body of ${method.toUpperCase()} dropped`]);
  });

  it.each([
    ['a non-empty object', 'GET', '{"a":1}'],
    ['an empty array', 'GET', '[]'],
    ['not JSON', 'DELETE', '{'],
    ['a POST', 'POST', '{}'],
  ])('kept as sent: %s', (_, method, body) => {
    const out = normalise(request(method, '/permission_sets', body));
    expect(out.body.toString()).toBe(body);
    expect(out.headers).toBe(JSON_TYPE);
  });
});

describe('snake_case body keys', () => {
  it('renamed to the camelCase the spec declares, for every body-taking operation', () => {
    const cases: [string, string, string, Record<string, unknown>][] = [
      [
        'PUT',
        '/permission_sets/7/shares/users',
        '{"user_ids": [2, 3], "permission_level": "read", "share_email_body": "hi", "send_shared_email": false}',
        { userIds: [2, 3], permissionLevel: 'read', shareEmailBody: 'hi', sendSharedEmail: false },
      ],
      [
        'PUT',
        '/permission_sets/7/resources/a%2Fb/shares/groups',
        '{"group_ids": [4], "permission_level": "write"}',
        { groupIds: [4], permissionLevel: 'write' },
      ],
      [
        'PUT',
        '/permission_sets/7/transfer',
        '{"user_id": 2, "include_dependencies": true, "email_body": "yours", "send_email": true}',
        { userId: 2, includeDependencies: true, emailBody: 'yours', sendEmail: true },
      ],
    ];
    for (const [method, target, body, expected] of cases)
      expect(bodyOf(method, target, body)).toEqual(expected);
  });

  it('names what it renamed', () => {
    const out = normalise(
      request('PUT', '/permission_sets/7/shares/groups', '{"group_ids":[4],"permissionLevel":"read"}'),
    );
    expect(out.changes).toEqual(['body keys renamed: group_ids as groupIds']);
  });

  it('takes the names from the spec: every camelCase request field has its snake_case form mapped', () => {
    for (const operation of specOperations().filter((op) => op.bodySchemaRef)) {
      const target = operation.template.replace(/\{[^}]+\}/g, '1');
      const schema = resolve(specDocument(), {
        $ref: operation.bodySchemaRef,
      });
      const camel = Object.keys(schema.properties as object);
      const snake = Object.fromEntries(
        camel.map((key) => [key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), key]),
      );
      const out = bodyOf(operation.method, target, JSON.stringify(snake));
      expect(out, operation.operationId).toEqual(Object.fromEntries(camel.map((key) => [key, key])));
    }
  });

  it.each([
    ['camelCase already', '{"userIds":[2],"permissionLevel":"read"}'],
    ['an unknown key', '{"user_ids":[2],"permissionLevel":"read","bogus_key":1}'],
    ['both forms of a key', '{"user_ids":[2],"userIds":[3],"permissionLevel":"read"}'],
    ['not JSON', 'user_ids=2'],
  ])('leaves the body byte for byte when nothing is renamed, or for the rest: %s', (_, body) => {
    const out = normalise(request('PUT', '/permission_sets/7/shares/users', body));
    const renamed = out.changes.length > 0;
    if (!renamed) expect(out.body.toString()).toBe(body);
    else expect(JSON.parse(out.body.toString())).toMatchObject({ bogus_key: 1, userIds: [2] });
  });

  it('keeps a `__proto__` key a plain key', () => {
    const out = bodyOf('PUT', '/permission_sets/7/shares/users', '{"user_ids":[2],"__proto__":{"x":1}}');
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('on a path with no operation, touches nothing', () => {
    const body = '{"user_ids":[2]}';
    expect(normalise(request('PUT', '/nowhere', body)).body.toString()).toBe(body);
  });
});

describe('a trailing slash', () => {
  it.each([
    ['/permission_sets/', '/permission_sets'],
    ['/permission_sets/?page_num=1', '/permission_sets?page_num=1'],
    ['/permission_sets/7/resources/', '/permission_sets/7/resources'],
  ])('%s → %s', (target, expected) => {
    const out = normalise(request('GET', target, '', {}));
    expect([out.target, out.changes]).toEqual([expected, ['trailing slash removed']]);
  });

  it('the root and a path without one stay as they are', () => {
    for (const target of ['/', '/permission_sets?x=/', '/permission_sets/7'])
      expect(normalise(request('GET', target, '', {}))).toMatchObject({ target, changes: [] });
  });
});
