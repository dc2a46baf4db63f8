// The official Python client against `civis-mock` as users start it (the built CLI): the 25 requests
// civis-python 2.9.1 sends, replayed byte for byte (official-client.ts). Each must get the success
// status, a body the spec allows (checked here by a validator of the test's own), and the state change the
// call means. In the `through prism` project of vitest.config.ts, the 25 go through the run's `prism proxy`
// to the CLI, each in its documented form (Prism refuses the official client's own forms, which only the
// service takes): Prism checks every answer the fake gives.
import type { PermissionSetResource } from '@civis-ts/client';
import { describe, expect, it } from 'vitest';
import {
  type Answer,
  api,
  base,
  documented,
  expectSpecBody,
  RECORDING,
  RESOURCE,
  SET,
  send,
  sharesOf,
  throughPrism,
  useCivisMock,
} from './official-client.js';

useCivisMock();

// What each call means, checked on the state afterwards through our own calls. `status` is the success
// status the service answers (notes: post 201, delete 204, everything else 200).
const EXPECT: Record<string, { status: number; state?: (answer: Answer) => Promise<void> }> = {
  list: {
    status: 200,
    state: async (answer) => {
      expect(answer.headers['x-pagination-current-page']).toBe('2');
      for (const set of answer.json as { author: { id: number } }[]) expect([1, 2]).toContain(set.author.id);
    },
  },
  post: {
    status: 201,
    state: async (answer) => {
      const { data } = await api('GET', `/permission_sets/${(answer.json as { id: number }).id}`);
      expect(data).toMatchObject({ name: 'n', description: 'd' });
    },
  },
  get: { status: 200, state: async (answer) => expect(answer.json).toMatchObject({ id: 7 }) },
  put: {
    status: 200,
    state: async () => expect((await api('GET', SET)).data).toMatchObject({ name: 'n', description: 'd' }),
  },
  patch: { status: 200, state: async () => expect((await api('GET', SET)).data.description).toBe('d') },
  list_shares: { status: 200, state: async (answer) => expect(Array.isArray(answer.json)).toBe(true) },
  put_shares_users: {
    status: 200,
    state: async () =>
      expect((await sharesOf(SET)).at('readers', 'users')).toEqual(expect.arrayContaining([2, 3])),
  },
  delete_shares_users: {
    status: 204,
    state: async () => {
      const shares = await sharesOf(SET);
      expect([...shares.at('readers', 'users'), ...shares.at('writers', 'users')]).not.toContain(2);
      expect(shares.at('readers', 'users')).toContain(3);
    },
  },
  put_shares_groups: {
    status: 200,
    state: async () => expect((await sharesOf(SET)).at('writers', 'groups')).toContain(4),
  },
  delete_shares_groups: {
    status: 204,
    state: async () => expect((await sharesOf(SET)).at('writers', 'groups')).not.toContain(4),
  },
  list_dependencies: { status: 200, state: async (answer) => expect(Array.isArray(answer.json)).toBe(true) },
  put_transfer: {
    status: 200,
    state: async () => expect((await api('GET', SET)).data.author.id).toBe(2),
  },
  put_archive: {
    status: 200,
    state: async () => expect(String((await api('GET', SET)).data.archived)).toBe('true'),
  },
  list_users_permissions: {
    status: 200,
    state: async (answer) => expect(Array.isArray(answer.json)).toBe(true),
  },
  list_resources: {
    status: 200,
    state: async (answer) => {
      const names = (answer.json as { name: string }[]).map((resource) => resource.name);
      expect(names).toEqual([...names].sort().reverse());
    },
  },
  post_resources: {
    status: 201,
    state: async () =>
      expect((await api<PermissionSetResource>('GET', RESOURCE)).data).toMatchObject({
        name: 'voter file 2024',
      }),
  },
  get_resources: {
    status: 200,
    state: async (answer) => expect(answer.json).toMatchObject({ permissionSetId: 7 }),
  },
  patch_resources: {
    status: 200,
    state: async () =>
      expect((await api<PermissionSetResource>('GET', RESOURCE)).data.description).toBe('d2'),
  },
  list_resources_shares: {
    status: 200,
    state: async (answer) => expect(Array.isArray(answer.json)).toBe(true),
  },
  put_resources_shares_users: {
    status: 200,
    state: async () => expect((await sharesOf(RESOURCE)).at('owners', 'users')).toContain(2),
  },
  delete_resources_shares_users: {
    status: 204,
    state: async () => expect((await sharesOf(RESOURCE)).at('owners', 'users')).not.toContain(2),
  },
  put_resources_shares_groups: {
    status: 200,
    state: async () => expect((await sharesOf(RESOURCE)).at('readers', 'groups')).toContain(4),
  },
  delete_resources_shares_groups: {
    status: 204,
    state: async () => expect((await sharesOf(RESOURCE)).at('readers', 'groups')).not.toContain(4),
  },
  delete_resources: { status: 204, state: async () => expect((await api('GET', RESOURCE)).status).toBe(404) },
  'list(iterator=True)': {
    status: 200,
    state: async (answer) => expect(Array.isArray(answer.json)).toBe(true),
  },
};

// The recording has one request per method, not a session: the resource is deleted last, after its shares.
const ORDER = [
  ...RECORDING.requests.filter((r) => r.method_of_client !== 'delete_resources'),
  ...RECORDING.requests.filter((r) => r.method_of_client === 'delete_resources'),
];

describe('the 25 recorded requests of civis-python 2.9.1, replayed against the civis-mock CLI', () => {
  it('are all here, one per method of the client', () => {
    expect(ORDER).toHaveLength(25);
    expect(Object.keys(EXPECT).sort()).toEqual(ORDER.map((r) => r.method_of_client).sort());
  });

  it.each(ORDER.map((recorded) => [recorded.method_of_client, recorded] as const))(
    '%s',
    async (name, recorded) => {
      const expected = EXPECT[name] as (typeof EXPECT)[string];
      const answer = await send(base(), throughPrism() ? documented(recorded) : recorded);
      expect(answer.status, answer.text).toBe(expected.status);
      expect(answer.headers['sl-violations'], 'Prism found the answer breaking the spec').toBeUndefined();
      expectSpecBody(recorded, answer);
      await expected.state?.(answer);
    },
  );
});
