// Permission sets as code, end to end: `export`, `plan` and `apply` against the mock, on the seeded data
// (in process; Ctrl-C through the built binary). (Without Prism: commands.test.ts runs every operation through it already, and
// these files run many processes each.)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningMock } from '@civis-ts/mock';
import { LEVELS } from '@civis-ts/spec/facts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { civisTs, civisTsBin, useMock } from './helpers.js';

const context = useMock({ validate: false });
let mock: RunningMock;
const dir = mkdtempSync(join(tmpdir(), 'civis-cli-acl-'));
beforeAll(() => {
  mock = context.mock;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Requests that change something (anything but a GET). */
const writes = () => mock.requests.filter((r) => r.method !== 'GET');

interface ExportedSet {
  id: number;
  name: string;
  archived?: boolean;
  description?: string;
  shares: { users: Record<number, string>; groups: Record<number, string> };
  resources: { name: string; description?: string; shares: ExportedSet['shares'] }[];
}

async function exported(args: string[] = []): Promise<{ text: string; sets: ExportedSet[] }> {
  const run = await civisTs(['export', ...args], { mock });
  expect(run.code, run.stderr).toBe(0);
  return { text: run.stdout, sets: parse(run.stdout).permissionSets };
}

const CHANGED = `permissionSets:
  - name: Field team
    description: Voter-file access for the field team
    shares: { users: { 3: manage, 4: read }, groups: { 2: write } }
    resources:
      - name: voter_file/midwest
        description: Midwest voter file
        shares: { users: { 4: write } }
`;

describe('export', () => {
  it('writes every set, archived ones marked, with id, name, description, shares and resources', async () => {
    const { text, sets } = await exported();
    const all = [...mock.state.permissionSets.values()];
    expect(sets.map((s) => s.id).sort()).toEqual(all.map((s) => s.id).sort());
    expect(sets.filter((s) => s.archived).map((s) => s.id)).toEqual(
      all.filter((s) => s.archived).map((s) => s.id),
    );
    expect(all.some((s) => s.archived)).toBe(true);
    expect(text).toMatch(/^permissionSets:\n {2}- id: \d+\n {4}name: /);
    expect(text).toMatch(new RegExp(`\n {4}shares: \\{ users: \\{ \\d+: (${LEVELS.join('|')})`));
    const set = mock.state.permissionSets.get(1);
    const one = sets.find((s) => s.name === set?.name);
    expect(one?.description ?? null).toBe(set?.description);
    expect(one?.shares.users[set?.authorId ?? 0]).toBe('manage');
    expect(one?.resources.map((r) => r.name).sort()).toEqual(
      [...(mock.state.resources.get(1)?.keys() ?? [])].sort(),
    );
    expect(writes()).toEqual([]);
  });

  it('exports only the sets named with --permission-set', async () => {
    const { sets } = await exported(['--permission-set', '2', '--permission-set', '3']);
    expect(sets.map((s) => s.name)).toEqual([2, 3].map((id) => mock.state.permissionSets.get(id)?.name));
  });

  it('writes two sets of the same name apart by id, and plans no change for them', async () => {
    const twin = mock.state.createPermissionSet(mock.state.permissionSets.get(1)?.name ?? '', null);
    const { text, sets } = await exported();
    const same = sets.filter((s) => s.name === mock.state.permissionSets.get(1)?.name);
    expect(same.map((s) => s.id).sort((a, b) => a - b)).toEqual([1, twin.id]);
    const run = await civisTs(['plan', file('twins.yaml', text)], { mock });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^No changes: the API matches the file\.\n/);
  });
});

describe('plan', () => {
  it('shows no change for the file export wrote from the same state (exit 0), and is read-only', async () => {
    const { text } = await exported();
    const run = await civisTs(['plan', file('same.yaml', text)], { mock });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^No changes: the API matches the file\.\nUnchanged: \d+ permission sets and resources of the file already match\.\n$/,
    );
    expect(writes()).toEqual([]);
  });

  it('groups creates, updates, grants and revokes per set and resource, each with its reason (exit 2)', async () => {
    const { sets } = await exported(['--permission-set', '1']);
    const [set] = sets;
    if (!set) throw new Error('no set');
    const author = mock.state.permissionSets.get(1)?.authorId ?? 0;
    const others = Object.keys(set.shares.users)
      .map(Number)
      .filter((id) => id !== author);
    set.description = 'Changed';
    set.shares.users = { [author]: 'manage', 12: 'write' };
    set.shares.groups = { 5: 'read' };
    const text = `${JSON.stringify({ permissionSets: [set, ...parse(CHANGED).permissionSets] }, null, 2)}\n`;
    const run = await civisTs(['plan', file('changed.yaml', text)], { mock });
    expect(run.code, run.stderr).toBe(2);
    const out = run.stdout;
    expect(out).toContain(`Permission set ${JSON.stringify(set.name)} #1\n`);
    expect(out).toMatch(/ {2}~ update description: ".*" → "Changed" +\(the description differs\)/);
    expect(out).toMatch(/ {2}\+ grant user 12 write +\((not shared now|holds (read|manage) now)\)/);
    expect(out).toMatch(/ {2}\+ grant group 5 read +\(/);
    for (const id of others)
      expect(out).toMatch(new RegExp(` {2}- revoke user ${id} +\\(holds \\w+; not in the file\\)`));
    expect(out).toMatch(
      /Permission set "Field team" \(new\)\n {2}\+ create +\(no active permission set is named "Field team"\)/,
    );
    expect(out).toMatch(
      / {2}Resource "voter_file\/midwest" \(new\)\n {4}\+ create +\(its permission set is new\)\n {4}\+ grant user 4 write/,
    );
    expect(out).toMatch(/\nPlan: 2 creates, 1 update, \d+ grants, \d+ revokes?\.\n$/);
    expect(writes()).toEqual([]);
  });

  it('gives the plan as JSON on request', async () => {
    const run = await civisTs(['plan', file('new.yaml', CHANGED), '--json'], { mock });
    expect(run.code).toBe(2);
    const plan = JSON.parse(run.stdout);
    expect(plan.count).toEqual({ create: 2, update: 0, grant: 4, revoke: 0 });
    expect(plan.objects[1]).toMatchObject({
      set: 'Field team',
      resource: 'voter_file/midwest',
      exists: false,
    });
  });

  it('stops before any change on a malformed file, duplicate names, unknown users or groups (exit 1)', async () => {
    const cases: [string, RegExp][] = [
      ['permissionSets:\n  - name: [\n', /bad\.yaml:\d+:\d+: /],
      ['sets: []\n', /unknown key "sets"/],
      ['permissionSets:\n  - name: A\n  - name: A\n', /a second permission set named "A"/],
      [
        'permissionSets:\n  - name: A\n    resources: [{ name: r }, { name: r }]\n',
        /a second resource named "r"/,
      ],
      [
        'permissionSets:\n  - name: A\n    shares: { users: { 3: owner } }\n',
        /:3:\d+: permissionSets\[0\]\.shares\.users\.3: must be [\w, ]+ or \w+ \(got "owner"\)/,
      ],
      [
        'permissionSets:\n  - name: A\n    shares: { users: { 99: read } }\n',
        /user 99 is unknown to the API/,
      ],
    ];
    for (const [text, message] of cases) {
      for (const command of ['plan', 'apply']) {
        const run = await civisTs(
          [command, file('bad.yaml', text), '--yes'].slice(0, command === 'plan' ? 2 : 3),
          { mock },
        );
        expect(run.code, text).toBe(1);
        expect(run.stderr, text).toMatch(message);
        expect(run.stderr, text).toContain('nothing was changed');
      }
    }
    expect(writes()).toEqual([]);
  });

  it('checks a group no share names before apply changes anything (no operation looks groups up)', async () => {
    const path = file('group.yaml', 'permissionSets:\n  - name: A\n    shares: { groups: { 77: read } }\n');
    const plan = await civisTs(['plan', path], { mock });
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain(
      'note: no share read names group 77; apply checks that it exists before any change',
    );
    expect(writes()).toEqual([]);
    const apply = await civisTs(['apply', path, '--yes'], { mock });
    expect(apply.code).toBe(1);
    expect(apply.stderr).toMatch(/group 77 is unknown to the API/);
    expect(apply.stderr).toContain('nothing was changed');
    // The check is a revoke of a share the group does not hold: answered 404, and nothing else was sent.
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      expect.stringMatching(/^DELETE \/permission_sets\/\d+\/shares\/groups\/77$/),
    ]);
    expect(mock.state.permissionSets.size).toBe(12);
  });

  it('refuses a name that two active sets share on the server, and a resource left without a manager', async () => {
    const name = mock.state.permissionSets.get(1)?.name ?? '';
    mock.state.createPermissionSet(name, null);
    const ambiguous = await civisTs(
      ['plan', file('ambiguous.yaml', `permissionSets:\n  - name: ${JSON.stringify(name)}\n`)],
      { mock },
    );
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toMatch(/2 active permission sets have this name \((#1, #\d+|#\d+, #1)\)/);
    mock.state.reset();
    const [resource = ''] = [...(mock.state.resources.get(2)?.keys() ?? [])];
    const set = mock.state.permissionSets.get(2)?.name ?? '';
    mock.state.shares.set({ permissionSetId: 2, resourceName: resource }, 'user', 9, 'read');
    const orphan = `permissionSets:\n  - name: ${JSON.stringify(set)}\n    resources:\n      - name: ${JSON.stringify(resource)}\n        shares: { users: {}, groups: {} }\n`;
    // The owner keeps manage whatever the file says, so the resource always has a manager.
    const run = await civisTs(['plan', file('orphan.yaml', orphan)], { mock });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/- revoke user 9 +\(holds read; not in the file\)/);
    expect(run.stdout).toMatch(/note: user \d+ keeps manage as the owner/);
    expect(writes()).toEqual([]);
  });

  it('says when it cannot read the file', async () => {
    const run = await civisTs(['plan', join(dir, 'missing.yaml')], { mock });
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toMatch(/^civis-ts: cannot read .*missing\.yaml: ENOENT\n$/);
  });
});

describe('apply', () => {
  it('refuses without --yes when nobody can confirm, and changes nothing', async () => {
    const run = await civisTs(['apply', file('new.yaml', CHANGED)], { mock });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Plan: 2 creates');
    expect(run.stderr).toMatch(/not applying: stdin is not a terminal.*--yes/);
    expect(writes()).toEqual([]);
  });

  it('makes the plan, reporting each step; a second apply is a no-op; export→plan shows no change', async () => {
    const path = file('new.yaml', CHANGED);
    const run = await civisTs(['apply', path, '--yes'], { mock });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/✓ created permission set "Field team" #(\d+)\n/);
    expect(run.stdout).toMatch(/✓ granted manage to user 3 on permission set "Field team" #\d+\n/);
    expect(run.stdout).toMatch(/✓ granted write to group 2 on permission set "Field team" #\d+\n/);
    expect(run.stdout).toMatch(
      /✓ created resource "voter_file\/midwest" of permission set "Field team" #\d+\n/,
    );
    expect(run.stdout).toMatch(/✓ granted write to user 4 on resource "voter_file\/midwest"/);
    const set = [...mock.state.permissionSets.values()].find((s) => s.name === 'Field team');
    expect(set?.description).toBe('Voter-file access for the field team');
    expect(mock.state.shares.level({ permissionSetId: set?.id ?? 0 }, 'user', 4)).toBe('read');
    expect(mock.state.resources.get(set?.id ?? 0)?.get('voter_file/midwest')?.description).toBe(
      'Midwest voter file',
    );

    mock.requests.length = 0;
    const again = await civisTs(['apply', path, '--yes'], { mock });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^No changes: the API matches the file\.\n/);
    // What the API has and the file does not is named, and left as it is.
    expect(again.stdout).toMatch(
      /\nLeft as is: 11 active permission sets not in the file: #\d+ ".+", .*and 1 more\.\n/,
    );
    expect(again.stdout).toContain('\nLeft as is: 1 archived permission set not in the file.\n');
    expect(writes()).toEqual([]);

    const { text } = await exported();
    expect((await civisTs(['plan', file('after.yaml', text)], { mock })).code).toBe(0);
  });

  it('applies an edited export back: grants, revokes and descriptions, then plans no change', async () => {
    const { sets } = await exported();
    const [first, second] = sets;
    if (!first || !second) throw new Error('two sets expected');
    first.description = 'Edited';
    first.shares.groups = { 1: 'read', 3: 'write' };
    const resource = second.resources[0];
    if (resource) resource.shares.users = { ...resource.shares.users, 11: 'write' };
    const path = file('edited.yaml', `${JSON.stringify({ permissionSets: sets })}\n`);
    const run = await civisTs(['apply', path, '--yes'], { mock });
    expect(run.code, run.stderr).toBe(0);
    expect((await civisTs(['plan', path], { mock })).code).toBe(0);
    const { sets: after } = await exported();
    expect(after).toEqual(sets);
  });

  it('stops on Ctrl-C with the call in flight cancelled, reports what was made (exit 130), and a rerun completes it', async () => {
    const path = file('new.yaml', CHANGED);
    // The resource's creation is held 5 s, so the Ctrl-C sent once the set is made arrives while a call
    // is in flight (the set's share sync, or that creation).
    mock.faults.inject({ latencyMs: 5_000, method: 'POST', path: /\/resources$/ });
    const run = await civisTsBin(['apply', path, '--yes'], { mock, interruptOn: /✓ created permission set/ });
    expect(run.code, run.stderr).toBe(130);
    expect(run.stderr).toMatch(/^civis-ts: apply interrupted: the call in flight was cancelled/);
    expect(run.stderr).toMatch(/Applied \d+ steps?:\n {2}✓ created permission set "Field team" #\d+\n/);
    expect(run.stderr).toMatch(
      /Not applied:\n(.*\n)* {2}✗ create resource "voter_file\/midwest" of permission set "Field team" #\d+\n/,
    );
    mock.faults.clear();
    const rerun = await civisTs(['apply', path, '--yes'], { mock });
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).not.toContain('created permission set');
    expect((await civisTs(['plan', path], { mock })).code).toBe(0);
  });

  it('reports what was applied and what was not when a step fails midway, and a rerun completes it', async () => {
    const path = file('new.yaml', CHANGED);
    // The resource's share grant fails (403, not retried) after the set and its shares were made.
    mock.faults.inject({ status: 403, method: 'PUT', path: /\/resources\/[^/]+\/shares\/users$/ });
    const run = await civisTs(['apply', path, '--yes'], { mock });
    expect(run.code).toBe(1);
    const report = run.stderr;
    expect(report).toMatch(/^civis-ts: apply stopped: PermissionDeniedError: .*\(HTTP 403\)\n/);
    expect(report).toMatch(/Applied \d+ steps:\n {2}✓ created permission set "Field team" #\d+\n/);
    expect(report).toContain('✓ created resource "voter_file/midwest"');
    expect(report).toMatch(/Not applied:\n {2}✗ grant write to user 4 on resource "voter_file\/midwest"/);
    expect(report).toContain('Run `civis-ts apply');
    const set = [...mock.state.permissionSets.values()].find((s) => s.name === 'Field team');
    const target = { permissionSetId: set?.id ?? 0, resourceName: 'voter_file/midwest' };
    expect(mock.state.shares.level(target, 'user', 4)).toBeUndefined();

    const plan = await civisTs(['plan', path], { mock });
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/\+ grant user 4 write/);
    expect(plan.stdout).toMatch(/Plan: 0 creates, 0 updates, 1 grant, 0 revokes\./);
    const rerun = await civisTs(['apply', path, '--yes'], { mock });
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).toMatch(/✓ granted write to user 4 on resource "voter_file\/midwest"/);
    expect(mock.state.shares.level(target, 'user', 4)).toBe('write');
    expect((await civisTs(['apply', path, '--yes'], { mock })).stdout).toMatch(
      /^No changes: the API matches the file\.\n/,
    );
  });

  it('reads the file written by export byte for byte the same after a round trip', async () => {
    const { text } = await exported();
    const path = file('round.yaml', text);
    expect((await civisTs(['apply', path, '--yes'], { mock })).stdout).toMatch(
      /^No changes: the API matches the file\.\nUnchanged: \d+ permission sets and resources of the file already match\.\n$/,
    );
    expect(readFileSync(path, 'utf8')).toBe((await exported()).text);
  });
});
