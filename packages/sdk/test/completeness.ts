// Completeness of the SDK: every operation of the spec, each of its query parameters and each top-level
// field of its request body is reachable through an SDK method, or listed in test/not-exposed.ts with
// the reason. Each operation is called through its method with every parameter and field set, over a
// fetch that records the request and answers with a sample of the spec's response; the request must be
// that operation's and carry them all. Run by completeness.test.ts, and by the API-change drill
// (scripts/test/api-change-drill.test.ts) on a changed copy of the repo.
import { camelCase } from '@civis-ts/spec/naming';
import { sampleOf } from '@civis-ts/spec/sample';
import { isObject, type Json, operationsOf, resolve, type WalkedOperation } from '@civis-ts/spec/walk';
import type { Civis } from '../src/index.js';
import { deprecationProblem, traced } from './deprecated.js';
import { NOT_EXPOSED } from './not-exposed.js';
import { json, stubClient } from './stub-fetch.js';

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
 * How the SDK reaches each operation, given every input set. Methods that take the spec's types pass
 * the sample on whole, so a parameter or field the spec adds reaches them with no edit here; those that
 * reshape their input (archive, shares) say where each field goes.
 */
const INVOKE: Record<string, Invoke> = {
  listPermissionSets: (c, s) =>
    firstPage(sets(c).list({ ...s.query, archived: true, author: [1, 2] } as Loose, { concurrency: 1 })),
  createPermissionSet: (c, s) => sets(c).create(s.body as Loose),
  getPermissionSet: (c, s) => sets(c).get(s.path.id as number),
  replacePermissionSet: (c, s) => sets(c).replace(s.path.id as number, s.body as Loose),
  updatePermissionSet: (c, s) => sets(c).update(s.path.id as number, s.body as Loose),
  setPermissionSetArchived: (c, s) =>
    s.body.status ? sets(c).archive(s.path.id as number) : sets(c).unarchive(s.path.id as number),
  listPermissionSetDependencies: (c, s) => sets(c).dependencies(s.path.id as number, s.query as Loose),
  transferPermissionSet: (c, s) => sets(c).transfer(s.path.id as number, s.body as Loose),
  listPermissionSetUserPermissions: (c, s) =>
    sets(c).userPermissions(s.path.id as number, s.path.user_id as number),
  listPermissionSetShares: (c, s) => setShares(c, s).list(),
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
  listPermissionSetResources: (c, s) => firstPage(resources(c, s).list(s.query as Loose, { concurrency: 1 })),
  createPermissionSetResource: (c, s) => resources(c, s).create(s.body as Loose),
  getPermissionSetResource: (c, s) => resources(c, s).get(s.path.name as string),
  updatePermissionSetResource: (c, s) => resources(c, s).update(s.path.name as string, s.body as Loose),
  deletePermissionSetResource: (c, s) => resources(c, s).delete(s.path.name as string),
  listPermissionSetResourceShares: (c, s) => resourceShares(c, s).list(),
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

/** Where the SDK method of an operation on this path belongs, by the longest matching prefix. */
export function home(path: string): string {
  if (/^\/permission_sets\/\{id\}\/resources\/\{name\}\/shares(\/|$)/.test(path)) {
    return 'Shares (packages/sdk/src/resources/shares.ts), reached as civis.permissionSets.resources(id).shares(name)';
  }
  if (/^\/permission_sets\/\{id\}\/shares(\/|$)/.test(path)) {
    return 'Shares (packages/sdk/src/resources/shares.ts), reached as civis.permissionSets.shares(id)';
  }
  if (/^\/permission_sets\/\{id\}\/resources(\/|$)/.test(path)) {
    return 'Resources (packages/sdk/src/resources/resources.ts), reached as civis.permissionSets.resources(id)';
  }
  if (/^\/permission_sets(\/|$)/.test(path)) {
    return 'PermissionSets (packages/sdk/src/resources/permission-sets.ts), reached as civis.permissionSets';
  }
  return 'a new resource class in packages/sdk/src/resources/, made in packages/sdk/src/core/civis.ts';
}

/**
 * What the SDK cannot reach in `openapi` (the bundled spec): one message per operation, parameter or
 * field, naming it and where its method belongs. Empty when everything is reachable.
 */
export async function sdkProblems(openapi: Json): Promise<string[]> {
  const operations = operationsOf(openapi);

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
    const invoke = INVOKE[id];
    if (!invoke) {
      problems.push(
        `${label} is not reachable through the SDK. Add its method to ${home(operation.path)}, and a line ` +
          `for it in INVOKE in packages/sdk/test/completeness.ts; or list ${id} in ` +
          'packages/sdk/test/not-exposed.ts with the reason it is not exposed.',
      );
      continue;
    }
    const { civis, calls } = stubClient(async (init) => {
      const call = calls.at(-1) as (typeof calls)[number];
      return answer(init.method ?? 'GET', new URL(call.url));
    });
    const sample = sampleFor(operation);
    const tracing = traced(civis);
    try {
      await invoke(tracing.value, sample);
    } catch (error) {
      problems.push(
        `${label}: its SDK method refused the spec's inputs (${(error as Error).message}); regenerate ` +
          '(`pnpm generate`), or fix its method and its line in INVOKE in packages/sdk/test/completeness.ts.',
      );
      continue;
    }
    const sent = calls.find((call) => operationOf(call.method, new URL(call.url)) === operation);
    if (!sent) {
      problems.push(
        `${label}: its SDK method (INVOKE in packages/sdk/test/completeness.ts) sent no request to it.`,
      );
      continue;
    }
    const called = tracing.last();
    const deprecated = operation.operation.deprecated === true && called && deprecationProblem(label, called);
    if (deprecated) problems.push(deprecated);
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
          `Let its method in ${home(operation.path)} take and send it (a method that takes the spec's types ` +
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
  for (const id of Object.keys(INVOKE).filter((i) => !operations.some((op) => op.operationId === i))) {
    problems.push(`INVOKE in packages/sdk/test/completeness.ts names ${id}, which the spec does not have.`);
  }
  return problems;
}
