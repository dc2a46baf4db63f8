// The mock's validators, compiled from the spec at generation time: Ajv's standalone code for every schema
// the fake checks (each operation's path and query parameters and body, each response's body and
// headers), and the table that names them per operation. At run time the fake loads neither Ajv's
// compiler nor the module that holds it, only this code and the small Ajv runtime helpers it imports
// (bundled into the mock's dist). The schemas are those the fake itself reads, with its own walk
// of the spec (readOperations), so the table cannot name a different set.

import { FORMATS } from '@civis-ts/spec/formats';
import { readOperations } from '@civis-ts/spec/responses';
import type { Json } from '@civis-ts/spec/walk';
import Ajv2020, { _ } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

export const MOCK_VALIDATORS = 'packages/mock/src/generated/validators.ts';

/** Under which name the spec is registered with Ajv: the schemas' local `$ref`s are pointed at it. */
const DOCUMENT_ID = 'openapi.json';

export function renderMockValidators(spec: Json, header: string): string {
  // strict: false because the document carries OpenAPI keywords (example, x-...) next to the schemas.
  // `FORMATS` is what the generated code calls a format by (formats.ts, imported by the generated file).
  const ajv = new Ajv2020({
    strict: false,
    validateSchema: false,
    allErrors: false,
    logger: false,
    inlineRefs: false,
    code: { source: true, esm: true, lines: true, formats: _`FORMATS` },
  });
  for (const [name, format] of Object.entries(FORMATS)) ajv.addFormat(name, format);
  ajv.addSchema(withoutProse(spec) as object, DOCUMENT_ID);

  // One validator per distinct schema node: a bare `$ref` by its target, an inline schema by its text.
  const names = new Map<string, string>();
  const validator = (node: unknown): string => {
    const ref = typeof (node as { $ref?: unknown })?.$ref === 'string' ? (node as { $ref: string }).$ref : '';
    const key = ref && Object.keys(node as object).length === 1 ? ref : JSON.stringify(node);
    let name = names.get(key);
    if (!name) {
      name = `v${names.size}`;
      names.set(key, name);
      ajv.addSchema(absolutize(withoutProse(node)) as object, name);
    }
    return name;
  };

  const rows = readOperations(spec).map((operation) => {
    const parameters = operation.parameters.map((p) => `${q(`${p.in}:${p.name}`)}: ${validator(p.schema)}`);
    const body = operation.bodySchema === undefined ? '' : ` body: ${validator(operation.bodySchema)},`;
    const responses = [...operation.responses].map(([status, response]) => {
      const responseBody = response.schema === undefined ? '' : ` body: ${validator(response.schema)},`;
      const headers = response.headers.map((h) => `${q(h.name)}: ${validator(h.schema)}`);
      return `      ${q(status)}: {${responseBody} headers: { ${headers.join(', ')} } },`;
    });
    return [
      `  ${q(operation.operationId)}: {`,
      `    parameters: { ${parameters.join(', ')} },${body}`,
      '    responses: {',
      ...responses,
      '    },',
      '  },',
    ].join('\n');
  });

  const code = standaloneCode(ajv, Object.fromEntries([...names.values()].map((name) => [name, name])));
  // Ajv's code requires its runtime helpers (CommonJS modules whose `exports.default` is the helper):
  // imported instead, so the bundler takes them in. What a default import of CommonJS gives differs
  // (Node and esbuild: `module.exports`; vitest: `exports.default`), hence `helper()`.
  const helpers = new Map<string, string>();
  const body = code
    .replace(/^"use strict";\n?/, '')
    .replace(
      /require\("(ajv\/dist\/runtime\/([a-z0-9]+))"\)\.default/gi,
      (_match, path: string, name: string) => {
        const local = `${name}Module`;
        helpers.set(local, `${path}.js`);
        return `helper(${local})`;
      },
    );
  if (body.includes('require(')) throw new Error('mock validators: the standalone code requires a module');

  const runtime =
    helpers.size === 0
      ? []
      : [
          ...[...helpers].map(([local, path]) => `import ${local} from '${path}';`),
          "const helper = (module) => (typeof module === 'function' ? module : helper(module.default));",
        ];
  return `${header}// @ts-nocheck: Ajv's standalone code is untyped JavaScript; VALIDATORS below types what it exports.

import { FORMATS } from '@civis-ts/spec/formats';
import type { GeneratedOperation } from '../validators.js';
${runtime.join('\n')}

${body}
/** Each operation's validators, by parameter (\`in:name\`), body, and response status. */
export const VALIDATORS: Record<string, GeneratedOperation> = {
${rows.join('\n')}
};
`;
}

const q = (text: string) => JSON.stringify(text);

/** Points the document's local `$ref`s at the document as registered with Ajv. */
function absolutize(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(absolutize);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] =
      key === '$ref' && typeof value === 'string' && value.startsWith('#')
        ? DOCUMENT_ID + value
        : absolutize(value);
  }
  return out;
}

/** Keywords whose value is data, not a schema: kept whole, whatever keys it holds. */
const DATA = new Set(['enum', 'const', 'default', 'example', 'examples']);

/**
 * The node without its prose (every `description` string): Ajv copies a schema into the generated code
 * where its checks read it, and prose validates nothing, so it would only make the code larger and make
 * a change of wording regenerate the validators. A property named `description` holds a schema (an
 * object) and stays.
 */
function withoutProse(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutProse);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'description' && typeof value === 'string'))
      .map(([key, value]) => [key, DATA.has(key) ? value : withoutProse(value)]),
  );
}
