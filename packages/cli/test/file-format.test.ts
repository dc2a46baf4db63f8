// The permission-sets file means one thing: ids written any way but digits are refused, two keys naming
// one id are refused, `plan` refuses every value `apply` would be refused halfway, a huge file is refused
// in one line; and `export` round-trips: ids (so sets of one name), archived sets, `-o FILE` written whole
// or not at all. In process against the mock.
import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMock } from '@civis-ts/mock';
import { NAME_MAX_LENGTH } from '@civis-ts/spec/facts';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MAX_FILE_BYTES } from '../src/acl/rules.js';
import { API_KEY, civisTs, useMock } from './helpers.js';

const context = useMock({ validate: false });
const dir = mkdtempSync(join(tmpdir(), 'civis-cli-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('ids', () => {
  it('refuses every id not written as digits, naming its place, before any request', async () => {
    const cases: [string, RegExp][] = [
      ['true', /:3:\d+: permissionSets\[0\]\.shares\.users: true is not an id/],
      ['" 6 "', /" 6 " is not an id/],
      ['"+8"', /"\+8" is not an id/],
      ['0o7', /0o7 is not an id/],
      ['1e1', /1e1 is not an id/],
      ['0x3', /0x3 is not an id/],
      ['3.0', /3\.0 is not an id/],
      ['0', /0 is not an id/],
      ['-4', /-4 is not an id/],
      ['9007199254740993', /9007199254740993 is not an id/],
    ];
    for (const [key, message] of cases) {
      const path = file(
        'ids.yaml',
        `permissionSets:\n  - name: A\n    shares: { users: { ${key}: manage } }\n`,
      );
      const run = await civisTs(['plan', path], { mock: context.mock });
      expect(run.code, key).toBe(1);
      expect(run.stderr, key).toMatch(message);
      expect(run.stderr, key).toContain('ids are positive integers written in digits');
    }
    const setId = await civisTs(
      ['plan', file('setid.yaml', 'permissionSets:\n  - id: "+1"\n    name: A\n')],
      {
        mock: context.mock,
      },
    );
    expect(setId.stderr).toMatch(/permissionSets\[0\]\.id: "\+1" is not an id/);
    expect(context.mock.requests).toEqual([]);
  });

  it('takes quoted digits (JSON quotes every key), and refuses two keys naming one id', async () => {
    const quoted = file(
      'quoted.json',
      '{"permissionSets": [{"name": "A", "shares": {"users": {"3": "manage"}}}]}',
    );
    expect((await civisTs(['plan', quoted], { mock: context.mock })).code).toBe(2);
    const twice = file(
      'twice.yaml',
      'permissionSets:\n  - name: A\n    shares: { users: { 2: manage, "2": read } }\n',
    );
    const run = await civisTs(['plan', twice], { mock: context.mock });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /:3:\d+: permissionSets\[0\]\.shares\.users: "2" names user 2 again \(as 2 does\)/,
    );
    const sameSet = file('sameset.yaml', 'permissionSets:\n  - { id: 1, name: A }\n  - { id: 1, name: B }\n');
    expect((await civisTs(['plan', sameSet], { mock: context.mock })).stderr).toMatch(
      /permissionSets\[1\]\.id: 1 is the id of permissionSets\[0\] too/,
    );
  });
});

describe('values', () => {
  it('plan refuses what apply would be refused: a lone surrogate, a long name, an empty one', async () => {
    const cases: [string, RegExp][] = [
      ['name: "bad \\ud800 name"', /permissionSets\[0\]\.name: must be well-formed Unicode/],
      [
        'name: A\n    description: "\\udc00"',
        /permissionSets\[0\]\.description: must be well-formed Unicode/,
      ],
      [
        `name: ${'x'.repeat(NAME_MAX_LENGTH + 1)}`,
        new RegExp(
          `permissionSets\\[0\\]\\.name: must be 1 to ${NAME_MAX_LENGTH} characters long \\(has ${NAME_MAX_LENGTH + 1}\\)`,
        ),
      ],
      [
        'name: ""',
        new RegExp(
          `permissionSets\\[0\\]\\.name: must be 1 to ${NAME_MAX_LENGTH} characters long \\(has 0\\)`,
        ),
      ],
      ['name: A\n    archived: "yes"', /permissionSets\[0\]\.archived: must be true or false/],
      ['name: A\n    resources: [{ name: "r\\udbff" }]', /resources\[0\]\.name: must be well-formed Unicode/],
    ];
    for (const [text, message] of cases) {
      for (const command of [['plan'], ['apply', '--yes']]) {
        const run = await civisTs(
          [command[0] as string, file('v.yaml', `permissionSets:\n  - ${text}\n`), ...command.slice(1)],
          {
            mock: context.mock,
          },
        );
        expect(run.code, text).toBe(1);
        expect(run.stderr, text).toMatch(message);
        expect(run.stderr, text).toContain('nothing was changed');
      }
    }
    expect(context.mock.requests).toEqual([]);
  });

  it('refuses a file over the limit in one line, without reading it (a 200 MB sparse file)', async () => {
    const path = join(dir, 'huge.yaml');
    writeFileSync(path, 'permissionSets:\n');
    truncateSync(path, 200 * 1024 * 1024);
    expect(statSync(path).size).toBeGreaterThan(MAX_FILE_BYTES);
    const run = await civisTs(['plan', path], { mock: context.mock });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `civis-ts: ${path} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB, the most a permission-sets file may hold; nothing was read further\n`,
    );
    rmSync(path);
    // Standard input has no size to trust: it is read up to the limit, and no further.
    const piped = await civisTs(['plan', '-'], {
      mock: context.mock,
      input: `permissionSets: []\n${'#'.repeat(MAX_FILE_BYTES)}\n`,
    });
    expect(piped).toMatchObject({ code: 1, stdout: '' });
    expect(piped.stderr).toBe(
      `civis-ts: (stdin) is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB, the most a permission-sets file may hold; nothing was read further\n`,
    );
  });
});

describe('export round-trips', () => {
  it('the default mock (its seed has sets of one name, and archived sets): export -o, then plan shows no change', async () => {
    const mock = await startMock({ apiKey: API_KEY });
    try {
      const all = [...mock.state.permissionSets.values()];
      const names = all.map((s) => s.name);
      expect(new Set(names).size).toBeLessThan(names.length);
      const archived = all.filter((s) => s.archived);
      expect(archived.length).toBeGreaterThan(0);
      const out = join(dir, 'acl.yaml');
      const run = await civisTs(['export', '-o', out], { mock });
      expect(run, run.stderr).toMatchObject({ code: 0, stdout: '' });
      const sets = parse(readFileSync(out, 'utf8')).permissionSets as { id: number; archived?: boolean }[];
      expect(sets.map((s) => s.id).sort((a, b) => a - b)).toEqual(all.map((s) => s.id).sort((a, b) => a - b));
      expect(sets.filter((s) => s.archived).map((s) => s.id)).toEqual(
        expect.arrayContaining(archived.map((s) => s.id)),
      );
      mock.requests.length = 0;
      const plan = await civisTs(['plan', out], { mock });
      expect(plan.code, plan.stdout + plan.stderr).toBe(0);
      expect(plan.stdout).toMatch(/^No changes: the API matches the file\.\n/);
      expect(mock.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    } finally {
      await mock.stop();
    }
  });

  it('matches by id first: a renamed set is an update of its name, an archived one is unarchived', async () => {
    const { mock } = context;
    const [archived] = [...mock.state.permissionSets.values()].filter((s) => s.archived);
    if (!archived) throw new Error('an archived set expected');
    const text = `permissionSets:\n  - id: 1\n    name: Renamed\n  - id: ${archived.id}\n    name: ${JSON.stringify(archived.name)}\n    archived: false\n`;
    const path = file('byid.yaml', text);
    const plan = await civisTs(['plan', path], { mock });
    expect(plan.code, plan.stderr).toBe(2);
    expect(plan.stdout).toMatch(
      /Permission set "Renamed" #1\n {2}~ update name: ".*" → "Renamed" +\(the name differs\)/,
    );
    expect(plan.stdout).toMatch(new RegExp(`#${archived.id}\\n {2}~ unarchive +\\(archived now`));
    const apply = await civisTs(['apply', path, '--yes'], { mock });
    expect(apply.code, apply.stderr).toBe(0);
    expect(apply.stdout).toContain('✓ updated the name of permission set "Renamed" #1');
    expect(apply.stdout).toMatch(/\nApplied: 0 creates, 2 updates, 0 grants, 0 revokes\.\n$/);
    expect(mock.state.permissionSets.get(1)?.name).toBe('Renamed');
    expect(mock.state.permissionSets.get(archived.id)?.archived).toBe(false);
    expect((await civisTs(['plan', path], { mock })).code).toBe(0);
    const missing = await civisTs(
      ['plan', file('missing.yaml', 'permissionSets:\n  - { id: 999, name: X }\n')],
      {
        mock,
      },
    );
    expect(missing.stderr).toMatch(/the API has no permission set #999; remove the id to create one/);
  });

  it('marks a changed level with ~, an added share with +', async () => {
    const { mock } = context;
    mock.state.shares.set({ permissionSetId: 1 }, 'user', 9, 'read');
    const set = mock.state.permissionSets.get(1);
    const text = `permissionSets:\n  - id: 1\n    name: ${JSON.stringify(set?.name)}\n    shares: { users: { ${set?.authorId}: manage, 9: write, 10: read } }\n`;
    const run = await civisTs(['plan', file('levels.yaml', text)], { mock });
    expect(run.stdout).toMatch(/ {2}~ grant user 9 write +\(holds read now\)/);
    expect(run.stdout).toMatch(/ {2}\+ grant user 10 read +\(not shared now\)/);
  });

  it('export -o leaves an existing file as it was when export fails, and writes no partial file', async () => {
    const { mock } = context;
    const out = file('keep.yaml', 'the old contents\n');
    chmodSync(out, 0o640);
    mock.faults.inject({ status: 403, method: 'GET', path: /\/shares$/ });
    const run = await civisTs(['export', '-o', out], { mock });
    expect(run.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('the old contents\n');
    // Once it succeeds, the file is replaced whole and keeps its permissions; no temporary file is left.
    const done = await civisTs(['export', '-o', out], { mock });
    expect(done.code, done.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^permissionSets:\n/);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // Where it cannot write: one line, and nothing left behind.
    const nowhere = join(dir, 'no-such-dir', 'acl.yaml');
    const refused = await civisTs(['export', '-o', nowhere], { mock });
    expect(refused).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `civis-ts: cannot write ${nowhere}: ENOENT; it was left as it was\n`,
    });
  });
});
