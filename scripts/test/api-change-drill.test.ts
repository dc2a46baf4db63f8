// The API-change drill: realistic changes to spec/openapi.yaml, each applied to a throwaway copy of the
// repo, then regenerated as a maintainer would. For each it records the bump spec:diff gives, whether a
// user can reach the change through the SDK (a probe that must typecheck), what the completeness checks
// and the typecheck say, and how many files besides spec/ they send the maintainer to. The table in
// RELEASING.md is this test's result: it fails when the two differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleSpec, ROOT, SPEC_ENTRY } from '../lib/codegen.ts';
import {
  bumpOf,
  completeness,
  copyRepo,
  editSpec,
  filesToEdit,
  regenerate,
  removeCopy,
  runCopyCli,
  stopTypecheckers,
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
  /** Run on the regenerated copy: what else the change reaches with no hand edit (the CLI, its help). */
  check?: (dir: string) => Promise<void>;
  expected: { bump: Level; exposed: boolean; runs: Row['runs']; loud: string; files: number };
}

const ERRORS = `        '401':
          $ref: '#/components/responses/Unauthorized'
`;
const TAG = '  - name: Groups\n    description: The groups permission sets are shared with.\n';
const GROUP_SCHEMA = `    Group:
      type: object
      additionalProperties: false
      required: [id, name]
      properties:
        id:
          type: integer
          minimum: 1
        name:
          type: string
    GroupCreate:
      type: object
      additionalProperties: false
      required: [name]
      properties:
        name:
          type: string
          minLength: 1
`;
const answer = (status: string, schema: string) => `      responses:
        '${status}':
          description: The answer.
          content:
            application/json:
              schema:
${schema}${ERRORS}`;
const GROUPS = `  /groups:
    get:
      operationId: listGroups
      summary: List groups
      tags: [Groups]
${answer('200', "                type: array\n                items:\n                  $ref: '#/components/schemas/Group'\n")}    post:
      operationId: createGroup
      summary: Create a group
      tags: [Groups]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/GroupCreate'
${answer('201', "                $ref: '#/components/schemas/Group'\n")}  /groups/{group_id}:
    parameters:
      - $ref: '#/components/parameters/GroupId'
    get:
      operationId: getGroup
      summary: Get a group
      tags: [Groups]
${answer('200', "                $ref: '#/components/schemas/Group'\n")}`;
/** A check: the copy's CLI runs `argv`, sends exactly `call` (`METHOD /path`) and succeeds. */
const sends = (argv: string[], call: string, answer?: unknown) => async (dir: string) => {
  const run = await runCopyCli(dir, argv, answer);
  expect(
    run.requests.map((r) => `${r.method} ${r.url}`),
    run.stderr,
  ).toEqual([call]);
  expect(run.code, run.stderr).toBe(0);
};

const SCENARIOS: Scenario[] = [
  {
    change: 'new optional response field',
    edit: replace(
      '        updatedAt:\n          type: string\n          format: date-time\n        archived:',
      "        updatedAt:\n          type: string\n          format: date-time\n        lastUsedAt:\n          type: [string, 'null']\n          format: date-time\n        archived:",
    ),
    probe:
      'const set = await civis.permissionSets.get(1);\n  const used: string | null | undefined = set.lastUsedAt;\n  return used;',
    expected: { bump: 'minor', exposed: true, runs: '—', loud: 'mock completeness', files: 1 },
  },
  {
    change: 'new optional query parameter',
    edit: insertAfter(
      "        - $ref: '#/components/parameters/Author'",
      '        - name: name\n          in: query\n          required: false\n          schema:\n            type: string\n            maxLength: 255\n',
    ),
    probe: "return civis.permissionSets.list({ name: 'x' }).toArray();",
    // The CLI's option sends it (its handler passes every query option on by the table).
    check: async (dir) => {
      const run = await runCopyCli(dir, ['permission-sets', 'list', '--name', 'x', '--json']);
      const names = run.requests.map((r) => new URL(r.url, 'http://x').searchParams.get('name'));
      expect(names, run.stderr).toEqual(['x']);
    },
    expected: { bump: 'minor', exposed: true, runs: 'yes', loud: 'mock completeness', files: 1 },
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
    check: async (dir) => {
      const run = await runCopyCli(dir, ['permission-sets', 'create', '--name', 'n', '--color', '#ff0000']);
      expect(
        run.requests.map((r) => JSON.parse(r.body)),
        run.stderr,
      ).toEqual([{ name: 'n', color: '#ff0000' }]);
    },
    expected: { bump: 'minor', exposed: true, runs: 'yes', loud: 'nothing', files: 0 },
  },
  {
    change: 'new enum value in a request',
    edit: replace(
      'enum: [updated_at, name, created_at]',
      'enum: [updated_at, name, created_at, last_used_at]',
    ),
    probe: "return civis.permissionSets.list({ order: 'last_used_at' }).toArray();",
    expected: { bump: 'minor', exposed: true, runs: '—', loud: 'nothing', files: 0 },
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
    expected: { bump: 'major', exposed: true, runs: '—', loud: 'nothing', files: 0 },
  },
  {
    change: 'new operation',
    edit: insertBefore(
      '  /permission_sets/{id}/archive:',
      `  /permission_sets/{id}/clone:\n    parameters:\n      - $ref: '#/components/parameters/PermissionSetId'\n    post:\n      operationId: clonePermissionSet\n      summary: Clone a permission set\n      tags: [Permission Sets]\n      responses:\n        '201':\n          $ref: '#/components/responses/PermissionSetCreated'\n${ERRORS}`,
    ),
    probe: 'return civis.permissionSets.clone(1);',
    // The raw client and civis.raw have it, and the CLI a working command, with no hand edit.
    check: sends(['clone-permission-set', '7', '--json'], 'POST /permission_sets/7/clone'),
    expected: {
      bump: 'minor',
      exposed: false,
      runs: 'yes',
      loud: 'typecheck, SDK completeness, mock completeness',
      files: 4,
    },
  },
  {
    change: 'new share level',
    edit: replace(
      '      description: A share level; each level includes the ones before it.\n      enum: [read, write, manage]',
      '      description: A share level; each level includes the ones before it.\n      enum: [read, write, manage, admin]',
    ),
    probe: "return civis.permissionSets.shares(1).grant({ users: [2] }, 'admin');",
    // The SDK's checks, the CLI's option and file format, and the mock's validation take it as they are.
    check: async (dir) => {
      const run = await runCopyCli(dir, [
        'permission-sets',
        'shares',
        'grant',
        '1',
        '--users',
        '2',
        '--level',
        'admin',
      ]);
      expect(
        run.requests.map((r) => JSON.parse(r.body)),
        run.stderr,
      ).toEqual([{ userIds: [2], permissionLevel: 'admin' }]);
      const { parseAclFile } = await import(join(dir, 'packages/cli/src/acl/file.ts'));
      const sets = parseAclFile(
        'permissionSets:\n  - name: A\n    shares: { users: { 3: admin } }\n',
        'f.yaml',
      );
      expect(sets[0].shares).toEqual({ users: { 3: 'admin' } });
    },
    expected: { bump: 'minor', exposed: true, runs: 'yes', loud: 'typecheck', files: 1 },
  },
  {
    change: 'operation deprecated',
    edit: replace(
      '      operationId: getPermissionSet\n',
      '      operationId: getPermissionSet\n      deprecated: true\n',
    ),
    probe: 'return civis.permissionSets.get(1);',
    // The CLI's help marks it; the SDK's completeness check names the method whose doc comment must say so.
    check: async (dir) => {
      const { COMMANDS } = await import(join(dir, 'packages/cli/src/generated/commands.ts'));
      const get = COMMANDS.find((c: { id: string }) => c.id === 'permission-sets get');
      expect(get.deprecated).toEqual(['getPermissionSet']);
    },
    expected: { bump: 'minor', exposed: true, runs: 'yes', loud: 'SDK completeness', files: 1 },
  },
  {
    change: 'new tag with several operations',
    edit: (spec) =>
      insertBefore(
        '    PermissionLevel:',
        GROUP_SCHEMA,
      )(
        insertBefore(
          '  /permission_sets/{id}/archive:',
          GROUPS,
        )(
          insertAfter(
            '    description: Share a resource of a permission set with users and groups.',
            TAG,
          )(spec),
        ),
      ),
    probe: 'return civis.groups.list();',
    check: sends(['get-group', '4', '--json'], 'GET /groups/4', { id: 4, name: 'field team' }),
    expected: {
      bump: 'minor',
      exposed: false,
      runs: 'yes',
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
    expected: { bump: 'major', exposed: true, runs: '—', loud: 'typecheck', files: 1 },
  },
  {
    change: 'renamed query parameter',
    edit: replace('    OrderDirDesc:\n      name: order_dir', '    OrderDirDesc:\n      name: direction'),
    probe: "return civis.permissionSets.list({ direction: 'asc' }).toArray();",
    expected: { bump: 'major', exposed: true, runs: '—', loud: 'typecheck, mock completeness', files: 2 },
  },
  {
    change: 'narrowed type (response)',
    edit: replace(
      '        archived:\n          type: [string, boolean]',
      '        archived:\n          type: boolean',
    ),
    probe:
      'const set = await civis.permissionSets.get(1);\n  const archived: boolean = set.archived;\n  return archived;',
    expected: { bump: 'minor', exposed: true, runs: '—', loud: 'typecheck', files: 1 },
  },
  {
    change: 'new required body field',
    edit: replace(
      '    ResourceCreate:\n      type: object\n      additionalProperties: false\n      required: [name]\n      properties:\n',
      '    ResourceCreate:\n      type: object\n      additionalProperties: false\n      required: [name, kind]\n      properties:\n        kind:\n          type: string\n          enum: [table, file]\n',
    ),
    probe:
      "await civis.permissionSets.resources(1).create({ name: 'n', kind: 'table' });\n  // @ts-expect-error kind is now required\n  return civis.permissionSets.resources(1).create({ name: 'n' });",
    expected: { bump: 'major', exposed: true, runs: '—', loud: 'typecheck', files: 1 },
  },
];

interface Row {
  bump: Level | undefined;
  exposed: boolean;
  /** Whether the row's `check` passed on the regenerated copy ('—' when it has none). */
  runs: 'yes' | 'no' | '—';
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
    const checked = scenario.check
      ? await scenario.check(dir).then(
          () => undefined,
          (error: Error) => `check: ${error.message}`,
        )
      : undefined;
    const typeErrors = [...errors].filter(([file]) => file !== 'probe.ts');
    const loud = [
      ...(typeErrors.length > 0 ? ['typecheck'] : []),
      ...(sdk.length > 0 ? ['SDK completeness'] : []),
      ...(mock.length > 0 ? ['mock completeness'] : []),
    ];
    return {
      bump,
      exposed: !errors.has('probe.ts'),
      runs: scenario.check ? (checked ? 'no' : 'yes') : '—',
      loud: loud.join(', ') || 'nothing',
      files: filesToEdit(errors, [...sdk, ...mock]).length,
      messages: [
        ...(checked ? [checked] : []),
        ...typeErrors.map(([file, list]) => `${file}: ${list[0]}`),
        ...sdk,
        ...mock,
      ],
    };
  } finally {
    removeCopy(dir);
  }
}

/** The table RELEASING.md carries, from the rows. */
function table(rows: [Scenario, Row][]): string {
  const lines = rows.map(
    ([scenario, row]) =>
      `| ${scenario.change} | ${row.bump} | ${row.exposed ? 'yes' : 'no'} | ${row.runs} | ${row.files} | ${row.loud} |`,
  );
  return [
    '| change | bump | the SDK exposes it | the CLI and the rest take it unedited | files to edit besides spec/ | what failed loudly |',
    '| --- | --- | --- | --- | --- | --- |',
    ...lines,
  ].join('\n');
}

const BEGIN = '<!-- drill table: written by scripts/test/api-change-drill.test.ts, UPDATE_DRILL_TABLE=1 -->';
const END = '<!-- end of drill table -->';

describe('API-change drill', () => {
  const rows: [Scenario, Row][] = [];
  // One copy, regeneration and typecheck per change; the typecheck is the bulk of it, so two run at a time,
  // one per core, each in a typechecker that parses the libraries and types outside the copies only once.
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
  afterAll(stopTypecheckers);

  it.each(SCENARIOS)('$change', (scenario) => {
    const row = rows.find(([s]) => s === scenario)?.[1];
    const { messages, ...observed } = row as Row;
    expect(observed, messages.join('\n')).toEqual(scenario.expected);
  });

  // The table is written from this run (UPDATE_DRILL_TABLE=1), never by hand: it fails when they differ.
  it('is the table in RELEASING.md', () => {
    const path = join(ROOT, 'RELEASING.md');
    const releasing = readFileSync(path, 'utf8');
    const start = releasing.indexOf(BEGIN);
    const end = releasing.indexOf(END);
    expect(start, `RELEASING.md must hold the drill table between ${BEGIN} and ${END}`).toBeGreaterThan(-1);
    const measured = `${BEGIN}\n${table(rows)}\n${END}`;
    if (process.env.UPDATE_DRILL_TABLE === '1') {
      writeFileSync(path, releasing.slice(0, start) + measured + releasing.slice(end + END.length));
    }
    const written = readFileSync(path, 'utf8');
    expect(
      written.slice(written.indexOf(BEGIN), written.indexOf(END) + END.length),
      'the drill measured another table: UPDATE_DRILL_TABLE=1 pnpm --filter @civis-ts/scripts exec vitest run test/api-change-drill.test.ts',
    ).toBe(measured);
  });
});
