// The constraints the SDK validates before sending, read from the bundled spec: per operation its query
// parameters, per request-body schema its properties, and the path parameters. Rendered as a plain data
// module, so the SDK's checks take their bounds and enums from the spec instead of copying them.

type Json = Record<string, unknown>;

/** The JSON Schema keywords the SDK checks; everything else (descriptions, formats) is left out. */
const KEYWORDS = [
  'type',
  'enum',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'default',
  'required',
] as const;

const VERBS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Follows `$ref`s (internal, as the bundle leaves them); sibling keywords override the target's. */
function deref(spec: Json, node: unknown): Json {
  let current = node as Json;
  while (typeof current?.$ref === 'string') {
    const { $ref, ...siblings } = current;
    if (!$ref.startsWith('#/')) throw new Error(`constraints: unresolvable $ref ${$ref}`);
    let target: unknown = spec;
    for (const key of $ref.slice(2).split('/')) {
      target = (target as Json | undefined)?.[key.replaceAll('~1', '/').replaceAll('~0', '~')];
    }
    if (target === undefined) throw new Error(`constraints: $ref ${$ref} points nowhere`);
    current = { ...(target as Json), ...siblings };
  }
  return current;
}

/** The checked keywords of a schema, with its items and properties likewise. */
function constraintsOf(spec: Json, node: unknown): Json {
  const schema = deref(spec, node);
  const out: Json = {};
  for (const key of KEYWORDS) if (schema[key] !== undefined) out[key] = schema[key];
  if (schema.items !== undefined) out.items = constraintsOf(spec, schema.items);
  if (schema.properties !== undefined) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties as Json).map(([name, property]) => [
        name,
        constraintsOf(spec, property),
      ]),
    );
  }
  if (schema.additionalProperties === false) out.additionalProperties = false;
  return out;
}

function refName(node: unknown): string | undefined {
  const ref = (node as Json | undefined)?.$ref;
  return typeof ref === 'string' ? ref.slice(ref.lastIndexOf('/') + 1) : undefined;
}

export interface Constraints {
  /** operationId → query parameter name → constraints, for operations that take a query. */
  query: Record<string, Record<string, Json>>;
  /** Path parameter name → constraints: one entry per name, which must mean the same on every path. */
  path: Record<string, Json>;
  /** Request-body schema name → its constraints. */
  body: Record<string, Json>;
}

export function extractConstraints(spec: Json): Constraints {
  const constraints: Constraints = { query: {}, path: {}, body: {} };
  for (const [route, item] of Object.entries((spec.paths ?? {}) as Record<string, Json>)) {
    for (const verb of VERBS) {
      const operation = item[verb] as Json | undefined;
      if (!operation) continue;
      const id = operation.operationId as string;
      // Operation parameters override the path item's with the same name and location.
      const parameters = new Map<string, Json>();
      for (const raw of [
        ...((item.parameters ?? []) as unknown[]),
        ...((operation.parameters ?? []) as unknown[]),
      ]) {
        const parameter = deref(spec, raw);
        parameters.set(`${parameter.in}:${parameter.name}`, parameter);
      }
      for (const parameter of parameters.values()) {
        const name = parameter.name as string;
        const checked = constraintsOf(spec, parameter.schema);
        if (parameter.in === 'query') {
          constraints.query[id] ??= {};
          (constraints.query[id] as Record<string, Json>)[name] = checked;
        } else if (parameter.in === 'path') {
          const known = constraints.path[name];
          if (known && JSON.stringify(known) !== JSON.stringify(checked)) {
            throw new Error(`constraints: path parameter ${name} differs on ${verb.toUpperCase()} ${route}`);
          }
          constraints.path[name] = checked;
        }
      }
      const body = (deref(spec, operation.requestBody ?? {}).content as Json | undefined)?.[
        'application/json'
      ];
      const schema = (body as Json | undefined)?.schema;
      if (schema === undefined) continue;
      const name = refName(schema);
      if (!name) throw new Error(`constraints: the request body of ${id} must be a named schema`);
      constraints.body[name] = constraintsOf(spec, schema);
    }
  }
  return constraints;
}

/** `[name, value]` for each keyword of `rule`, its items' and its properties', the names joined by `_`. */
function flatten(name: string, rule: Json): [string, unknown][] {
  const entries: [string, unknown][] = [];
  for (const [key, value] of Object.entries(rule)) {
    if (key === 'properties') {
      for (const [property, inner] of Object.entries(value as Json)) {
        entries.push(...flatten(`${name}_${property}`, inner as Json));
      }
    } else if (key === 'items') entries.push(...flatten(`${name}_items`, value as Json));
    else entries.push([`${name}_${key}`, value]);
  }
  return entries;
}

const literal = (value: unknown): string =>
  Array.isArray(value) ? `[${value.map(literal).join(', ')}] as const` : JSON.stringify(value);

/**
 * The module: one constant per keyword, named `<where>_<parameter or property>_<keyword>`, grouped by
 * path parameters, operation (its query) and request-body schema. Flat constants rather than nested
 * objects because the SDK ships in browsers: a bundler keeps only the few values the SDK reads, where a
 * nested object would ship whole, keyword names and all.
 */
export function renderConstraints(spec: Json, header: string): string {
  const { query, path, body } = extractConstraints(spec);
  const groups: [string, [string, unknown][]][] = [
    [
      'Path parameters, whatever the path.',
      Object.entries(path).flatMap(([name, rule]) => flatten(`path_${name}`, rule)),
    ],
    ...Object.entries(query).map(([id, parameters]): [string, [string, unknown][]] => [
      `The query parameters of ${id}.`,
      Object.entries(parameters).flatMap(([name, rule]) => flatten(`${id}_${name}`, rule)),
    ]),
    ...Object.entries(body).map(([name, rule]): [string, [string, unknown][]] => [
      `The request-body schema ${name}.`,
      flatten(name, rule),
    ]),
  ];
  const seen = new Set<string>();
  const blocks = groups.map(([doc, entries]) => {
    const lines = entries.map(([name, value]) => {
      if (seen.has(name)) throw new Error(`constraints: two constraints would be named ${name}`);
      seen.add(name);
      return `export const ${name} = ${literal(value)};`;
    });
    return `// ${doc}\n${lines.join('\n')}\n`;
  });
  return `${header}\n${blocks.join('\n')}`;
}
