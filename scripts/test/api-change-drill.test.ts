// The API-change drill: realistic changes to spec/openapi.yaml, each applied to a throwaway copy of the
// repo, then regenerated as a maintainer would. For each it records the bump spec:diff gives, whether a
// user can reach the change through the SDK (a probe that must typecheck), what the completeness checks
// and the typecheck say, and how many files besides spec/ they send the maintainer to. Where those files
// are edits a change needs rather than breakage (no field removed or renamed), the drill then makes them
// (the row's fix) and requires a clean typecheck and completeness, in exactly the files named. The table
// in RELEASING.md is this test's result: it fails when the two differ.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SdkMember } from '@civis-ts/spec/sdk-methods';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleSpec, ROOT, SPEC_ENTRY } from '../lib/codegen.ts';
import {
  applyFix,
  buildCopy,
  bumpOf,
  completeness,
  copyOf,
  copyRepo,
  editSpec,
  type Fix,
  filesToEdit,
  regenerate,
  removeCopy,
  runCopyCli,
  runSuites,
  type SuiteRun,
  typecheck,
} from '../lib/drill.ts';
import type { Json, Level } from '../lib/spec-diff/types.ts';

/** What a change that no longer applies to spec/openapi.yaml (the spec moved on) tells the maintainer. */
const STALE =
  ': the drill edits spec/openapi.yaml as it was; once the spec changes there, update that change ' +
  '(and the row it measures) in scripts/test/api-change-drill.test.ts';
/** Inserts `text` after the first line matching `after` (a line of the spec, whole). */
const insertAfter = (after: string, text: string) => (spec: string) => {
  const at = spec.indexOf(`${after}\n`);
  if (at === -1) throw new Error(`drill: no line ${JSON.stringify(after)} in the spec${STALE}`);
  return spec.slice(0, at + after.length + 1) + text + spec.slice(at + after.length + 1);
};
/** Inserts `text` before the first line that is `before`. */
const insertBefore = (before: string, text: string) => (spec: string) => {
  const at = spec.indexOf(`${before}\n`);
  if (at === -1) throw new Error(`drill: no line ${JSON.stringify(before)} in the spec${STALE}`);
  return spec.slice(0, at) + text + spec.slice(at);
};
const replace = (from: string, to: string) => (spec: string) => {
  if (!spec.includes(from)) throw new Error(`drill: no ${JSON.stringify(from)} in the spec${STALE}`);
  return spec.replace(from, to);
};
/** Where `anchor` starts in a source file a fix edits. */
const at = (source: string, anchor: string) => {
  const index = source.indexOf(anchor);
  if (index === -1) throw new Error(`no ${JSON.stringify(anchor)} in it`);
  return index;
};
/** A fix's edit of a source file: `text` put after the first `anchor` in it. */
const addAfter = (anchor: string, text: string) => (source: string) => {
  const end = at(source, anchor) + anchor.length;
  return source.slice(0, end) + text + source.slice(end);
};
/** A fix's edit: `text` put before the first `anchor`. */
const addBefore = (anchor: string, text: string) => (source: string) => {
  const start = at(source, anchor);
  return source.slice(0, start) + text + source.slice(start);
};
/** A fix's new file. */
const newFile = (text: string) => (source: string) => {
  if (source !== '') throw new Error('the file the fix creates is there already');
  return text;
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
  /**
   * Run on the regenerated copy: what else the change reaches with no hand edit (the CLI, its help, the
   * SDK's built declarations), given the SDK's members as the drill's typecheck read them.
   */
  check?: (dir: string, members: SdkMember[]) => Promise<void>;
  /**
   * What a maintainer edits after regenerating, in exactly the files the failures name: after it, the
   * typecheck (the probe included) and both completeness checks pass, and the full drill builds the
   * packages and runs their suites on the fixed copy.
   */
  fix?: Fix;
  expected: {
    bump: Level;
    exposed: boolean;
    runs: Row['runs'];
    loud: string;
    files: number;
    edited?: number;
  };
}

/** The error answers a new operation declares, as its siblings in the spec do (the mock's fuzz test holds each answer to them). */
const ERRORS = Object.entries({
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  422: 'ValidationFailed',
  429: 'TooManyRequests',
  500: 'ServerError',
  502: 'ServerError',
  503: 'ServerError',
  504: 'ServerError',
})
  .map(([status, name]) => `        '${status}':\n          $ref: '#/components/responses/${name}'\n`)
  .join('');
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
/** The new tag's SDK resource, as a maintainer writes it. */
const GROUPS_SDK = `// civis.groups: the groups permission sets are shared with.
import type { components } from '@civis-ts/client';
import type { RequestOptions } from '../core/request-options.js';
import * as spec from '../generated/rules.js';
import type { Call } from '../internal/call.js';
import { send } from '../internal/send.js';
import { check } from '../internal/validate.js';

type Group = components['schemas']['Group'];
type GroupCreate = components['schemas']['GroupCreate'];

export class Groups {
  readonly #call: Call;

  constructor(call: Call) {
    this.#call = call;
  }

  async list(options?: RequestOptions): Promise<Group[]> {
    return send(this.#call, 'GET', '/groups', {}, options);
  }

  async create(fields: GroupCreate, options?: RequestOptions): Promise<Group> {
    check(spec.GroupCreate, fields, '');
    return send(this.#call, 'POST', '/groups', { body: fields }, options);
  }

  async get(groupId: number, options?: RequestOptions): Promise<Group> {
    check(spec.path_group_id, groupId, 'groupId');
    return send(this.#call, 'GET', '/groups/{group_id}', { path: { group_id: groupId } }, options);
  }
}
`;
/** The new tag's routes in the fake, over the groups its store has. */
const GROUPS_MOCK = `// Groups: list, create, get.
import type { components } from '@civis-ts/client';
import type { MockGroup } from '../types.js';
import { created, ok, type TagRoutes } from './context.js';

const groupBody = ({ id, name }: MockGroup) => ({ id, name });

export const groupRoutes: TagRoutes<'Groups'> = {
  listGroups: ({ store }) => ok([...store.groups.values()].map(groupBody)),

  createGroup: ({ body, store }) => {
    const { name } = body as components['schemas']['GroupCreate'];
    const group: MockGroup = { id: Math.max(0, ...store.groups.keys()) + 1, name, memberIds: [] };
    store.groups.set(group.id, group);
    return created(groupBody(group));
  },

  getGroup: ({ params, store }) => ok(groupBody(store.group(params.group_id as number))),
};
`;
/** A check: the copy's CLI runs `argv`, sends exactly `call` (`METHOD /path`) and succeeds. */
const sends = (argv: string[], call: string, answer?: unknown) => async (dir: string) => {
  const run = await runCopyCli(dir, argv, answer);
  expect(
    run.requests.map((r) => `${r.method} ${r.url}`),
    run.stderr,
  ).toEqual([call]);
  expect(run.code, run.stderr).toBe(0);
};

const SDK_SETS = 'packages/sdk/src/resources/permission-sets.ts';
const MOCK_SETS = 'packages/mock/src/routes/permission-sets.ts';
const WIRE = 'packages/mock/src/routes/wire.ts';

const SCENARIOS: Scenario[] = [
  {
    change: 'new optional response field',
    edit: replace(
      '        updatedAt:\n          type: string\n          format: date-time\n        archived:',
      "        updatedAt:\n          type: string\n          format: date-time\n        lastUsedAt:\n          type: [string, 'null']\n          format: date-time\n        archived:",
    ),
    probe:
      'const set = await civis.permissionSets.get(1);\n  const used: string | null | undefined = set.lastUsedAt;\n  return used;',
    // The fake keeps no record of use.
    fix: { [WIRE]: addAfter('    updatedAt: set.updatedAt,\n', '    lastUsedAt: null,\n') },
    expected: { bump: 'minor', exposed: true, runs: '—', loud: 'mock completeness', files: 1, edited: 1 },
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
    // The fake's listing filters by it (and pages each filter apart).
    fix: {
      [MOCK_SETS]: (source) =>
        [
          addAfter(
            "    const authors = author?.split(',').map(Number);\n",
            "    const name = typeof params.name === 'string' ? params.name : undefined;\n",
          ),
          addAfter(
            '          (!authors || authors.includes(set.authorId))',
            ' &&\n          (name === undefined || set.name === name)',
          ),
          addAfter(`\${author ?? ''}`, `\\n\${name ?? ''}`),
        ].reduce((text, edit) => edit(text), source),
    },
    expected: { bump: 'minor', exposed: true, runs: 'yes', loud: 'mock completeness', files: 1, edited: 1 },
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
    // The SDK's method, and the fake's route: a new set with the clone's name and description.
    fix: {
      [SDK_SETS]: addBefore(
        '  async create(fields: PermissionSetCreate',
        `  /** A new permission set with this one's name and description. */
  async clone(permissionSetId: number, options?: RequestOptions): Promise<PermissionSet> {
    id(permissionSetId);
    return send(this.#call, 'POST', \`\${SET}/clone\`, { path: { id: permissionSetId } }, options);
  }

`,
      ),
      [MOCK_SETS]: addBefore(
        '  replacePermissionSet: ({',
        `  clonePermissionSet: ({ params, store }) => {
    const set = store.permissionSet(params.id as number);
    return created(permissionSetBody(store, store.createPermissionSet(set.name, set.description)));
  },

`,
      ),
    },
    expected: {
      bump: 'minor',
      exposed: false,
      runs: 'yes',
      loud: 'typecheck, SDK completeness, mock completeness',
      files: 2,
      edited: 2,
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
    // The decision: an admin is among the owners of the share index.
    fix: {
      [WIRE]: (source) =>
        addAfter(
          'manage: index.owners',
          ', admin: index.owners',
        )(
          source.replace(
            'the owner and `manage` shares are owners',
            'the owner, `manage` and `admin` shares are owners',
          ),
        ),
    },
    expected: { bump: 'minor', exposed: true, runs: 'yes', loud: 'typecheck', files: 1, edited: 1 },
  },
  {
    change: 'operation deprecated',
    edit: replace(
      '      operationId: getPermissionSet\n',
      '      operationId: getPermissionSet\n      deprecated: true\n',
    ),
    probe: 'return civis.permissionSets.get(1);',
    // The CLI's help marks it, and the SDK's build marks PermissionSets.get `@deprecated` in its declarations
    // (its last step run on the copy's built dist), which TypeScript reports at a user's call.
    check: async (dir, members) => {
      const { COMMANDS } = await import(join(dir, 'packages/cli/src/generated/commands.ts'));
      const get = COMMANDS.find((c: { id: string }) => c.id === 'permission-sets get');
      expect(get.deprecated).toEqual(['getPermissionSet']);
      const sdk = join(dir, 'packages/sdk');
      const { markDist, deprecatedUses } = await import(join(sdk, 'scripts/mark-deprecated.ts'));
      const { OPERATIONS } = await import(join(dir, 'spec/src/generated/operations.ts'));
      expect(markDist(sdk, OPERATIONS, members)).toEqual(
        expect.arrayContaining(['index.d.ts', 'index.d.cts']),
      );
      const user =
        "import { Civis } from './dist/index.js';\nawait new Civis({ apiKey: 'k' }).permissionSets.get(1);\n";
      expect(deprecatedUses(sdk, user)).toEqual(['2:49 get']);
    },
    expected: { bump: 'minor', exposed: true, runs: 'yes', loud: 'nothing', files: 0 },
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
    // A resource class reached as civis.groups, a route file, and each registered.
    fix: {
      'packages/sdk/src/resources/groups.ts': newFile(GROUPS_SDK),
      'packages/sdk/src/core/civis.ts': (source) =>
        [
          addBefore(
            "import { PermissionSets } from '../resources/permission-sets.js';\n",
            "import { Groups } from '../resources/groups.js';\n",
          ),
          addAfter(
            '  declare readonly permissionSets: PermissionSets;\n',
            '  declare readonly groups: Groups;\n',
          ),
          addAfter(
            '    this.permissionSets = new PermissionSets(call);\n',
            '    this.groups = new Groups(call);\n',
          ),
        ].reduce((text, edit) => edit(text), source),
      'packages/mock/src/routes/groups.ts': newFile(GROUPS_MOCK),
      'packages/mock/src/routes/index.ts': (source) =>
        addBefore(
          "import { permissionSetRoutes } from './permission-sets.js';\n",
          "import { groupRoutes } from './groups.js';\n",
        )(addBefore('...permissionSetRoutes', '...groupRoutes, ')(source)),
    },
    expected: {
      bump: 'minor',
      exposed: false,
      runs: 'yes',
      loud: 'typecheck, SDK completeness, mock completeness',
      files: 4,
      edited: 4,
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
    change: 'renamed response field',
    edit: (spec) =>
      replace(
        "        description:\n          type: [string, 'null']\n          description: A description of this permission set.\n        author:",
        "        summary:\n          type: [string, 'null']\n          description: A description of this permission set.\n        author:",
      )(
        replace(
          'required: [id, name, description, author, createdAt, updatedAt, archived]',
          'required: [id, name, summary, author, createdAt, updatedAt, archived]',
        )(spec),
      ),
    probe:
      'const set = await civis.permissionSets.get(1);\n  const summary: string | null = set.summary;\n  // @ts-expect-error the old name is gone\n  return [summary, set.description];',
    expected: { bump: 'major', exposed: true, runs: '—', loud: 'typecheck, mock completeness', files: 3 },
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
  /** The files the failures name (besides spec/). */
  files: number;
  /** For a row with a fix: the files it edited (only rows with one carry it). */
  edited?: number;
  /** What failed loudly, as the maintainer reads it. */
  messages: string[];
  /**
   * What is wrong after the fix: what the typecheck or a completeness check still reports, and each file
   * the fix edits that no failure named or that a failure named and the fix leaves. Empty when it holds.
   */
  unfixed: string[];
  /** The full drill (DRILL_SUITES=1): every package's suites on the regenerated copy, after the fix if any. */
  suites?: SuiteRun[];
}

/** `pnpm drill`: the drill runs every package's vitest suites on each regenerated copy too. */
const FULL = process.env.DRILL_SUITES === '1';

/**
 * One change on a copy; with `suites`, the copy's packages built and every package's suites run too, on a
 * second copy with the scenario's fix when it has one.
 */
async function drill(base: Json, scenario: Scenario, suites = false): Promise<Row> {
  const dir = copyRepo(suites && !scenario.fix);
  const copies = [dir];
  try {
    let before = base;
    const changed: string[] = [];
    if (scenario.before) {
      editSpec(dir, scenario.before);
      changed.push(...(await regenerate(dir)));
      before = await bundleSpec(join(dir, SPEC_ENTRY));
    }
    editSpec(dir, scenario.edit);
    changed.push(...(await regenerate(dir)));
    const { bump } = await bumpOf(before, dir);
    const probe = `${PROBE}  ${scenario.probe}\n}\n`;
    const { errors, members } = await typecheck(dir, probe);
    const { sdk, mock } = await completeness(dir, members);
    await scenario.runtime?.(await import(join(dir, 'packages/sdk/src/index.ts')));
    const checked = scenario.check
      ? await scenario.check(dir, members).then(
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
    const named = filesToEdit(errors, [...sdk, ...mock]);
    // The maintainer's edit, on a fresh copy of the regenerated state: then nothing may fail, and the
    // files edited must be the files named (a fix that needs one more file fails the row).
    let built = { dir, errors };
    const unfixed: string[] = [];
    let edited: string[] | undefined;
    if (scenario.fix) {
      const fixed = copyOf(dir, [...new Set(changed)], suites);
      copies.push(fixed);
      edited = applyFix(fixed, scenario.fix);
      // What the fix leaves unchanged (the SDK's members and completeness, or the mock's) is not read again.
      const touches = (name: string) => edited?.some((file) => file.startsWith(`packages/${name}/`));
      const again = await typecheck(fixed, probe, touches('sdk') ? undefined : members);
      const left = await completeness(fixed, again.members, {
        sdk: touches('sdk') ? undefined : sdk,
        mock: touches('mock') ? undefined : mock,
      });
      unfixed.push(
        ...[...again.errors].map(([file, list]) => `after the fix, ${file}: ${list[0]}`),
        ...[...left.sdk, ...left.mock].map((problem) => `after the fix: ${problem}`),
        ...edited
          .filter((file) => !named.includes(file))
          .map((file) => `the fix edits ${file}, which no failure names`),
        ...named
          .filter((file) => !edited?.includes(file))
          .map((file) => `a failure names ${file}, which the fix leaves`),
      );
      built = { dir: fixed, errors: again.errors };
    }
    return {
      bump,
      exposed: !errors.has('probe.ts'),
      runs: scenario.check ? (checked ? 'no' : 'yes') : '—',
      loud: loud.join(', ') || 'nothing',
      files: named.length,
      ...(edited && { edited: edited.length }),
      messages: [
        ...(checked ? [checked] : []),
        ...typeErrors.map(([file, list]) => `${file}: ${list[0]}`),
        ...sdk,
        ...mock,
      ],
      unfixed,
      // As `pnpm regen`: a package with a type error (or needing one) is not built, and its suites do not run.
      ...(suites && {
        suites: await runSuites(
          built.dir,
          await buildCopy(
            built.dir,
            new Set([...built.errors.keys()].flatMap((file) => /^packages\/(\w+)\//.exec(file)?.[1] ?? [])),
          ),
        ),
      }),
    };
  } finally {
    // DRILL_KEEP=1 keeps the copies, to run a failing suite there by hand.
    if (process.env.DRILL_KEEP === '1') console.error(`drill: ${scenario.change}: kept ${copies.join(', ')}`);
    else for (const copy of copies) removeCopy(copy);
  }
}

/** What the last full drill (`pnpm drill`) measured: each row as the quick drill sees it, and the suites. */
interface SuitesRecord {
  /** The full drill's wall time, in seconds, and the machine's load when it started. */
  seconds: number;
  load: string;
  /** The suites on a copy with no spec change: what a row's failures are measured against. */
  control: SuiteRun[];
  rows: Record<string, { measured: Omit<Row, 'messages' | 'unfixed' | 'suites'>; suites: SuiteRun[] }>;
}
const RECORD = join(ROOT, 'scripts/test/drill-suites.json');

/** `sdk 2/17` for each suite that failed (test files failed / run), or `all pass`. */
function suitesCell(suites: SuiteRun[] | undefined): string {
  if (!suites) return 'not measured yet (`DRILL_RESUME=1 pnpm drill`)';
  const failed = suites.filter((run) => !run.passed);
  if (failed.length === 0) return `all ${suites.length} pass`;
  return failed
    .map((run) => {
      const n = /(\d+) failed/.exec(run.files)?.[1];
      const total = /\((\d+)\)/.exec(run.files)?.[1];
      // The failing files by name (`completeness` for test/completeness.test.ts): what else a change needs.
      const names = run.failed.map((file) => file.replace(/^test\//, '').replace(/\.test\.ts$/, ''));
      return n && total
        ? `${run.suite} ${n}/${total} files fail${names.length > 0 ? ` (${names.join(', ')})` : ''}`
        : `${run.suite} fails (${run.files})`;
    })
    .join(', ');
}

/** `2 = 2 edited` where the drill's fix edited the files named, `1 (not edited)` where it makes no edit. */
function filesCell(row: Row): string {
  if (row.edited !== undefined) return `${row.files} = ${row.edited} edited`;
  return row.files === 0 ? '0' : `${row.files} (not edited)`;
}

/** The table RELEASING.md carries, from the rows and the full drill's record of the suites. */
function table(rows: [Scenario, Row][], record: SuitesRecord | undefined): string {
  const lines = rows.map(
    ([scenario, row]) =>
      `| ${scenario.change} | ${row.bump} | ${row.exposed ? 'yes' : 'no'} | ${row.runs} | ${filesCell(row)} | ${row.loud} | ${suitesCell(record?.rows[scenario.change]?.suites)} |`,
  );
  return [
    "| change | bump | the SDK exposes it | the CLI and the rest take it unedited | files to edit besides spec/: named by the failures (= edited by the drill's fix) | what failed loudly | the package suites, after the drill's fix where it has one (client, sdk, mock, cli) |",
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...lines,
    '',
    record
      ? `The suites column is the full drill's (\`pnpm drill\`): ${Object.keys(record.rows).length} of ${rows.length} rows measured, in ${Math.round(record.seconds / 60)} min of runs (load average ${record.load} at their starts, on 2 cores); with no spec change the suites give: ${suitesCell(record.control)}.`
      : 'The suites column has not been measured: run `pnpm drill`.',
  ].join('\n');
}

const BEGIN = '<!-- drill table: written by scripts/test/api-change-drill.test.ts, UPDATE_DRILL_TABLE=1 -->';
const END = '<!-- end of drill table -->';
const measuredOf = ({ messages, unfixed, suites, ...measured }: Row) => measured;

describe('API-change drill', () => {
  const rows: [Scenario, Row][] = [];
  let record: SuitesRecord | undefined = existsSync(RECORD)
    ? (JSON.parse(readFileSync(RECORD, 'utf8')) as SuitesRecord)
    : undefined;
  // One copy, regeneration and typecheck per change; the typecheck is the bulk of it, so two run at a time,
  // one per core, each in a typechecker that parses the libraries and types outside the copies only once.
  beforeAll(
    async () => {
      const started = Date.now();
      const load = (await import('node:os')).loadavg()[0]?.toFixed(1) ?? '?';
      const base = await bundleSpec(join(ROOT, SPEC_ENTRY));
      // The full drill writes its record after every row, and DRILL_RESUME=1 goes on from it: a row whose
      // quick measurement is the one recorded keeps its recorded suites (the record's time adds up).
      const resumed = FULL && process.env.DRILL_RESUME === '1' ? record : undefined;
      const full: SuitesRecord = {
        seconds: resumed?.seconds ?? 0,
        load: resumed ? `${resumed.load}, ${load}` : load,
        control: resumed?.control ?? [],
        rows: { ...resumed?.rows },
      };
      const save = () => {
        full.seconds = (resumed?.seconds ?? 0) + Math.round((Date.now() - started) / 1000);
        writeFileSync(RECORD, `${JSON.stringify(full, null, 2)}\n`);
        record = full;
      };
      const queue = [...SCENARIOS];
      const worker = async () => {
        for (let scenario = queue.shift(); scenario; scenario = queue.shift()) {
          const kept = resumed?.rows[scenario.change];
          let row = await drill(base, scenario, FULL && !kept);
          if (FULL && !row.suites) {
            const same = JSON.stringify(kept?.measured) === JSON.stringify(measuredOf(row));
            row = same ? { ...row, suites: kept?.suites } : await drill(base, scenario, true);
          }
          rows.push([scenario, row]);
          if (!FULL) continue;
          full.rows[scenario.change] = { measured: measuredOf(row), suites: row.suites ?? [] };
          save();
          console.error(`drill: ${scenario.change}: ${suitesCell(row.suites)} (${full.seconds} s)`);
        }
      };
      if (FULL && full.control.length === 0) {
        const dir = copyRepo(true);
        try {
          full.control = await runSuites(dir, await buildCopy(dir, new Set()));
        } finally {
          removeCopy(dir);
        }
        save();
        console.error(`drill: control: ${suitesCell(full.control)} (${full.seconds} s)`);
      }
      const workers = Number(process.env.DRILL_WORKERS ?? 2);
      await Promise.all(Array.from({ length: workers }, worker));
      rows.sort(([a], [b]) => SCENARIOS.indexOf(a) - SCENARIOS.indexOf(b));
    },
    // The full drill (`pnpm drill`, not in `pnpm test`) runs every package's suites per row: an hour or more.
    FULL ? 4 * 3_600_000 : 600_000,
  );

  it.each(SCENARIOS)('$change', (scenario) => {
    const row = rows.find(([s]) => s === scenario)?.[1] as Row;
    expect(measuredOf(row), [...row.messages, ...row.unfixed].join('\n')).toEqual(scenario.expected);
    // The fix makes the row clean, in exactly the files the failures named.
    expect(row.unfixed, `the drill's fix of "${scenario.change}"`).toEqual([]);
  });

  // The suites column is the full drill's: a row it recorded must be the row as the drill measures it now
  // (a row it has not reached yet says so in the table).
  it('has a record of the full drill made on the same measurements', () => {
    expect(record, 'no scripts/test/drill-suites.json: run `pnpm drill`').toBeDefined();
    const stale = rows
      .filter(([scenario]) => record?.rows[scenario.change] !== undefined)
      .filter(
        ([scenario, row]) =>
          JSON.stringify(record?.rows[scenario.change]?.measured) !== JSON.stringify(measuredOf(row)),
      )
      .map(([scenario]) => scenario.change);
    expect(stale, 'the full drill measured these rows otherwise: run `pnpm drill`').toEqual([]);
  });

  // The table is written from this run (UPDATE_DRILL_TABLE=1), never by hand: it fails when they differ.
  it('is the table in RELEASING.md', () => {
    const path = join(ROOT, 'RELEASING.md');
    const releasing = readFileSync(path, 'utf8');
    const start = releasing.indexOf(BEGIN);
    const end = releasing.indexOf(END);
    expect(start, `RELEASING.md must hold the drill table between ${BEGIN} and ${END}`).toBeGreaterThan(-1);
    const measured = `${BEGIN}\n${table(rows, record)}\n${END}`;
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
