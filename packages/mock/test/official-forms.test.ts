// The official Python client's own forms, which only the service (and the fake) takes, against the built
// `civis-mock` CLI: a chunked body works like a plain one, the trailing slash, what the fake says it took,
// and what those forms do not cover is refused with the service's 422.
import { describe, expect, it } from 'vitest';
import { api, base, RECORDING, type Recorded, send, sharesOf, useCivisMock } from './official-client.js';

useCivisMock();

describe('as through the service', () => {
  const byName = (name: string) => RECORDING.requests.find((r) => r.method_of_client === name) as Recorded;

  it('a chunked body works like a plain one', async () => {
    const { data } = await api('POST', '/permission_sets', { name: 'chunked' });
    const shareUsers = { ...byName('put_shares_users'), target: `/permission_sets/${data.id}/shares/users` };
    const answer = await send(base(), shareUsers, true);
    expect(answer.status, answer.text).toBe(200);
    expect((await sharesOf(`/permission_sets/${data.id}`)).at('readers', 'users')).toEqual([2, 3]);
    const getSet = { ...byName('get'), target: `/permission_sets/${data.id}` };
    expect((await send(base(), getSet, true)).status).toBe(200);
  });

  it('a chunked body past the cap is answered 413 with the error body, and not kept', async () => {
    const big = {
      ...byName('post'),
      body: JSON.stringify({ name: 'n', description: 'x'.repeat(5 * 1024 * 1024) }),
    };
    const answer = await send(base(), big, true);
    expect([answer.status, answer.json]).toEqual([
      413,
      { error: 'payload_too_large', errorDescription: expect.any(String), code: 413 },
    ]);
  });

  it('the trailing slash of the list path is the list', async () => {
    const answer = await send(base(), {
      ...byName('list(iterator=True)'),
      target: '/permission_sets/?page_num=1',
    });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual((await api('GET', '/permission_sets?page_num=1')).data);
  });

  it('says what it changed, and changes nothing in our own camelCase calls', async () => {
    const answer = await send(base(), byName('put_transfer'));
    expect(answer.headers['x-civis-mock-normalised']).toContain('user_id as userId');
    const own = await api('PUT', '/permission_sets/8/shares/users', {
      userIds: [2],
      permissionLevel: 'read',
    });
    expect(own.status).toBe(200);
  });

  // What the official client's forms do not cover is judged as sent: the service's 422.
  const refused: [string, Recorded][] = [
    [
      'an unknown snake_case key',
      {
        ...byName('put_shares_groups'),
        body: '{"group_ids": [4], "permission_level": "read", "bogus_key": 1}',
      },
    ],
    [
      'a snake_case key next to its camelCase form',
      {
        ...byName('put_shares_groups'),
        body: '{"group_ids": [4], "groupIds": [4], "permissionLevel": "read"}',
      },
    ],
    [
      'a camelCase body that breaks the spec',
      { ...byName('put_shares_groups'), body: '{"groupIds": [], "permissionLevel": "read"}' },
    ],
    [
      'a snake_case body that breaks the spec',
      { ...byName('put_shares_groups'), body: '{"group_ids": [4], "permission_level": "own"}' },
    ],
  ];
  it.each(refused)('%s is refused with 422 and what is wrong', async (_, recorded) => {
    const answer = await send(base(), recorded);
    expect(answer.status, answer.text).toBe(422);
    expect(answer.headers['content-type']).toBe('application/json');
    expect(answer.json).toEqual({
      error: 'invalid',
      errorDescription: expect.stringMatching(/^body/),
      code: 422,
    });
  });

  it('a non-empty body on a GET is ignored, as the service ignores it, and named', async () => {
    const answer = await send(base(), { ...byName('get'), body: '{"a": 1}' });
    expect(answer.status).toBe(200);
    expect(answer.headers['x-civis-mock-normalised']).toBe('body of GET ignored');
  });

  it('a body that is not JSON is refused with 422 and the error body', async () => {
    const answer = await send(base(), { ...byName('put_archive'), body: 'status=true' });
    expect([answer.status, answer.json]).toEqual([
      422,
      { error: 'invalid', errorDescription: expect.any(String), code: 422 },
    ]);
  });
});
