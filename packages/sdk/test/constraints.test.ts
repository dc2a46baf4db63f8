// The SDK's input checks are the spec's: each bound and enum it enforces is read here from the bundled
// spec (packages/client/openapi.json) and probed through the public methods, so a check that drifted
// from the spec fails. (That the generated rules follow a changed spec is tested beside the codegen, in
// scripts/test/check-generated.test.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RESOURCE_NAME_MAX_LENGTH } from '@civis-ts/spec/facts';
import { describe, expect, it } from 'vitest';
import { Civis, CivisValidationError, type PermissionLevel, type ShareTargets } from '../src/index.js';
import { type DesiredShares, syncShares } from '../src/sync.js';
import { json } from './stub-fetch.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

type Json = Record<string, unknown>;
interface Rule {
  type?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  required?: string[];
  additionalProperties?: boolean;
  properties?: Record<string, Rule>;
  items?: Rule;
}

const openapi = JSON.parse(readFileSync(join(ROOT, 'packages/client/openapi.json'), 'utf8')) as Json;

/** Follows internal `$ref`s; keywords beside a `$ref` win over the target's. */
function deref<T>(node: unknown): T {
  let current = node as Json;
  while (typeof current.$ref === 'string') {
    const { $ref, ...siblings } = current;
    const target = $ref
      .slice(2)
      .split('/')
      .reduce<unknown>((at, key) => (at as Json)[key], openapi);
    current = { ...(target as Json), ...siblings };
  }
  return current as T;
}

function operation(operationId: string): { item: Json; op: Json } {
  for (const item of Object.values(openapi.paths as Record<string, Json>)) {
    for (const op of Object.values(item)) {
      if ((op as Json).operationId === operationId) return { item, op: op as Json };
    }
  }
  throw new Error(`no operation ${operationId} in the spec`);
}

/** The schema of a parameter of an operation (or of its path). */
function parameter(operationId: string, name: string): Rule {
  const { item, op } = operation(operationId);
  const all = [...((item.parameters ?? []) as unknown[]), ...((op.parameters ?? []) as unknown[])];
  const found = all.map((p) => deref<Json>(p)).find((p) => p.name === name);
  if (!found) throw new Error(`${operationId} has no parameter ${name}`);
  return deref<Rule>(found.schema);
}

/** The JSON request-body schema of an operation, its properties dereferenced. */
function requestBody(operationId: string): Rule & { properties: Record<string, Rule> } {
  const body = deref<Json>(operation(operationId).op.requestBody);
  const schema = deref<Rule>(((body.content as Json)['application/json'] as Json).schema);
  const properties = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([key, rule]) => [key, deref<Rule>(rule)]),
  );
  return { ...schema, properties };
}

function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the spec gives no ${what}`);
  return value;
}

// Every request is answered, so that a call the checks accept completes (and one they refuse throws
// before anything is sent): share calls with a share index where a group holds manage, the rest with an
// empty list.
const nobody = { users: [], groups: [] };
const shareIndex = {
  readers: nobody,
  writers: nobody,
  owners: { users: [], groups: [{ id: 9, name: 'admins' }] },
  totalUserShares: 0,
  totalGroupShares: 1,
};
/** The URLs asked for, in order. */
const sent: string[] = [];
const answer = async (input: RequestInfo | URL, init?: RequestInit) => {
  sent.push(String(input));
  const path = new URL(String(input)).pathname;
  // A share list answers an array of share indexes; a share PUT answers one.
  if (path.endsWith('/shares')) return json(200, [shareIndex]);
  if (/\/shares\/(users|groups)$/.test(path)) return json(200, shareIndex);
  // The other lists (pages, dependencies, permissions) answer arrays; the rest one object, as the spec says.
  const list = init?.method === 'GET' && /(_sets|resources|dependencies|permissions)$/.test(path);
  return json(200, list ? [] : { id: 1 });
};
const civis = new Civis({ apiKey: 'k', baseUrl: 'http://127.0.0.1:9', fetch: answer, maxRetries: 0 });
const sets = civis.permissionSets;

/** The CivisValidationError the call throws, or undefined once it has completed. Other errors propagate. */
async function refusal(call: () => unknown): Promise<CivisValidationError | undefined> {
  const before = sent.length;
  try {
    const result = call();
    await (result instanceof Object && 'toArray' in result
      ? (result as { toArray(): Promise<unknown> }).toArray()
      : result);
    return undefined;
  } catch (error) {
    if (!(error instanceof CivisValidationError)) throw error;
    expect(sent.length, 'a refused call sends nothing').toBe(before);
    return error;
  }
}

async function expectAccepted(call: () => unknown): Promise<void> {
  expect((await refusal(call))?.message).toBeUndefined();
}

async function expectRefused(call: () => unknown, field: string): Promise<CivisValidationError> {
  const error = await refusal(call);
  expect(error?.field).toBe(field);
  return error as CivisValidationError;
}

/** Accepts the spec's minimum (and maximum), refuses one past either. */
async function expectIntegerBounds(rule: Rule, field: string, call: (value: number) => unknown) {
  const minimum = defined(rule.minimum, `minimum for ${field}`);
  await expectAccepted(() => call(minimum));
  await expectRefused(() => call(minimum - 1), field);
  if (rule.maximum !== undefined) {
    await expectAccepted(() => call(rule.maximum as number));
    const error = await expectRefused(() => call((rule.maximum as number) + 1), field);
    expect(error.message).toBe(`${field} must be an integer from ${minimum} to ${rule.maximum}`);
  }
}

/** Accepts the spec's shortest and longest strings, refuses one shorter or longer. */
async function expectLengthBounds(rule: Rule, field: string, call: (value: string) => unknown) {
  const minLength = rule.minLength ?? 0;
  const maxLength = defined(rule.maxLength, `maxLength for ${field}`);
  await expectAccepted(() => call('x'.repeat(Math.max(minLength, 1))));
  if (minLength === 0) await expectAccepted(() => call(''));
  else await expectRefused(() => call('x'.repeat(minLength - 1)), field);
  await expectAccepted(() => call('x'.repeat(maxLength)));
  const error = await expectRefused(() => call('x'.repeat(maxLength + 1)), field);
  expect(error.message).toBe(`${field} must be ${minLength} to ${maxLength} characters long`);
}

/** Accepts each of the spec's values; refuses any other, listing exactly the spec's. */
async function expectEnum(rule: Rule, field: string, call: (value: unknown) => unknown) {
  const values = defined(rule.enum, `enum for ${field}`);
  for (const value of values) await expectAccepted(() => call(value));
  const error = await expectRefused(() => call('not-in-the-spec'), field);
  expect(error.message).toBe(`${field} must be one of ${values.join(', ')}`);
}

const paginated = {
  listPermissionSets: (params: object) => sets.list(params),
  listPermissionSetResources: (params: object) => sets.resources(1).list(params),
};

describe.each(Object.entries(paginated))('%s takes its paging from the spec', (operationId, list) => {
  it('accepts exactly the spec’s limit range', async () => {
    await expectIntegerBounds(parameter(operationId, 'limit'), 'limit', (limit) => list({ limit }));
  });

  it('asks for the spec’s maximum page size when none is given', async () => {
    const { maximum } = parameter(operationId, 'limit');
    await list({}).toArray();
    const url = new URL(sent.at(-1) as string);
    expect(url.searchParams.get('limit')).toBe(String(defined(maximum, 'limit maximum')));
  });

  it('starts no lower than the spec’s first page', async () => {
    await expectIntegerBounds(parameter(operationId, 'page_num'), 'pageNum', (pageNum) => list({ pageNum }));
  });

  it('orders by exactly the spec’s enums', async () => {
    await expectEnum(parameter(operationId, 'order'), 'order', (order) => list({ order }));
    await expectEnum(parameter(operationId, 'order_dir'), 'orderDir', (orderDir) => list({ orderDir }));
  });
});

describe('enums are the spec’s', () => {
  it('archived: the spec’s strings, with true and false as booleans', async () => {
    const rule = parameter('listPermissionSets', 'archived');
    const asSdk = (value: unknown) => (value === 'true' ? true : value === 'false' ? false : value);
    await expectEnum(rule, 'archived', (archived) => sets.list({ archived: asSdk(archived) } as object));
  });

  it('share levels, for users and for groups, of permission sets and of resources', async () => {
    const cases: [string, ShareTargets][] = [
      ['sharePermissionSetWithUsers', { users: [1] }],
      ['sharePermissionSetWithGroups', { groups: [1] }],
      ['sharePermissionSetResourceWithUsers', { users: [1] }],
      ['sharePermissionSetResourceWithGroups', { groups: [1] }],
    ];
    for (const [operationId, to] of cases) {
      const shares = operationId.includes('Resource') ? sets.resources(1).shares('r') : sets.shares(1);
      const rule = requestBody(operationId).properties.permissionLevel as Rule;
      await expectEnum(rule, 'level', (level) => shares.grant(to, level as 'read'));
      for (const level of defined(rule.enum, 'levels') as PermissionLevel[]) {
        // Group 9 keeps manage, so that the sync is not refused for leaving nobody with it.
        const desired: DesiredShares = to.users
          ? { users: { 5: level }, groups: { 9: 'manage' } }
          : { groups: { 5: level, 9: 'manage' } };
        await expectAccepted(() => syncShares(shares, desired, { dryRun: true }));
      }
    }
  });
});

describe('lengths are the spec’s', () => {
  it('permission set names and descriptions, on create, replace and update', async () => {
    const create = requestBody('createPermissionSet').properties;
    const replace = requestBody('replacePermissionSet').properties;
    const update = requestBody('updatePermissionSet').properties;
    await expectLengthBounds(create.name as Rule, 'name', (name) => sets.create({ name }));
    await expectLengthBounds(create.description as Rule, 'description', (description) =>
      sets.create({ name: 'n', description }),
    );
    await expectLengthBounds(replace.name as Rule, 'name', (name) => sets.replace(1, { name }));
    await expectLengthBounds(replace.description as Rule, 'description', (description) =>
      sets.replace(1, { name: 'n', description }),
    );
    await expectLengthBounds(update.name as Rule, 'name', (name) => sets.update(1, { name }));
    await expectLengthBounds(update.description as Rule, 'description', (description) =>
      sets.update(1, { description }),
    );
  });

  it('resource names, in the path and on create, and descriptions', async () => {
    const resources = sets.resources(1);
    const create = requestBody('createPermissionSetResource').properties;
    const update = requestBody('updatePermissionSetResource').properties;
    await expectLengthBounds(parameter('getPermissionSetResource', 'name'), 'name', (name) =>
      resources.get(name),
    );
    await expectLengthBounds(create.name as Rule, 'name', (name) => resources.create({ name }));
    await expectLengthBounds(create.description as Rule, 'description', (description) =>
      resources.create({ name: 'n', description }),
    );
    await expectLengthBounds(update.description as Rule, 'description', (description) =>
      resources.update('n', { description }),
    );
  });
});

describe('lengths count characters (code points), as JSON Schema does, not UTF-16 units', () => {
  it('takes as many emoji as a name may have characters, and refuses one more', async () => {
    const max = defined((requestBody('createPermissionSet').properties.name as Rule).maxLength, 'maxLength');
    const emoji = '\u{1F600}';
    expect(emoji.length).toBe(2);
    await expectAccepted(() => sets.create({ name: emoji.repeat(max) }));
    await expectAccepted(() => sets.resources(1).get(emoji.repeat(RESOURCE_NAME_MAX_LENGTH)));
    const error = await expectRefused(() => sets.create({ name: emoji.repeat(max + 1) }), 'name');
    expect(error.message).toBe(`name must be 1 to ${max} characters long`);
  });

  it('refuses a lone surrogate, which is no character at all', async () => {
    await expectRefused(() => sets.create({ name: 'a\uD800' }), 'name');
  });
});

describe('ids are bounded as the spec bounds them', () => {
  it('in paths, queries and bodies', async () => {
    const transfer = requestBody('transferPermissionSet').properties;
    const cases: [Rule, string, (id: number) => unknown][] = [
      [parameter('getPermissionSet', 'id'), 'id', (id) => sets.get(id)],
      [
        parameter('listPermissionSetUserPermissions', 'user_id'),
        'userId',
        (id) => sets.userPermissions(1, id),
      ],
      [
        parameter('listPermissionSetDependencies', 'user_id'),
        'userId',
        (id) => sets.dependencies(1, { userId: id }),
      ],
      [
        transfer.userId as Rule,
        'userId',
        (id) => sets.transfer(1, { userId: id, includeDependencies: false }),
      ],
      [
        requestBody('sharePermissionSetWithUsers').properties.userIds?.items as Rule,
        'users[0]',
        (id) => sets.shares(1).grant({ users: [id] }, 'read'),
      ],
      [
        requestBody('sharePermissionSetWithGroups').properties.groupIds?.items as Rule,
        'groups[0]',
        (id) => sets.shares(1).grant({ groups: [id] }, 'read'),
      ],
      [
        parameter('revokePermissionSetUserShare', 'user_id'),
        'users[0]',
        (id) => sets.shares(1).revoke({ users: [id] }),
      ],
      [
        parameter('revokePermissionSetGroupShare', 'group_id'),
        'groups[0]',
        (id) => sets.shares(1).revoke({ groups: [id] }),
      ],
    ];
    for (const [rule, field, call] of cases) await expectIntegerBounds(rule, field, call);
  });
});

describe('request bodies have the spec’s required properties and no others', () => {
  const bodies: [string, Json, (fields: Json) => unknown][] = [
    ['createPermissionSet', { name: 'n' }, (fields) => sets.create(fields as { name: string })],
    ['replacePermissionSet', { name: 'n' }, (fields) => sets.replace(1, fields as { name: string })],
    ['updatePermissionSet', {}, (fields) => sets.update(1, fields)],
    [
      'transferPermissionSet',
      { userId: 2, includeDependencies: true },
      (fields) => sets.transfer(1, fields as { userId: number; includeDependencies: boolean }),
    ],
    [
      'createPermissionSetResource',
      { name: 'n' },
      (fields) => sets.resources(1).create(fields as { name: string }),
    ],
    ['updatePermissionSetResource', {}, (fields) => sets.resources(1).update('n', fields)],
  ];

  it.each(bodies)('%s', async (operationId, minimal, call) => {
    const schema = requestBody(operationId);
    expect(Object.keys(minimal).sort()).toEqual([...(schema.required ?? [])].sort());
    await expectAccepted(() => call(minimal));
    for (const key of schema.required ?? []) {
      const { [key]: _, ...without } = minimal;
      await expectRefused(() => call(without), key);
    }
    expect(schema.additionalProperties).toBe(false);
    await expectRefused(() => call({ ...minimal, notInTheSpec: 1 }), 'notInTheSpec');
  });
});
