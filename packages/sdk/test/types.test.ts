// Type tests: checked by `tsgo --noEmit` (the typecheck task), and run as plain assertions by vitest.
import type { CivisClient } from '@civis-ts/client';
import type { Level } from '@civis-ts/spec/facts';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  Civis,
  type Page,
  type Paginator,
  type PermissionSet,
  type PermissionSetResource,
  type Share,
} from '../src/index.js';
import { type SyncStep, syncShares } from '../src/sync.js';

const civis = new Civis({
  apiKey: 'k',
  baseUrl: 'http://127.0.0.1:9',
  fetch: async () => new Response('[]'),
});

describe('types of the public surface', () => {
  it('methods return the spec types', () => {
    expectTypeOf(civis.permissionSets.get).returns.toEqualTypeOf<Promise<PermissionSet>>();
    expectTypeOf(civis.permissionSets.list()).toEqualTypeOf<Paginator<PermissionSet>>();
    expectTypeOf(civis.permissionSets.resources(1).list()).toEqualTypeOf<Paginator<PermissionSetResource>>();
    expectTypeOf(civis.permissionSets.list().pages()).toEqualTypeOf<
      AsyncGenerator<Page<PermissionSet>, void, undefined>
    >();
    expectTypeOf(civis.permissionSets.shares(1).list).returns.toEqualTypeOf<Promise<Share[]>>();
    expectTypeOf(syncShares).returns.toEqualTypeOf<Promise<SyncStep[]>>();
    expectTypeOf<Share['level']>().toEqualTypeOf<Level>();
    expectTypeOf(civis.rateLimit).toEqualTypeOf<{ limit: number; remaining: number } | undefined>();
  });

  it('refuses wrong input at compile time', () => {
    // Never called: only the compiler looks at these.
    const wrong = () => {
      // @ts-expect-error a level the spec does not list
      civis.permissionSets.shares(1).grant({ users: [2] }, 'not-a-level');
      // @ts-expect-error a missing name
      civis.permissionSets.create({ description: 'no name' });
      // @ts-expect-error a missing name on a resource
      civis.permissionSets.resources(1).create({});
      // @ts-expect-error the wire's snake_case is not the SDK's parameter
      civis.permissionSets.list({ page_num: 2 });
      // @ts-expect-error an order the endpoint does not offer
      civis.permissionSets.list({ order: 'size' });
      // @ts-expect-error a level the spec does not list, in a sync map
      syncShares(civis.permissionSets.shares(1), { users: { 2: 'not-a-level' } });
      // @ts-expect-error an id must be a number
      civis.permissionSets.get('7');
      // @ts-expect-error transfer needs includeDependencies
      civis.permissionSets.transfer(1, { userId: 2 });
    };
    expectTypeOf(wrong).toBeFunction();
  });

  it('types civis.raw from the spec: paths, params, bodies, data and error', async () => {
    type Answer = Awaited<ReturnType<typeof get>>;
    const get = () => civis.raw.GET('/permission_sets/{id}', { params: { path: { id: 1 } } });
    expectTypeOf<NonNullable<Answer['data']>>().toEqualTypeOf<PermissionSet>();
    expectTypeOf<NonNullable<Answer['error']>>().toMatchTypeOf<{ error: string }>();
    const removed = () =>
      civis.raw.DELETE('/permission_sets/{id}/resources/{name}', { params: { path: { id: 1, name: 'a' } } });
    expectTypeOf<Awaited<ReturnType<typeof removed>>['data']>().toEqualTypeOf<undefined>();
    // Never called: only the compiler looks at these.
    const wrong = () => {
      // @ts-expect-error a path the spec does not have
      civis.raw.GET('/permission_set/{id}', { params: { path: { id: 1 } } });
      // @ts-expect-error the path parameter is required
      civis.raw.GET('/permission_sets/{id}');
      // @ts-expect-error a misspelled body field
      civis.raw.POST('/permission_sets', { body: { name: 'x', descripton: 'typo' } });
      // @ts-expect-error a query parameter the operation does not take
      civis.raw.GET('/permission_sets', { params: { query: { size: 2 } } });
      // @ts-expect-error PATCH is not an operation of this path
      civis.raw.PATCH('/permission_sets/{id}/archive', {
        params: { path: { id: 1 } },
        body: { status: true },
      });
    };
    expectTypeOf(wrong).toBeFunction();
    // A list's init is optional; per-call options ride along.
    const listed = await civis.raw.GET('/permission_sets', {
      params: { query: { limit: 2 } },
      maxRetries: 0,
    });
    expect(listed.data).toEqual([]);
  });

  it('types civis.raw and @civis-ts/client with one set of call types', () => {
    const client = {} as CivisClient;
    // Never called: only the compiler looks at these.
    const viaClient = () => client.GET('/permission_sets/{id}/dependencies', { params: { path: { id: 1 } } });
    const viaRaw = () => civis.raw.GET('/permission_sets/{id}/dependencies', { params: { path: { id: 1 } } });
    expectTypeOf<Awaited<ReturnType<typeof viaClient>>>().toEqualTypeOf<Awaited<ReturnType<typeof viaRaw>>>();
    const created = () => client.POST('/permission_sets', { body: { name: 'x' } });
    const createdRaw = () => civis.raw.POST('/permission_sets', { body: { name: 'x' } });
    expectTypeOf<Awaited<ReturnType<typeof created>>>().toEqualTypeOf<
      Awaited<ReturnType<typeof createdRaw>>
    >();
    const wrong = () => {
      // @ts-expect-error the same misspelled field fails both
      client.POST('/permission_sets', { body: { name: 'x', descripton: 'typo' } });
      // @ts-expect-error the same misspelled field fails both
      civis.raw.POST('/permission_sets', { body: { name: 'x', descripton: 'typo' } });
      // @ts-expect-error each keeps its own options: maxRetries is the SDK's
      client.GET('/permission_sets', { maxRetries: 0 });
    };
    expectTypeOf(wrong).toBeFunction();
  });
});
