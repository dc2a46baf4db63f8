// The command line as a newcomer meets it: -h on every command, "did you mean", unarchive, comma lists,
// `-` for stdin, what grant and revoke did, one line for a write error or a wrong endpoint, colour only
// where a person reads it; in process against the mock, and through the built binary where only a real
// process tells (a write error, completion in a real bash).
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LEVELS, PERMISSION_SET_PAGE_LIMIT } from '@civis-ts/spec/facts';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/generated/commands.js';
import { REGISTRY } from '../src/registry.js';
import { API_KEY, BIN, civisTs, outputOf, useMock } from './helpers.js';

const context = useMock({ validate: false });
const dir = mkdtempSync(join(tmpdir(), 'civis-cli-surface-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ESC = '\u001b';
/** The values the spec allows for a command's option (its enum), from the generated table. */
function valuesOf(command: string, option: string): string[] {
  const values = COMMANDS.find((c) => c.id === command)?.options.find((o) => o.name === option)?.enum;
  if (!values) {
    throw new Error(
      `the spec no longer gives \`civis-ts ${command}\` an option --${option} with an enum: pick another in packages/cli/test/surface.test.ts`,
    );
  }
  return values;
}
/** Quotes and backticks come in pairs: no parser text with a dangling quote. */
const balanced = (line: string) =>
  (line.match(/`/g) ?? []).length % 2 === 0 && (line.match(/"/g) ?? []).length % 2 === 0;

describe('-h and help', () => {
  it('every command and group shows its help with -h, offline, exit 0', async () => {
    const groups = new Set(
      REGISTRY.flatMap((c) =>
        c.id
          .split(' ')
          .slice(0, -1)
          .map((_, i, w) => w.slice(0, i + 1).join(' ')),
      ),
    );
    for (const id of [...REGISTRY.map((c) => c.id), ...groups]) {
      const run = await civisTs([...id.split(' '), '-h']);
      expect(run.code, id).toBe(0);
      expect(run.stdout, id).toMatch(new RegExp(`^Usage: civis-ts ${id} `));
      expect(run.stderr, id).toBe('');
    }
    const help = await civisTs(['help', 'permission-sets', 'shares', 'grant']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: civis-ts permission-sets shares grant ID/);
    expect((await civisTs(['-h'])).stdout).toMatch(
      /\n {2}completion SHELL +Print the shell completion script/,
    );
  });

  it('shows -h beside --help, and the page size the CLI asks for beside the API’s default', async () => {
    const run = await civisTs(['permission-sets', 'list', '-h']);
    expect(run.stdout).toMatch(/-h, --help +show this help/);
    expect(run.stdout).toMatch(
      new RegExp(`--limit VALUE .*civis-ts asks for ${PERMISSION_SET_PAGE_LIMIT} when not given`),
    );
    expect(run.stdout).toMatch(/--author IDS .*comma-separated ids/);
  });
});

describe('did you mean', () => {
  it.each([
    [
      ['permision-sets', 'list'],
      'unknown command: permision-sets (did you mean `civis-ts permission-sets`?)',
    ],
    // A command of a group typed alone (`unarchive`: the CLI's own, no spec operation is named so).
    [['unarchive'], 'unknown command: unarchive (did you mean `civis-ts permission-sets unarchive`?)'],
    [
      ['permission-sets', 'lst'],
      'unknown command: permission-sets lst (did you mean `civis-ts permission-sets list`?)',
    ],
    [['aply', 'x.yaml'], 'unknown command: aply (did you mean `civis-ts apply`?)'],
    [['permission-sets', 'list', '--limt', '5'], 'unknown option --limt (did you mean --limit?)'],
    [
      ['permission-sets', 'list', '--ordr-dir', 'asc'],
      'unknown option --ordr-dir (did you mean --order-dir?)',
    ],
    [
      ['export', '--permission-sets', '1'],
      'unknown option --permission-sets (did you mean --permission-set?)',
    ],
    [['permission-sets', 'list', '--bogus'], 'unknown option --bogus (see'],
    [['permission-sets', 'list', '--limit'], '--limit needs a value'],
    [['permission-sets', 'create', '--name', '--description', 'x'], '--name needs a value'],
    [['permission-sets', 'list', '--json=yes'], '--json takes no value'],
    [['permission-sets', 'create', '--name', 'a', '--name', 'b'], '--name is given twice'],
  ])('%j', async (args, expected) => {
    const run = await civisTs(args);
    expect(run.code).toBe(64);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`civis-ts: ${expected}`);
    expect(balanced(lines[0] as string), lines[0]).toBe(true);
    expect(run.stderr).not.toMatch(/ERR_PARSE_ARGS|To specify an option argument/);
  });
});

describe('commands', () => {
  it('archive ID and unarchive ID', async () => {
    const { mock } = context;
    const archived = await civisTs(['permission-sets', 'archive', '2'], { mock });
    expect(archived.code, archived.stderr).toBe(0);
    expect(mock.state.permissionSet(2).archived).toBe(true);
    const back = await civisTs(['permission-sets', 'unarchive', '2'], { mock });
    expect(back.code, back.stderr).toBe(0);
    expect(mock.state.permissionSet(2).archived).toBe(false);
    const old = await civisTs(['permission-sets', 'archive', '2', '--no-status'], { mock });
    expect(old.code).toBe(64);
    expect(old.stderr).toMatch(
      /^civis-ts: --no-status is not an option of permission-sets archive: use `civis-ts permission-sets unarchive`/,
    );
    expect(mock.state.permissionSet(2).archived).toBe(false);
  });

  it('takes every id list as commas or repeats, and says what grant and revoke did', async () => {
    const { mock } = context;
    const author = mock.state.permissionSet(1).authorId;
    const [a, b, c] = [...mock.state.users.keys()].filter((u) => u !== author && u !== mock.state.callerId);
    const grant = await civisTs(
      [
        'permission-sets',
        'shares',
        'grant',
        '1',
        '--users',
        `${a},${b}`,
        '--users',
        String(c),
        '--level',
        'read',
      ],
      { mock },
    );
    expect(grant.code, grant.stderr).toBe(0);
    expect(grant.stderr).toBe(`✓ granted read on permission set 1 to users ${a}, ${b}, ${c}\n`);
    for (const user of [a, b, c])
      expect(mock.state.shares.level({ permissionSetId: 1 }, 'user', user as number)).toBe('read');
    const revoke = await civisTs(['permission-sets', 'shares', 'revoke', '1', '--users', `${a}`], { mock });
    expect(revoke).toMatchObject({ code: 0, stdout: '' });
    expect(revoke.stderr).toBe(`✓ revoked the shares of user ${a} on permission set 1\n`);
    expect(mock.state.shares.level({ permissionSetId: 1 }, 'user', a as number)).toBeUndefined();

    const commas = await civisTs(['export', '--permission-set', '1,2'], { mock });
    const repeated = await civisTs(['export', '--permission-set', '1', '--permission-set', '2'], { mock });
    expect(commas.code, commas.stderr).toBe(0);
    expect(commas.stdout).toBe(repeated.stdout);
    expect(commas.stdout).toContain(`name: ${mock.state.permissionSet(2).name}`);
    for (const bad of ['1,,2', '1,x', '0', '-3', '1.5', '+4']) {
      const run = await civisTs(['export', '--permission-set', bad], { mock });
      expect(run.code, bad).toBe(64);
      expect(run.stderr, bad).toMatch(/^civis-ts: --permission-set takes /);
    }
  });

  it('plan - and apply - read the file from stdin', async () => {
    const { mock } = context;
    const file = 'permissionSets:\n  - name: From stdin\n';
    const plan = await civisTs(['plan', '-'], { mock, input: file });
    expect(plan.code, plan.stderr).toBe(2);
    expect(plan.stdout).toContain('From stdin');
    const refused = await civisTs(['apply', '-'], { mock, input: file });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^civis-ts: apply - reads the file from stdin.*--yes\n$/);
    const applied = await civisTs(['apply', '-', '--yes'], { mock, input: file });
    expect(applied.code, applied.stderr).toBe(0);
    expect([...mock.state.permissionSets.values()].some((s) => s.name === 'From stdin')).toBe(true);
    const bad = await civisTs(['plan', '-'], { mock, input: 'permissionSets: [' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^civis-ts: \(stdin\)/);
  });
});

describe('one line for what goes wrong outside', () => {
  it('a write error (> /dev/full) is one line, exit 1', async () => {
    const out = openSync('/dev/full', 'w');
    try {
      const run = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, 'permission-sets', 'list', '--all'], {
          env: { PATH: process.env.PATH ?? '', CIVIS_API_KEY: API_KEY, CIVIS_API_ENDPOINT: context.mock.url },
          stdio: ['ignore', out, 'pipe'],
        });
        let stderr = '';
        child.stderr?.on('data', (chunk) => {
          stderr += chunk;
        });
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stderr }));
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^civis-ts: cannot write the output: ENOSPC[^\n]*\n$/);
    } finally {
      closeSync(out);
    }
  });

  it('an endpoint that is wrong or down names CIVIS_API_ENDPOINT', async () => {
    const env = (endpoint: string) => ({ CIVIS_API_KEY: API_KEY, CIVIS_API_ENDPOINT: endpoint });
    const down = await civisTs(['permission-sets', 'get', '1'], { env: env('http://127.0.0.1:9') });
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/^civis-ts: ConnectionError: .*CIVIS_API_ENDPOINT[^\n]*\n$/);
    const notUrl = await civisTs(['permission-sets', 'get', '1'], { env: env('api.example.com') });
    expect(notUrl.stderr).toBe('civis-ts: CIVIS_API_ENDPOINT must be an absolute http(s) URL\n');
    const plain = await civisTs(['permission-sets', 'get', '1'], { env: env('http://api.example.com') });
    expect(plain.stderr).toMatch(/^civis-ts: CIVIS_API_ENDPOINT is plain http to a remote host: use https/);
    expect(plain.stderr).not.toContain('allowInsecureHttp');
  });
});

describe('colour', () => {
  it('none in a pipe; FORCE_COLOR turns it on, NO_COLOR does not win over it', async () => {
    const piped = await civisTs(['permission-sets', 'lst']);
    expect(piped.stderr).not.toContain(ESC);
    const forced = await civisTs(['permission-sets', 'lst'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stderr.startsWith(`${ESC}[31mcivis-ts:${ESC}[39m unknown command`)).toBe(true);
    const both = await civisTs(['permission-sets', 'lst'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(both.stderr).toContain(ESC);
    const off = await civisTs(['permission-sets', 'lst'], { env: { FORCE_COLOR: '0' } });
    expect(off.stderr).not.toContain(ESC);
  });
});

describe('shell completion', () => {
  it('prints a script per shell and refuses others', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const run = await civisTs(['completion', shell]);
      expect(run.code, shell).toBe(0);
      expect(run.stdout, shell).toContain('permission-sets');
    }
    const fish = (await civisTs(['completion', 'fish'])).stdout;
    expect(fish).toContain(
      `complete -c civis-ts -n '__civis_ts_at "permission-sets shares grant"' -l level -x -a '${LEVELS.join(' ')}'`,
    );
    expect((await civisTs(['completion', 'tcsh'])).code).toBe(64);
  });

  it('completes commands, options and values in a real bash', async () => {
    const script = join(dir, 'civis-ts.bash');
    writeFileSync(script, (await civisTs(['completion', 'bash'])).stdout);
    writeFileSync(join(dir, 'acl.yaml'), '');
    // The highest level, by its first letter: the levels that start with it.
    const initial = (LEVELS.at(-1) as string).slice(0, 1);
    // The words that may follow a group, in the registry's order (a command the spec gains is one of them).
    const next = (group: string, partial = '') =>
      [
        ...new Set([
          ...REGISTRY.flatMap(({ id }) =>
            id.startsWith(group ? `${group} ` : '')
              ? [id.slice(group ? group.length + 1 : 0).split(' ')[0]]
              : [],
          ),
          ...(group ? [] : ['help']),
        ]),
      ].filter((word): word is string => word?.startsWith(partial) === true);
    expect(next('')).toEqual(
      expect.arrayContaining(['permission-sets', 'export', 'plan', 'apply', 'completion', 'help']),
    );
    expect(next('permission-sets resources shares')).toEqual(
      expect.arrayContaining(['list', 'grant', 'revoke']),
    );
    // Each case: the words on the line (the last one being completed) and what COMPREPLY must hold.
    const cases: [string[], string[]][] = [
      [['civis-ts', ''], next('')],
      [['civis-ts', 'perm'], next('', 'perm')],
      [['civis-ts', 'permission-sets', 'un'], next('permission-sets', 'un')],
      [['civis-ts', 'permission-sets', 'resources', 'shares', ''], next('permission-sets resources shares')],
      [['civis-ts', 'permission-sets', 'shares', 'grant', '7', '--le'], ['--level']],
      [
        ['civis-ts', 'permission-sets', 'shares', 'grant', '7', '--level', initial],
        LEVELS.filter((level) => level.startsWith(initial)),
      ],
      [['civis-ts', 'permission-sets', 'list', '--order', ''], valuesOf('permission-sets list', 'order')],
      [['civis-ts', 'permission-sets', 'list', '--limit', ''], []],
      [['civis-ts', 'export', '--p'], ['--permission-set']],
      [
        ['civis-ts', 'completion', ''],
        ['bash', 'zsh', 'fish'],
      ],
      [['civis-ts', 'plan', 'ac'], ['acl.yaml']],
      [
        ['civis-ts', 'permission-sets', 'get', '-'],
        ['--json', '--yaml', '--ndjson', '--debug', '--help', '-h'],
      ],
    ];
    const calls = cases
      .map(([words]) => {
        const array = words.map((w) => `'${w}'`).join(' ');
        return `COMP_WORDS=(${array}); COMP_CWORD=${words.length - 1}; _civis_ts; printf '%s\\n' "\${COMPREPLY[*]}"`;
      })
      .join('\n');
    const out = await outputOf(
      spawn('bash', ['--norc', '--noprofile', '-c', `source ${JSON.stringify(script)}\n${calls}`], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '' },
      }),
    );
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const got = out.stdout.split('\n').slice(0, cases.length);
    cases.forEach(([words, expected], i) => {
      expect((got[i] ?? '').split(' ').filter(Boolean), words.join(' ')).toEqual(expected);
    });
  });
});
