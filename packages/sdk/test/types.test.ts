// Type tests: checked by `tsc --noEmit` (the typecheck task), and run as plain assertions by vitest.
import { describe, expectTypeOf, it } from 'vitest';
import {
  Civis,
  type Page,
  type Paginator,
  type PermissionSet,
  type PermissionSetResource,
  type Share,
  type SyncStep,
} from '../src/index.js';

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
    expectTypeOf(civis.permissionSets.shares(1).sync).returns.toEqualTypeOf<Promise<SyncStep[]>>();
    expectTypeOf<Share['level']>().toEqualTypeOf<'read' | 'write' | 'manage'>();
    expectTypeOf(civis.rateLimit).toEqualTypeOf<{ limit: number; remaining: number } | undefined>();
  });

  it('refuses wrong input at compile time', () => {
    // Never called: only the compiler looks at these.
    const wrong = () => {
      // @ts-expect-error a level outside read/write/manage
      civis.permissionSets.shares(1).grant({ users: [2] }, 'owner');
      // @ts-expect-error a missing name
      civis.permissionSets.create({ description: 'no name' });
      // @ts-expect-error a missing name on a resource
      civis.permissionSets.resources(1).create({});
      // @ts-expect-error the wire's snake_case is not the SDK's parameter
      civis.permissionSets.list({ page_num: 2 });
      // @ts-expect-error an order the endpoint does not offer
      civis.permissionSets.list({ order: 'size' });
      // @ts-expect-error a level outside read/write/manage in a sync map
      civis.permissionSets.shares(1).sync({ users: { 2: 'admin' } });
      // @ts-expect-error an id must be a number
      civis.permissionSets.get('7');
      // @ts-expect-error transfer needs includeDependencies
      civis.permissionSets.transfer(1, { userId: 2 });
    };
    expectTypeOf(wrong).toBeFunction();
  });
});
