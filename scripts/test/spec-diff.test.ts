// One fixture pair per kind of change: base.yaml against <case>.yaml (base.yaml with that one change).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleSpec } from '../lib/codegen.ts';
import { diffSpecs } from '../lib/spec-diff/index.ts';
import type { Json, Level } from '../lib/spec-diff/types.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures/spec-diff');
const load = (name: string) => bundleSpec(join(FIXTURES, `${name}.yaml`));

// [fixture, bump it calls for, kind of change that must be reported at that level]
const CASES: [string, Level, string][] = [
  ['operation-removed', 'major', 'operation-removed'],
  ['operation-added', 'minor', 'operation-added'],
  ['operation-id-changed', 'major', 'operation-id-changed'],
  ['operation-moved', 'major', 'operation-moved'],
  ['operation-deprecated', 'minor', 'operation-deprecated'],
  ['parameter-removed', 'major', 'parameter-removed'],
  ['parameter-renamed', 'major', 'parameter-renamed'],
  ['required-parameter-added', 'major', 'required-parameter-added'],
  ['optional-parameter-added', 'minor', 'parameter-added'],
  ['parameter-now-required', 'major', 'parameter-now-required'],
  ['parameter-constraint-tightened', 'major', 'constraint-tightened'],
  ['parameter-constraint-loosened', 'minor', 'constraint-loosened'],
  ['parameter-type-changed', 'major', 'type-changed'],
  ['request-type-narrowed', 'major', 'type-narrowed'],
  ['request-type-widened', 'minor', 'type-widened'],
  ['response-type-widened', 'major', 'type-widened'],
  ['response-type-narrowed', 'minor', 'type-narrowed'],
  ['request-required-field-added', 'major', 'required-property-added'],
  ['request-optional-field-added', 'minor', 'property-added'],
  ['request-field-now-required', 'major', 'property-now-required'],
  ['request-field-removed', 'major', 'property-removed'],
  ['request-closed-to-extra-fields', 'major', 'additional-properties-changed'],
  ['response-field-added', 'minor', 'property-added'],
  ['response-field-removed', 'major', 'property-removed'],
  ['response-field-renamed', 'major', 'property-renamed'],
  ['response-field-now-optional', 'major', 'property-now-optional'],
  ['response-enum-value-added', 'major', 'enum-value-added'],
  ['response-enum-value-removed', 'minor', 'enum-value-removed'],
  ['request-enum-value-added', 'minor', 'enum-value-added'],
  ['request-enum-value-removed', 'major', 'enum-value-removed'],
  ['response-variant-added', 'major', 'variant-added'],
  ['recursive-schema-changed', 'patch', 'constraint-changed'],
  ['response-constraint-changed', 'patch', 'constraint-changed'],
  ['response-status-removed', 'major', 'response-status-removed'],
  ['response-status-changed', 'major', 'response-status-removed'],
  ['response-status-added', 'minor', 'response-status-added'],
  ['response-header-removed', 'major', 'response-header-removed'],
  ['request-body-removed', 'major', 'request-body-removed'],
  ['request-body-now-optional', 'minor', 'request-body-now-optional'],
  ['request-media-type-added', 'minor', 'media-type-added'],
  ['schema-removed', 'major', 'schema-removed'],
  ['docs-only', 'patch', 'docs-changed'],
];

describe('diffSpecs on fixture pairs', () => {
  let base: Json;
  beforeAll(async () => {
    base = await load('base');
  });

  it('finds nothing between a spec and itself', async () => {
    expect(diffSpecs(base, await load('base'))).toEqual({ changes: [], bump: undefined });
  });

  it.each(CASES)('%s → %s (%s)', async (fixture, bump, kind) => {
    const diff = diffSpecs(base, await load(fixture));
    expect(diff.bump).toBe(bump);
    expect(diff.changes).toContainEqual(expect.objectContaining({ kind, level: bump }));
    // Every one of these single changes is one the walk has a rule for.
    expect(diff.changes.filter((c) => c.kind === 'unclassified')).toEqual([]);
  });

  it('names every operation that reaches a change in a shared schema', async () => {
    const diff = diffSpecs(base, await load('response-field-removed'));
    const removed = diff.changes.find((c) => c.kind === 'property-removed');
    expect(removed).toMatchObject({
      location: '#/components/schemas/Thing',
      message: 'field `note` removed',
    });
    expect(removed?.operations.sort()).toEqual([
      'createThing (POST /things)',
      'getThing (GET /things/{id})',
      'listThings (GET /things)',
    ]);
  });

  it('reports an object answer that became an array of it once, at the operation, not at the shared schema', async () => {
    const diff = diffSpecs(base, await load('response-object-to-array'));
    expect(diff.bump).toBe('major');
    expect(diff.changes).toEqual([
      expect.objectContaining({
        kind: 'type-changed',
        level: 'major',
        location: expect.stringContaining('getThing'),
        message: 'type object → array',
      }),
    ]);
  });

  it('reads the same enum change as minor in a request and major in a response', async () => {
    const request = diffSpecs(base, await load('request-enum-value-added'));
    const response = diffSpecs(base, await load('response-enum-value-added'));
    expect(request.changes.map((c) => c.level)).toEqual(['minor']);
    expect(response.changes.map((c) => c.level)).toEqual(['major']);
  });

  it('classifies the reverse of an addition as breaking', async () => {
    expect(diffSpecs(await load('operation-added'), base).bump).toBe('major');
    expect(diffSpecs(await load('request-optional-field-added'), base).bump).toBe('major');
  });
});

// An unused schema's field changing type is a difference the walk has no rule for (it reaches no
// operation): reported as unclassified, minor, whatever else changes beside it.
const UNCLASSIFIED = {
  kind: 'unclassified',
  level: 'minor',
  location: '#/components/schemas/Legacy/properties/id/type',
};
// [fixture, bump, the classified change beside the unclassified one (undefined: none)]
const MIXES: [string, Level, string | undefined][] = [
  ['unclassified-only', 'minor', undefined],
  ['mix-docs-and-unclassified', 'minor', 'docs-changed'],
  ['mix-patch-and-unclassified', 'minor', 'constraint-changed'],
  ['mix-minor-and-unclassified', 'minor', 'property-added'],
  ['mix-major-and-unclassified', 'major', 'property-removed'],
];

describe('diffSpecs on a mix of classified and unclassified changes', () => {
  let base: Json;
  beforeAll(async () => {
    base = await load('base');
  });

  it.each(MIXES)('%s → %s, both reported', async (fixture, bump, classified) => {
    const diff = diffSpecs(base, await load(fixture));
    expect(diff.bump).toBe(bump);
    expect(diff.changes).toContainEqual(expect.objectContaining(UNCLASSIFIED));
    const others = diff.changes.filter((c) => c.kind !== 'unclassified').map((c) => c.kind);
    expect(others).toEqual(classified === undefined ? [] : [classified]);
  });

  it('reports a change at a keyword the walk has no rule for, inside a used schema', async () => {
    const changed = structuredClone(base);
    const thing = (changed.components as Json).schemas as Record<string, Json>;
    (thing.Thing as Json).readOnly = true;
    const diff = diffSpecs(base, changed);
    expect(diff.changes).toEqual([
      expect.objectContaining({ kind: 'unclassified', location: '#/components/schemas/Thing/readOnly' }),
    ]);
  });
});
