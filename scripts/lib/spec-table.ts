// The spec's facts as code, in the private package @civis-ts/spec (spec/): the table of every operation
// (src/generated/operations.ts, for the CLI, the mock, the scripts and the tests) and the facts packages
// read one by one (src/generated/facts.ts: separate constants, no descriptions, so the SDK's browser
// bundle keeps only the few it uses). A fact is read from the place of the spec named in FACTS; when the
// spec no longer has that place, generation fails naming the fact and this file.

import { operationTable } from '@civis-ts/spec/table';
import { isObject, type Json, resolve } from '@civis-ts/spec/walk';

export const SPEC_OPERATIONS = 'spec/src/generated/operations.ts';
export const SPEC_FACTS = 'spec/src/generated/facts.ts';

interface Fact {
  /** Where in the bundled spec: `$ref`s are followed at every step. */
  at: string[];
  doc: string;
}

/** The facts other code reads by name. Each is written once, in the spec; here is only where to find it. */
const FACTS: Record<string, Fact> = {
  LEVELS: {
    at: ['components', 'schemas', 'PermissionLevel', 'enum'],
    doc: 'Every share level, from least to most: the spec says each level includes the ones before it (PermissionLevel).',
  },
  NAME_MAX_LENGTH: {
    at: ['components', 'schemas', 'PermissionSetCreate', 'properties', 'name', 'maxLength'],
    doc: "The most characters of a permission set's name (PermissionSetCreate.name).",
  },
  DESCRIPTION_MAX_LENGTH: {
    at: ['components', 'schemas', 'PermissionSetCreate', 'properties', 'description', 'maxLength'],
    doc: 'The most characters of a description (PermissionSetCreate.description).',
  },
  RESOURCE_NAME_MAX_LENGTH: {
    at: ['components', 'schemas', 'ResourceCreate', 'properties', 'name', 'maxLength'],
    doc: "The most characters of a resource's name (ResourceCreate.name).",
  },
  PERMISSION_SET_PAGE_LIMIT: {
    at: ['components', 'parameters', 'PermissionSetLimit', 'schema', 'maximum'],
    doc: 'The most permission sets one page holds (listPermissionSets `limit`).',
  },
  RESOURCE_PAGE_LIMIT: {
    at: ['components', 'parameters', 'ResourceLimit', 'schema', 'maximum'],
    doc: 'The most resources one page holds (listPermissionSetResources `limit`).',
  },
};

function read(doc: Json, name: string, { at }: Fact): unknown {
  let node: unknown = doc;
  for (const key of at) {
    const resolved = isObject(node) ? resolve(doc, node) : undefined;
    node = resolved?.[key];
    if (node === undefined) {
      throw new Error(
        `spec-table: the fact ${name} is read from ${at.join('.')}, which spec/openapi.yaml no longer has ` +
          '(no `' +
          key +
          '`): put it back, or point FACTS in scripts/lib/spec-table.ts at its new place.',
      );
    }
  }
  return node;
}

const comment = (text: string) => `/** ${text} */\n`;

/** The members of TagOperations: each tag with the union of its operationIds. */
const tags = (table: { operationId: string; tag: string }[]) =>
  [...new Set(table.map((row) => row.tag))]
    .map(
      (tag) =>
        `  ${JSON.stringify(tag)}: ${table
          .filter((row) => row.tag === tag)
          .map((row) => JSON.stringify(row.operationId))
          .join(' | ')};`,
    )
    .join('\n');

/** src/generated/facts.ts: one constant per fact, plus the operations' ids and count. */
export function renderFacts(doc: Json, header: string): string {
  const table = operationTable(doc);
  const lines = Object.entries(FACTS).map(
    ([name, fact]) =>
      `${comment(`${fact.doc} At ${fact.at.join('.')}.`)}export const ${name} = ${JSON.stringify(read(doc, name, fact))} as const;`,
  );
  const ids = table.map((row) => row.operationId);
  return [
    header,
    ...lines,
    `${comment('A share level.')}export type Level = (typeof LEVELS)[number];`,
    `${comment('How many operations the spec has.')}export const OPERATION_COUNT = ${ids.length};`,
    `${comment('Every operationId, in document order.')}export const OPERATION_IDS = ${JSON.stringify(ids)} as const;`,
    `export type OperationId = (typeof OPERATION_IDS)[number];`,
    `${comment("Each tag's operationIds (an operation's first tag): the mock's route file of a tag is typed by it, so a new operation fails there.")}export interface TagOperations {\n${tags(table)}\n}`,
    `${comment('A tag of the spec.')}export type Tag = keyof TagOperations;`,
    '',
  ].join('\n\n');
}

/** src/generated/operations.ts: the whole table, descriptions included. */
export function renderOperations(doc: Json, header: string): string {
  return `${header}
import type { OperationRow } from '../row.js';

/** Every operation of the spec, in document order. */
export const OPERATIONS: readonly OperationRow[] = ${JSON.stringify(operationTable(doc), null, 2)};
`;
}
