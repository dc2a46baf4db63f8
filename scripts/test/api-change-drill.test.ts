// The API-change drill: realistic changes to spec/openapi.yaml, each applied to a throwaway copy of the
// repo, then regenerated as a maintainer would. For each it records the bump spec:diff gives, whether a
// user can reach the change through the SDK (a probe that must typecheck), what the completeness checks
// and the typecheck say, and how many files besides spec/ they send the maintainer to. The table in
// RELEASING.md is this test's result: it fails when the two differ.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleSpec, ROOT, SPEC_ENTRY } from '../lib/codegen.ts';
import {
  bumpOf,
  completeness,
  copyRepo,
  editSpec,
  filesToEdit,
  regenerate,
  removeCopy,
  typecheck,
} from '../lib/drill.ts';
import type { Json, Level } from '../lib/spec-diff/types.ts';

/** Inserts `text` after the first line matching `after` (a line of the spec, whole). */
const insertAfter = (after: string, text: string) => (spec: string) => {
  const at = spec.indexOf(`${after}\n`);
  if (at === -1) throw new Error(`drill: no line ${JSON.stringify(after)} in the spec`);
  return spec.slice(0, at + after.length + 1) + text + spec.slice(at + after.length + 1);
};
/** Inserts `text` before the first line that is `before`. */
const insertBefore = (before: string, text: string) => (spec: string) => {
  const at = spec.indexOf(`${before}\n`);
  if (at === -1) throw new Error(`drill: no line ${JSON.stringify(before)} in the spec`);
  return spec.slice(0, at) + text + spec.slice(at);
};
const replace = (from: string, to: string) => (spec: string) => {
  if (!spec.includes(from)) throw new Error(`drill: no ${JSON.stringify(from)} in the spec`);
  return spec.replace(from, to);
};
const PROBE = `import { Civis } from './packages/sdk/src/index.js';
const civis = new Civis({ apiKey: 'k' });
export async function probe() {
`;

interface Scenario {
  change: string;
  /** A change to the spec before the drill's change, when the spec has nothing to change yet. */
  before?: (spec: string) => string;
  edit: (spec: string) => string;
  /** The code a user would write to reach the change; it typechecks when the SDK exposes it. */
  probe: string;
  /** Run on the copy's SDK after regeneration: the change's checks hold with no hand edit. */
  runtime?: (sdk: typeof import('../../packages/sdk/src/index.ts')) => Promise<void>;
  expected: { bump: Level; exposed: boolean; loud: string; files: number };
}

const ERRORS = `        '401':
          $ref: '#/components/responses/Unauthorized'
`;
const SCENARIOS: Scenario[] = [
  {
    change: 'new optional response field',
    edit: replace(
      '        updatedAt:\n          type: string\n          format: date-time\n        archived:',
      "        updatedAt:\n          type: string\n          format: date-time\n        lastUsedAt:\n          type: [string, 'null']\n          format: date-time\n        archived:",
    ),
    probe:
      'const set = await civis.permissionSets.get(1);\n  const used: string | null | undefined = set.lastUsedAt;\n  return used;',
    expected: { bump: 'minor', exposed: true, loud: 'mock completeness', files: 1 },
  },
  {
    change: 'new optional query parameter',
    edit: insertAfter(
      "        - $ref: '#/components/parameters/Author'",
      '        - name: name\n          in: query\n          required: false\n          schema:\n            type: string\n            maxLength: 255\n',
    ),
    probe: "return civis.permissionSets.list({ name: 'x' }).toArray();",
    expected: { bump: 'minor', exposed: true, loud: 'mock completeness', files: 1 },
  },
  {
    change: 'new optional body field',
    edit: replace(
      '          description: The name of this permission set.\n        description:\n          type: string\n          maxLength: 10000\n          description: A description of this permission set.\n    PermissionSetReplace:',
      '          description: The name of this permission set.\n        description:\n          type: string\n          maxLength: 10000\n          description: A description of this permission set.\n        color:\n          type: string\n          maxLength: 7\n    PermissionSetReplace:',
    ),
    probe: "return civis.permissionSets.create({ name: 'n', color: '#ff0000' });",
    // The field's maxLength is checked before sending, with no hand edit.
    runtime: async ({ Civis, CivisValidationError }) => {
      const civis = new Civis({ apiKey: 'k', fetch: () => Promise.reject(new Error('nothing may be sent')) });
      const call = civis.permissionSets.create({ name: 'n', color: '#ff00001' } as { name: string });
      await expect(call).rejects.toBeInstanceOf(CivisValidationError);
      await expect(call).rejects.toMatchObject({ field: 'color' });
    },
    expected: { bump: 'minor', exposed: true, loud: 'nothing', files: 0 },
  },
  {
    change: 'new enum value in a request',
    edit: replace(
      'enum: [updated_at, name, created_at]',
      'enum: [updated_at, name, created_at, last_used_at]',
    ),
    probe: "return civis.permissionSets.list({ order: 'last_used_at' }).toArray();",
    expected: { bump: 'minor', exposed: true, loud: 'nothing', files: 0 },
  },
  {
    // The spec has no enum in a response yet: the drill first gives Dependency.permissionLevel one.
    change: 'new enum value in a response',
    before: replace(
      "        permissionLevel:\n          type: [string, 'null']\n          description: >-\n            Permission level of target user (not user's groups) for dependent object.",
      "        permissionLevel:\n          type: [string, 'null']\n          enum: [read, write, manage, null]\n          description: >-\n            Permission level of target user (not user's groups) for dependent object.",
    ),
    edit: replace('enum: [read, write, manage, null]', 'enum: [read, write, manage, owner, null]'),
    probe:
      "const [first] = await civis.permissionSets.dependencies(1);\n  const level: 'read' | 'write' | 'manage' | 'owner' | null | undefined = first?.permissionLevel;\n  return level;",
    expected: { bump: 'major', exposed: true, loud: 'nothing', files: 0 },
  },
  {
    change: 'new operation',
    edit: insertBefore(
      '  /permission_sets/{id}/archive:',
      `  /permission_sets/{id}/clone:\n    parameters:\n      - $ref: '#/components/parameters/PermissionSetId'\n    post:\n      operationId: clonePermissionSet\n      summary: Clone a permission set\n      tags: [Permission Sets]\n      responses:\n        '201':\n          $ref: '#/components/responses/PermissionSetCreated'\n${ERRORS}`,
    ),
    probe: 'return civis.permissionSets.clone(1);',
    expected: {
      bump: 'minor',
      exposed: false,
      loud: 'typecheck, SDK completeness, mock completeness',
      files: 5,
    },
  },
  {
    change: 'removed response field',
    edit: replace(
      '        updatedAt:\n          type: string\n          format: date-time\n        archived:',
      '        archived:',
    ),
    probe:
      'const set = await civis.permissionSets.get(1);\n  // @ts-expect-error the field is gone\n  return set.updatedAt;',
    expected: { bump: 'major', exposed: true, loud: 'typecheck', files: 1 },
  },
  {
    change: 'renamed query parameter',
    edit: replace('    OrderDirDesc:\n      name: order_dir', '    OrderDirDesc:\n      name: direction'),
    probe: "return civis.permissionSets.list({ direction: 'asc' }).toArray();",
    expected: { bump: 'major', exposed: true, loud: 'typecheck, mock completeness', files: 3 },
  },
  {
    change: 'narrowed type (response)',
    edit: replace(
      '        archived:\n          type: [string, boolean]',
      '        archived:\n          type: boolean',
    ),
    probe:
      'const set = await civis.permissionSets.get(1);\n  const archived: boolean = set.archived;\n  return archived;',
    expected: { bump: 'minor', exposed: true, loud: 'nothing', files: 0 },
  },
  {
    change: 'new required body field',
    edit: replace(
      '    ResourceCreate:\n      type: object\n      additionalProperties: false\n      required: [name]\n      properties:\n',
      '    ResourceCreate:\n      type: object\n      additionalProperties: false\n      required: [name, kind]\n      properties:\n        kind:\n          type: string\n          enum: [table, file]\n',
    ),
    probe:
      "await civis.permissionSets.resources(1).create({ name: 'n', kind: 'table' });\n  // @ts-expect-error kind is now required\n  return civis.permissionSets.resources(1).create({ name: 'n' });",
    expected: { bump: 'major', exposed: true, loud: 'typecheck', files: 2 },
  },
];

interface Row {
  bump: Level | undefined;
  exposed: boolean;
  loud: string;
  files: number;
  /** What failed loudly, as the maintainer reads it. */
  messages: string[];
}

async function drill(base: Json, scenario: Scenario): Promise<Row> {
  const dir = copyRepo();
  try {
    let before = base;
    if (scenario.before) {
      editSpec(dir, scenario.before);
      await regenerate(dir);
      before = await bundleSpec(join(dir, SPEC_ENTRY));
    }
    editSpec(dir, scenario.edit);
    await regenerate(dir);
    const { bump } = await bumpOf(before, dir);
    const errors = await typecheck(dir, `${PROBE}  ${scenario.probe}\n}\n`);
    const { sdk, mock } = await completeness(dir);
    await scenario.runtime?.(await import(join(dir, 'packages/sdk/src/index.ts')));
    const typeErrors = [...errors].filter(([file]) => file !== 'probe.ts');
    const loud = [
      ...(typeErrors.length > 0 ? ['typecheck'] : []),
      ...(sdk.length > 0 ? ['SDK completeness'] : []),
      ...(mock.length > 0 ? ['mock completeness'] : []),
    ];
    return {
      bump,
      exposed: !errors.has('probe.ts'),
      loud: loud.join(', ') || 'nothing',
      files: filesToEdit(errors, [...sdk, ...mock]).length,
      messages: [...typeErrors.map(([file, list]) => `${file}: ${list[0]}`), ...sdk, ...mock],
    };
  } finally {
    removeCopy(dir);
  }
}

/** The table RELEASING.md carries, from the rows. */
function table(rows: [Scenario, Row][]): string {
  const lines = rows.map(
    ([scenario, row]) =>
      `| ${scenario.change} | ${row.bump} | ${row.exposed ? 'yes' : 'no'} | ${row.files} | ${row.loud} |`,
  );
  return [
    '| change | bump | the SDK exposes it | files to edit besides spec/ | what failed loudly |',
    '| --- | --- | --- | --- | --- |',
    ...lines,
  ].join('\n');
}

describe('API-change drill', () => {
  const rows: [Scenario, Row][] = [];
  // One copy, regeneration and typecheck per change; the typecheck (the client's openapi-fetch types, about
  // 8 s of CPU each) is the bulk of it, so two run at a time, one per core.
  beforeAll(async () => {
    const base = await bundleSpec(join(ROOT, SPEC_ENTRY));
    const queue = [...SCENARIOS];
    const worker = async () => {
      for (let scenario = queue.shift(); scenario; scenario = queue.shift()) {
        rows.push([scenario, await drill(base, scenario)]);
      }
    };
    await Promise.all([worker(), worker()]);
    rows.sort(([a], [b]) => SCENARIOS.indexOf(a) - SCENARIOS.indexOf(b));
  }, 600_000);

  it.each(SCENARIOS)('$change', (scenario) => {
    const row = rows.find(([s]) => s === scenario)?.[1];
    const { messages, ...observed } = row as Row;
    expect(observed, messages.join('\n')).toEqual(scenario.expected);
  });

  it('is the table in RELEASING.md', () => {
    const releasing = readFileSync(join(ROOT, 'RELEASING.md'), 'utf8');
    expect(releasing, 'update the drill table in RELEASING.md').toContain(table(rows));
  });
});
