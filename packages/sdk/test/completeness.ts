// Completeness of the SDK: every operation of the spec, each of its query parameters and each top-level
// field of its request body is reachable through an SDK method, or listed in test/not-exposed.ts with
// the reason. Which method calls an operation is read from the SDK's sources (@civis-ts/spec/sdk-methods:
// its `send`/`paginate` calls, paths resolved by the compiler), never listed here. Each operation is
// called through its method with every parameter and field set, over a fetch that records the request and
// answers with a sample of the spec's response; the request must be that operation's and carry them all.
// Run by completeness.test.ts, and by the API-change drill (scripts/test/api-change-drill.test.ts) on a
// changed copy of the repo.
import { fileURLToPath } from 'node:url';
import { camelCase } from '@civis-ts/spec/naming';
import { sampleOf } from '@civis-ts/spec/sample';
import { type SdkMember, sdkMembers, sdkProgram } from '@civis-ts/spec/sdk-methods';
import { isObject, type Json, operationsOf, resolve, type WalkedOperation } from '@civis-ts/spec/walk';
import type { Civis } from '../src/index.js';
import { NOT_EXPOSED } from './not-exposed.js';
import { json, stubClient } from './stub-fetch.js';

const SDK = fileURLToPath(new URL('..', import.meta.url));

/** Every parameter and body field of one operation, with sample values (query names camelCase). */
interface Sample {
  path: Record<string, string | number>;
  query: Record<string, unknown>;
  body: Record<string, unknown>;
}
type Invoke = (civis: Civis, sample: Sample) => Promise<unknown>;
// biome-ignore lint/suspicious/noExplicitAny: samples are built from the spec at run time.
type Loose = any;

const firstPage = (paginator: { pages(): AsyncGenerator<unknown> }) => paginator.pages().next();
const sets = (c: Civis) => c.permissionSets;
const resources = (c: Civis, s: Sample) => sets(c).resources(s.path.id as number);
const setShares = (c: Civis, s: Sample) => sets(c).shares(s.path.id as number);
const resourceShares = (c: Civis, s: Sample) => resources(c, s).shares(s.path.name as string);
const grantOptions = (s: Sample) => ({
  notify: s.body.sendSharedEmail as boolean,
  message: s.body.shareEmailBody as string,
});

/**
 * How to call the methods that reshape their input (the rest take the spec's path parameters, query or
 * body as they are, and are called from what the scan says of their parameters): where each field goes.
 */
const RESHAPED: Record<string, Invoke> = {
  listPermissionSets: (c, s) =>
    firstPage(sets(c).list({ ...s.query, archived: true, author: [1, 2] } as Loose, { concurrency: 1 })),
  sharePermissionSetWithUsers: (c, s) =>
    setShares(c, s).grant(
      { users: s.body.userIds as number[] },
      s.body.permissionLevel as Loose,
      grantOptions(s),
    ),
  sharePermissionSetWithGroups: (c, s) =>
    setShares(c, s).grant(
      { groups: s.body.groupIds as number[] },
      s.body.permissionLevel as Loose,
      grantOptions(s),
    ),
  revokePermissionSetUserShare: (c, s) => setShares(c, s).revoke({ users: [s.path.user_id as number] }),
  revokePermissionSetGroupShare: (c, s) => setShares(c, s).revoke({ groups: [s.path.group_id as number] }),
  sharePermissionSetResourceWithUsers: (c, s) =>
    resourceShares(c, s).grant(
      { users: s.body.userIds as number[] },
      s.body.permissionLevel as Loose,
      grantOptions(s),
    ),
  sharePermissionSetResourceWithGroups: (c, s) =>
    resourceShares(c, s).grant(
      { groups: s.body.groupIds as number[] },
      s.body.permissionLevel as Loose,
      grantOptions(s),
    ),
  revokePermissionSetResourceUserShare: (c, s) =>
    resourceShares(c, s).revoke({ users: [s.path.user_id as number] }),
  revokePermissionSetResourceGroupShare: (c, s) =>
    resourceShares(c, s).revoke({ groups: [s.path.group_id as number] }),
};

/** The SDK's members, scanned once per process (the drill passes its own, from its typecheck's program). */
let scanned: SdkMember[] | undefined;
export const scannedMembers = () => {
  scanned ??= sdkMembers(sdkProgram(SDK), SDK);
  return scanned;
};

/** Every way to reach an instance of each class from a Civis: the accessors (properties, methods) in turn. */
function routesTo(members: SdkMember[]): Map<string, SdkMember[][]> {
  const routes = new Map<string, SdkMember[][]>([['Civis', [[]]]]);
  const queue = ['Civis'];
  for (let from = queue.shift(); from; from = queue.shift()) {
    for (const accessor of members.filter((m) => m.className === from && m.returns && m.returns !== from)) {
      const to = accessor.returns as string;
      const known = routes.get(to) ?? [];
      if (known.length === 0) queue.push(to);
      routes.set(to, [...known, ...(routes.get(from) ?? []).map((route) => [...route, accessor])]);
    }
  }
  return routes;
}

/**
 * Calls `method` as the scan describes it: each accessor to its class and the method itself take the path
 * parameters in the template's order, its object parameter the body (or the query), its options nothing.
 * Every route to the class is tried, as the same class serves several paths (a set's shares, a resource's).
 */
function plainInvoke(method: SdkMember, routes: SdkMember[][], path: string): Invoke {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  return async (civis, sample) => {
    for (const route of routes) {
      const queue = names.map((name) => sample.path[name]);
      const args = (member: SdkMember) =>
        member.parameters.map((p) =>
          p.kind === 'path'
            ? queue.shift()
            : p.kind === 'input'
              ? Object.keys(sample.body).length > 0
                ? sample.body
                : sample.query
              : undefined,
        );
      let target: Loose = civis;
      for (const accessor of route) {
        target =
          accessor.kind === 'property' ? target[accessor.name] : target[accessor.name](...args(accessor));
      }
      // Only the route that takes every path parameter is this operation's.
      const call = args(method);
      if (queue.length > 0) continue;
      const result = await target[method.name](...call);
      return typeof result?.pages === 'function' ? firstPage(result) : result;
    }
    throw new Error(`no route from a Civis to ${method.className} takes the path parameters of ${path}`);
  };
}

/** Where the SDK method of a new operation belongs: the class whose methods call the other operations of its tag. */
function home(operation: WalkedOperation, operations: WalkedOperation[], members: SdkMember[]): string {
  const tag = (op: WalkedOperation) => (Array.isArray(op.operation.tags) ? op.operation.tags[0] : undefined);
  const siblings = new Set(
    operations.filter((op) => op !== operation && tag(op) === tag(operation)).map((op) => call(op)),
  );
  const owner = members.find((m) => m.kind === 'method' && m.calls.some((c) => siblings.has(c)));
  if (!owner) {
    const name = String(tag(operation) ?? 'its tag');
    const file = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.ts`;
    return `a new resource class in packages/sdk/src/resources/${file} (the spec's tag ${JSON.stringify(name)} has no SDK class yet), reached from Civis in packages/sdk/src/core/civis.ts`;
  }
  const route = routesTo(members).get(owner.className)?.[0] ?? [];
  const reached = ['civis', ...route.map((a) => (a.kind === 'property' ? a.name : `${a.name}(…)`))].join('.');
  return `${owner.className} (packages/sdk/${owner.file}), reached as ${reached}`;
}

const call = (operation: WalkedOperation) => `${operation.method.toUpperCase()} ${operation.path}`;

/**
 * What the SDK cannot reach in `openapi` (the bundled spec): one message per operation, parameter or
 * field, naming it and where its method belongs. Empty when everything is reachable.
 */
export async function sdkProblems(openapi: Json, members: SdkMember[] = scannedMembers()): Promise<string[]> {
  const operations = operationsOf(openapi);
  const routes = routesTo(members);

  function sampleFor(operation: WalkedOperation): Sample {
    const sample: Sample = { path: {}, query: {}, body: {} };
    for (const parameter of operation.parameters) {
      const value = sampleOf(openapi, parameter.schema);
      // A resource name that is a plain segment; ids of 2, so that no default of 1 hides a value.
      if (parameter.in === 'path') sample.path[parameter.name] = typeof value === 'number' ? 2 : 'r';
      if (parameter.in === 'query') sample.query[camelCase(parameter.name)] = value;
    }
    if (operation.body) sample.body = sampleOf(openapi, operation.body.schema) as Record<string, unknown>;
    return sample;
  }

  /** The operation a request went to: its method and path matched against the spec's templates. */
  function operationOf(method: string, url: URL) {
    const segments = url.pathname.split('/').slice(1);
    return operations.find((op) => {
      const template = op.path.split('/').slice(1);
      return (
        op.method === method.toLowerCase() &&
        template.length === segments.length &&
        template.every((part, i) => part.startsWith('{') || part === segments[i])
      );
    });
  }

  /** Answers each request with a sample of its operation's success response (nothing for a 204). */
  function answer(method: string, url: URL): Response {
    const operation = operationOf(method, url);
    const responses = isObject(operation?.operation.responses) ? operation.operation.responses : {};
    const status = Object.keys(responses).find((code) => code.startsWith('2')) ?? '204';
    const content = resolve(openapi, responses[status]).content as Json | undefined;
    const schema = (content?.['application/json'] as Json | undefined)?.schema;
    return json(Number(status), schema === undefined ? null : sampleOf(openapi, schema));
  }

  const problems: string[] = [];
  for (const operation of operations) {
    const id = operation.operationId as string;
    const label = `${id} (${operation.method.toUpperCase()} ${operation.path})`;
    if (NOT_EXPOSED[id]) continue;
    const methods = members.filter((m) => m.kind === 'method' && m.calls.includes(call(operation)));
    const method = methods[0];
    if (!method) {
      problems.push(
        `${label} is not reachable through the SDK. Add its method to ${home(operation, operations, members)}; ` +
          `or list ${id} in packages/sdk/test/not-exposed.ts with the reason it is not exposed.`,
      );
      continue;
    }
    const its = `${method.className}.${method.name} (packages/sdk/${method.file})`;
    const invoke = RESHAPED[id] ?? plainInvoke(method, routes.get(method.className) ?? [], operation.path);
    const { civis, calls } = stubClient(async (init) => {
      const call = calls.at(-1) as (typeof calls)[number];
      return answer(init.method ?? 'GET', new URL(call.url));
    });
    const sample = sampleFor(operation);
    try {
      await invoke(civis, sample);
    } catch (error) {
      problems.push(
        `${label}: its SDK method ${its} refused the spec's inputs (${(error as Error).message}); regenerate ` +
          '(`pnpm generate`), or fix the method; one that reshapes its input says how it is called in ' +
          'RESHAPED in packages/sdk/test/completeness.ts.',
      );
      continue;
    }
    const sent = calls.find((sent) => operationOf(sent.method, new URL(sent.url)) === operation);
    if (!sent) {
      problems.push(`${label}: its SDK method ${its} sent no request to it.`);
      continue;
    }
    const url = new URL(sent.url);
    const body = sent.body === undefined ? {} : (JSON.parse(sent.body) as Json);
    const missing = [
      ...operation.parameters
        .filter((p) => p.in === 'query' && !url.searchParams.has(p.name))
        .map((p) => ['query', p.name]),
      ...Object.keys(sample.body)
        .filter((field) => !(field in body))
        .map((field) => ['body', field]),
    ].filter(([where, name]) => !NOT_EXPOSED[`${id} ${where} ${name}`]);
    for (const [where, name] of missing) {
      problems.push(
        `${label}: the SDK never sends the ${where === 'query' ? 'query parameter' : 'body field'} \`${name}\`. ` +
          `Let its method ${its} take and send it (a method that takes the spec's types ` +
          `needs no edit: regenerate), or list \`${id} ${where} ${name}\` in packages/sdk/test/not-exposed.ts ` +
          'with the reason.',
      );
    }
  }
  const known = new Set(
    operations.flatMap((op) => [
      op.operationId,
      ...op.parameters.filter((p) => p.in === 'query').map((p) => `${op.operationId} query ${p.name}`),
      ...Object.keys(op.body ? (sampleOf(openapi, op.body.schema) as Json) : {}).map(
        (field) => `${op.operationId} body ${field}`,
      ),
    ]),
  );
  for (const key of Object.keys(NOT_EXPOSED).filter((k) => !known.has(k))) {
    problems.push(`packages/sdk/test/not-exposed.ts lists \`${key}\`, which the spec does not have.`);
  }
  for (const id of Object.keys(RESHAPED).filter((i) => !operations.some((op) => op.operationId === i))) {
    problems.push(`RESHAPED in packages/sdk/test/completeness.ts names ${id}, which the spec does not have.`);
  }
  return problems;
}
