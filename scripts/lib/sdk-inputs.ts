// What the SDK takes as input, generated from the spec: per operation with a query, its parameters as a
// camelCase TypeScript interface (types from the client's `operations`, so openapi-typescript stays the
// one reading of each schema); and the input rules the SDK checks before sending, as data, for the
// query of each operation, each path parameter and each request-body schema. A new optional parameter
// or body field in the spec is in the SDK's types and checks after `pnpm generate`, with no hand edit.
import { tsName } from '@civis-ts/spec/naming';
import { ruleOf } from '@civis-ts/spec/table';
import { deref, isObject, type Json, operationsOf, type SpecParameter } from '@civis-ts/spec/walk';

// The rules keep the JSON Schema keywords the SDK checks (`ruleOf`, spec/src/table.ts); everything else
// (descriptions, formats, defaults) is left out, and so is `additionalProperties`: the SDK refuses
// unknown keys everywhere, as they are usually typos. Query parameters are named by the one naming rule
// (spec/src/naming.ts): `page_num` on the wire is `pageNum` in the SDK, which sends it back with the
// rule's inverse.
const rulesOf = (spec: Json, node: unknown): Json => ruleOf(spec, node) as Json;

export interface QueryInput {
  operationId: string;
  label: string;
  /** camelCase name → the wire parameter. */
  parameters: [string, SpecParameter][];
}

export interface SdkInputs {
  queries: QueryInput[];
  /** Path parameter name → rule: one per name, which must mean the same on every path. */
  path: Record<string, Json>;
  /** Request-body schema name → rule. */
  bodies: Record<string, Json>;
}

export function extractInputs(spec: Json): SdkInputs {
  const inputs: SdkInputs = { queries: [], path: {}, bodies: {} };
  for (const { method, path, operationId, parameters, body } of operationsOf(spec)) {
    const label = `${operationId} (${method.toUpperCase()} ${path})`;
    if (!operationId) throw new Error(`sdk-inputs: ${label} has no operationId`);
    const query = parameters.filter((p) => p.in === 'query');
    if (query.length > 0) {
      inputs.queries.push({
        operationId,
        label,
        parameters: query.map((p): [string, SpecParameter] => [tsName(p.name, label), p]),
      });
    }
    for (const parameter of parameters.filter((p) => p.in === 'path')) {
      const rule = rulesOf(spec, parameter.schema);
      const known = inputs.path[parameter.name];
      if (known && JSON.stringify(known) !== JSON.stringify(rule)) {
        throw new Error(`sdk-inputs: path parameter ${parameter.name} differs on ${label}`);
      }
      inputs.path[parameter.name] = rule;
    }
    if (body === undefined) continue;
    const { ref } = deref(spec, body.schema);
    if (!ref) throw new Error(`sdk-inputs: the request body of ${label} must be a named schema`);
    inputs.bodies[ref.slice(ref.lastIndexOf('/') + 1)] = rulesOf(spec, body.schema);
  }
  return inputs;
}

const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);
const doc = (text: unknown, indent: string) =>
  typeof text === 'string'
    ? `${indent}/** ${text
        .trim()
        .replaceAll('*/', '*\\/')
        .replace(/\s*\n\s*/g, ' ')} */\n`
    : '';

/** The query rule of an operation: its parameters by camelCase name, unknown names refused. */
function queryRule(spec: Json, { parameters }: QueryInput): Json {
  const required = parameters.filter(([, p]) => p.required === true).map(([name]) => name);
  return {
    ...(required.length > 0 ? { required } : {}),
    properties: Object.fromEntries(parameters.map(([name, p]) => [name, rulesOf(spec, p.schema)])),
  };
}

/** The query interfaces, one per operation that takes a query: types only, exported by the SDK. */
export function renderQueryTypes(spec: Json, header: string): string {
  const interfaces = extractInputs(spec).queries.map((query) => {
    const fields = query.parameters.map(
      ([name, p]) =>
        `${doc(p.deprecated === true ? `${p.description ?? ''} @deprecated The spec deprecates \`${p.name}\`.`.trim() : p.description, '  ')}  ${name}${p.required ? '' : '?'}: Query<'${query.operationId}'>['${p.name}'];`,
    );
    return `/** The query of ${query.label}, camelCase. */\nexport interface ${pascal(query.operationId)}Query {\n${fields.join('\n')}\n}\n`;
  });
  return [
    header,
    "import type { operations } from '@civis-ts/client';\n",
    "type Query<O extends keyof operations> = NonNullable<operations[O]['parameters']['query']>;\n",
    ...interfaces,
  ].join('\n');
}

/**
 * The rules: one constant per rule (`path_<name>`, `<operationId>` for a query, the schema's name for a
 * body). Separate constants, so a bundler keeps only the rules the SDK uses; plain JSON Schema keywords,
 * read by one interpreter (packages/sdk/src/internal/validate.ts), so no code per field. The SDK ships in
 * browsers, so every byte counts: a rule used twice is written once (`r0`…) and referenced, and `type`
 * goes where it says nothing more (beside an `enum`, or `object` beside `properties`).
 */
export function renderRules(spec: Json, header: string): string {
  const { queries, path, bodies } = extractInputs(spec);
  const named: [string, Json][] = [
    ...Object.entries(path).map(([name, rule]): [string, Json] => [`path_${name}`, compact(rule)]),
    ...queries.map((query): [string, Json] => [query.operationId, compact(queryRule(spec, query))]),
    ...Object.entries(bodies).map(([name, rule]): [string, Json] => [name, compact(rule)]),
  ];
  // How often each nested rule occurs; those seen twice or more become shared constants.
  const uses = new Map<string, number>();
  const count = (rule: unknown): void => {
    if (!isObject(rule)) return;
    const key = JSON.stringify(rule);
    uses.set(key, (uses.get(key) ?? 0) + 1);
    for (const child of children(rule)) count(child);
  };
  for (const [, rule] of named) count(rule);
  const shared = new Map<string, string>();
  const lines: string[] = [];
  const render = (rule: Json): string => {
    const key = JSON.stringify(rule);
    const known = shared.get(key);
    if (known) return known;
    const fields = Object.entries(rule).map(([k, v]) => {
      if (k === 'properties') {
        const props = Object.entries(v as Json).map(
          ([name, r]) => `${JSON.stringify(name)}:${render(r as Json)}`,
        );
        return `${JSON.stringify(k)}:{${props.join(',')}}`;
      }
      return `${JSON.stringify(k)}:${k === 'items' ? render(v as Json) : JSON.stringify(v)}`;
    });
    const text = `{${fields.join(',')}}`;
    if ((uses.get(key) ?? 0) < 2) return text;
    const name = `r${shared.size}`;
    shared.set(key, name);
    lines.push(`const ${name} = ${text} as const;`);
    return name;
  };
  // A rule that is a shared constant is exported under its name as an alias, not copied into a
  // constant of its own (which a bundler keeps as one more variable).
  const exports = named.map(([name, rule]) => {
    const text = render(rule);
    return /^r\d+$/.test(text)
      ? `export { ${text} as ${name} };`
      : `export const ${name} = ${text} as const;`;
  });
  return [
    header,
    '// Rules used more than once.',
    ...lines,
    '\n// Path parameters (`path_<name>`, whatever the path), queries (by operationId, camelCase names),',
    '// request bodies (by schema name).',
    ...exports,
    '',
  ].join('\n');
}

function children(rule: Json): Json[] {
  const nested = isObject(rule.properties) ? Object.values(rule.properties) : [];
  return [...nested, ...(isObject(rule.items) ? [rule.items] : [])] as Json[];
}

/** A rule without the keywords that say nothing the interpreter needs. */
function compact(rule: Json): Json {
  const { type, items, properties, ...rest } = rule;
  const out: Json = {};
  if (type !== undefined && rest.enum === undefined && !(type === 'object' && properties)) out.type = type;
  Object.assign(out, rest);
  if (items !== undefined) out.items = compact(items as Json);
  if (isObject(properties)) {
    out.properties = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, compact(v as Json)]));
  }
  return out;
}
