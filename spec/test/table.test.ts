// The table and the facts, against the document they come from: a fact the generator reads from the wrong
// place, or a row that drops what the spec says, fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DESCRIPTION_MAX_LENGTH,
  LEVELS,
  NAME_MAX_LENGTH,
  OPERATION_COUNT,
  OPERATION_IDS,
  PERMISSION_SET_PAGE_LIMIT,
  RESOURCE_NAME_MAX_LENGTH,
  RESOURCE_PAGE_LIMIT,
} from '../src/generated/facts.js';
import { OPERATIONS } from '../src/generated/operations.js';
import { camelCase, snakeCase, tsName } from '../src/naming.js';
import { operationTable } from '../src/table.js';
import { type Json, operationsOf } from '../src/walk.js';

// The bundled document the client ships (generated from spec/openapi.yaml by the same `pnpm generate`).
const doc = JSON.parse(
  readFileSync(new URL('../../packages/client/openapi.json', import.meta.url), 'utf8'),
) as Json;
const schemas = (doc.components as { schemas: Record<string, Json> }).schemas;

describe('the facts', () => {
  it('are the document’s', () => {
    expect(LEVELS).toEqual(schemas.PermissionLevel?.enum);
    const create = schemas.PermissionSetCreate?.properties as Record<string, Json>;
    expect(NAME_MAX_LENGTH).toBe(create.name?.maxLength);
    expect(DESCRIPTION_MAX_LENGTH).toBe(create.description?.maxLength);
    const resource = schemas.ResourceCreate?.properties as Record<string, Json>;
    expect(RESOURCE_NAME_MAX_LENGTH).toBe(resource.name?.maxLength);
    const limit = (id: string) =>
      OPERATIONS.find((row) => row.operationId === id)?.parameters.find((p) => p.wire === 'limit')?.rule
        .maximum;
    expect(PERMISSION_SET_PAGE_LIMIT).toBe(limit('listPermissionSets'));
    expect(RESOURCE_PAGE_LIMIT).toBe(limit('listPermissionSetResources'));
  });

  it('count and name every operation the walker finds', () => {
    const walked = operationsOf(doc).map((operation) => operation.operationId);
    expect(OPERATION_IDS).toEqual(walked);
    expect(OPERATION_COUNT).toBe(walked.length);
  });
});

describe('the table', () => {
  it('is what the generator makes of the document', () => {
    expect(operationTable(doc)).toEqual(OPERATIONS);
  });

  it('names every query and path parameter by the naming rule, both ways', () => {
    for (const row of OPERATIONS) {
      for (const parameter of row.parameters) {
        expect(parameter.name).toBe(camelCase(parameter.wire));
        expect(snakeCase(parameter.name), `${row.operationId} ${parameter.wire}`).toBe(parameter.wire);
      }
    }
  });

  it('marks the paginated lists and the shape of each answer', () => {
    const list = OPERATIONS.find((row) => row.operationId === 'listPermissionSets');
    expect(list?.paginated).toBe(true);
    expect(list?.responses.find((r) => r.status === '200')).toEqual({
      status: '200',
      shape: 'array',
      schema: 'PermissionSet',
    });
    const remove = OPERATIONS.find((row) => row.operationId === 'deletePermissionSetResource');
    expect(remove?.responses.find((r) => r.status === '204')).toEqual({ status: '204' });
  });

  it('carries a deprecation and a new parameter from a changed document', () => {
    const changed = structuredClone(doc);
    const get = (changed.paths as Record<string, Record<string, Json>>)['/permission_sets/{id}']?.get as Json;
    get.deprecated = true;
    get.parameters = [{ name: 'with_owner', in: 'query', schema: { type: 'boolean' } }];
    const row = operationTable(changed).find((r) => r.operationId === 'getPermissionSet');
    expect(row?.deprecated).toBe(true);
    expect(row?.parameters.map((p) => [p.wire, p.name, p.in])).toContainEqual([
      'with_owner',
      'withOwner',
      'query',
    ]);
  });
});

describe('the naming rule', () => {
  it('carries snake_case both ways', () => {
    expect(camelCase('page_num')).toBe('pageNum');
    expect(snakeCase('pageNum')).toBe('page_num');
    expect(tsName('order_dir', 'x')).toBe('orderDir');
  });

  it('refuses a name it cannot carry back, naming it and where to change it', () => {
    for (const wire of ['pageNum', 'Page', 'order-dir', 'x.y']) {
      expect(() => tsName(wire, 'listThings (GET /things)')).toThrow(
        new RegExp(`\`${wire}\` of listThings .*spec/openapi.yaml`),
      );
    }
  });
});
