// `apply` is never silent and never does what was not shown, through real pipes and a real
// pseudo-terminal: a reader that goes away mid-apply, an API that changes while the person reads the
// plan, two applies at once, and failures that must leave each pending change in exactly one list.
import { execFileSync, type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordedRequest } from '@civis-ts/mock';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { API_KEY, BIN, civisTs, civisTsBin, type Run, useMock } from './helpers.js';

/**
 * A test's hook on each request as it reaches the mock, called before the request is answered: what it
 * does (close a pipe's reader) is done before the CLI hears back, whatever the scheduler does.
 */
let arriving: ((request: RecordedRequest) => void) | undefined;
const context = useMock({ validate: false, onRequest: (request) => arriving?.(request) });
afterEach(() => {
  arriving = undefined;
});
const dir = mkdtempSync(join(tmpdir(), 'civis-cli-apply-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const env = () => ({
  PATH: process.env.PATH ?? '',
  CIVIS_API_KEY: API_KEY,
  CIVIS_API_ENDPOINT: context.mock.url,
});
const writes = () => context.mock.requests.filter((r) => r.method !== 'GET');
const named = (name: string) =>
  [...context.mock.state.permissionSets.values()].filter((s) => s.name === name);
/** The id the mock gives the next set it creates. */
const nextId = () => Math.max(...context.mock.state.permissionSets.keys()) + 1;

const NEW = `permissionSets:
  - name: Field team
    shares: { users: { 3: manage, 4: read }, groups: { 2: write } }
    resources:
      - name: voter_file/midwest
        shares: { users: { 4: write } }
`;

/** The lines of the report under a heading (`Applied …:` or `Not applied:`). */
function listed(report: string, heading: RegExp): string[] {
  const lines = report.split('\n');
  const start = lines.findIndex((line) => heading.test(line));
  if (start === -1) return [];
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!/^ {2}[✓✗] /.test(line)) break;
    out.push(line.slice(4));
  }
  return out;
}

describe('a broken stdout', () => {
  it('mid-apply: stops after the step in flight, reports both lists on stderr, exits 1', async () => {
    const path = file('pipe.yaml', NEW);
    const id = nextId();
    const child = spawn(process.execPath, [BIN, 'apply', path, '--yes'], { env: env(), stdio: 'pipe' });
    // The reader goes away (as `| head` would) while the set's first grant is in flight: the set's create
    // is reported by then, and the grant is made, as its request has arrived.
    let gone = false;
    arriving = (request) => {
      if (gone || request.method !== 'PUT') return;
      gone = true;
      child.stdout.destroy();
    };
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(/^civis-ts: apply stopped: stdout was closed \(its reader went away\)\n/);
    // What the report says is what the API holds: the step in flight was made and is listed as applied.
    // Its line is the write that fails, and the next grant follows it with no request between: apply
    // notices the failed write itself, and that grant is not made and is listed as not applied.
    const set = `permission set "Field team" #${id}`;
    const resource = `resource "voter_file/midwest" of ${set}`;
    expect(listed(stderr, /^Applied \d+ steps?:/)).toEqual([
      `created ${set}`,
      `granted manage to user 3 on ${set}`,
    ]);
    expect(listed(stderr, /^Not applied:/)).toEqual([
      `grant read to user 4 on ${set}`,
      `grant write to group 2 on ${set}`,
      `create ${resource}`,
      `grant write to user 4 on ${resource}`,
    ]);
    expect(writes().map((r) => r.method)).toEqual(['DELETE', 'POST', 'PUT']);
    expect(context.mock.state.shares.level({ permissionSetId: id }, 'user', 3)).toBe('manage');
    expect(context.mock.state.shares.level({ permissionSetId: id }, 'user', 4)).toBeUndefined();
    // A rerun completes it.
    const rerun = await civisTs(['apply', path, '--yes'], { mock: context.mock });
    expect(rerun.code, rerun.stderr).toBe(0);
    expect((await civisTs(['plan', path], { mock: context.mock })).code).toBe(0);
  });

  it('gone after the plan, before the first change (`apply … | head -c 1`): refuses with nothing changed, exit 1', async () => {
    const path = file('head.yaml', NEW);
    // A real pipe (a FIFO) whose reader is `head -c 1`, run when the test says. Until then the test holds
    // the read end (opened not to block: no writer has it yet), so apply's writes of the plan succeed.
    const fifo = join(mkdtempSync(join(dir, 'head-')), 'stdout');
    execFileSync('mkfifo', [fifo]);
    const readEnd = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writeEnd = openSync(fifo, 'w');
    const child = spawn(process.execPath, [BIN, 'apply', path, '--yes'], {
      env: env(),
      stdio: ['ignore', writeEnd, 'pipe'],
    });
    closeSync(writeEnd);
    // The group check (apply's first write request, which changes nothing) is answered only once head has
    // read the plan's first byte and exited and the test has closed its read end: the pipe has no reader
    // left when apply writes the blank line after the check, its last write before its first change.
    let head: SpawnSyncReturns<Buffer> | undefined;
    arriving = (request) => {
      if (request.method === 'GET' || head) return;
      head = spawnSync('head', ['-c', '1'], { stdio: [readEnd, 'pipe', 'pipe'] });
      closeSync(readEnd);
    };
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    if (!head) closeSync(readEnd);
    expect(head?.status, head?.stderr.toString()).toBe(0);
    expect(head?.stdout).toHaveLength(1);
    // The next write after the plan fails, and apply stops before its first change.
    expect(stderr).toMatch(
      /^civis-ts: apply stopped: stdout was closed \(its reader went away\)\nApplied 0 steps\.\n/,
    );
    expect(listed(stderr, /^Not applied:/)).toHaveLength(6);
    expect(code, stderr).toBe(1);
    // Only the group check was sent (a revoke of a share group 2 does not hold, which changes nothing).
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      expect.stringMatching(/^DELETE \/permission_sets\/\d+\/shares\/groups\/2$/),
    ]);
    expect(named('Field team')).toEqual([]);
  });
});

/** Runs apply on a pseudo-terminal (util-linux `script`), answering each prompt in turn. */
function onTerminal(args: string[], answers: { answer: string; before?: () => void }[]) {
  const quote = (arg: string) => `'${arg.replaceAll("'", "'\\''")}'`;
  const command = [process.execPath, BIN, ...args].map(quote).join(' ');
  const child = spawn('script', ['-qec', command, '/dev/null'], {
    env: { ...env(), TERM: 'xterm' },
    stdio: 'pipe',
  });
  let screen = '';
  let asked = 0;
  child.stdout.on('data', (chunk) => {
    screen += chunk;
    const prompts = screen.split('[y/N]').length - 1;
    while (asked < prompts && asked < answers.length) {
      const reply = answers[asked++];
      reply?.before?.();
      child.stdin.write(`${reply?.answer}\n`);
    }
  });
  return new Promise<{ code: number | null; screen: string; asked: () => number }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, screen, asked: () => asked }));
  });
}

describe('the API changes while the plan is read', () => {
  const set1 = () => context.mock.state.permissionSets.get(1);
  const text = () =>
    `permissionSets:\n  - id: 1\n    name: ${JSON.stringify(set1()?.name)}\n    shares: { users: { ${set1()?.authorId}: manage, 4: read } }\n`;
  // Another process grants user 5 manage while the prompt waits.
  const meanwhile = () => context.mock.state.shares.set({ permissionSetId: 1 }, 'user', 5, 'manage');

  it('on a terminal: shows the new plan and asks again; no is no', async () => {
    const path = file('changed.yaml', text());
    const run = await onTerminal(['apply', path], [{ answer: 'y', before: meanwhile }, { answer: 'n' }]);
    expect(run.code, run.screen).toBe(1);
    expect(run.asked()).toBe(2);
    expect(run.screen).toContain('The API changed since the plan above. The plan now:');
    expect(run.screen).toMatch(/The plan now:[\s\S]*- revoke user 5 +\(holds manage; not in the file\)/);
    expect(run.screen).toContain('nothing was applied');
    expect(writes()).toEqual([]);
    expect(context.mock.state.shares.level({ permissionSetId: 1 }, 'user', 5)).toBe('manage');
  });

  it('on a terminal: yes to the new plan applies the new plan, and counts what it made', async () => {
    const path = file('changed-yes.yaml', text());
    const run = await onTerminal(['apply', path], [{ answer: 'y', before: meanwhile }, { answer: 'y' }]);
    expect(run.code, run.screen).toBe(0);
    expect(run.screen).toMatch(/✓ revoked user 5 on permission set ".*" #1/);
    const made = /Applied: (\d+) creates?, (\d+) updates?, (\d+) grants?, (\d+) revokes?\./.exec(run.screen);
    const steps = run.screen.split('\n').filter((line) => line.startsWith('✓ '));
    expect(made).not.toBeNull();
    const revokes = steps.filter((line) => line.startsWith('✓ revoked')).length;
    expect(Number(made?.[4])).toBe(revokes);
    expect((await civisTs(['plan', path], { mock: context.mock })).code).toBe(0);
  });

  it('with --yes: refuses, exit 1, "the API changed since the plan", nothing changed', async () => {
    const path = file('changed-auto.yaml', text());
    // In process, the change lands as the first plan is written: before the second plan is read.
    let changed = false;
    const run = await civisTs(['apply', path, '--yes'], {
      mock: context.mock,
      onStdout: (stdout) => {
        if (!changed && stdout.includes('Plan:')) {
          changed = true;
          meanwhile();
        }
      },
    });
    expect(changed).toBe(true);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(
      /^civis-ts: not applying: the API changed since the plan; nothing was changed/,
    );
    expect(run.stdout).toMatch(/The plan now:[\s\S]*- revoke user 5/);
    expect(writes()).toEqual([]);
  });
});

describe('two applies at once', () => {
  it('leave one set of the name: the later one stops, and the file then plans no change', async () => {
    const path = file(
      'twice.yaml',
      'permissionSets:\n  - name: Concurrent set\n    description: made once\n',
    );
    // Both creations wait, so that both applies check the name before either set exists.
    context.mock.faults.inject({ latencyMs: 500, method: 'POST', path: '/permission_sets', count: 2 });
    const [a, b] = await Promise.all([
      civisTsBin(['apply', path, '--yes'], { mock: context.mock }),
      civisTsBin(['apply', path, '--yes'], { mock: context.mock }),
    ]);
    const active = named('Concurrent set').filter((s) => !s.archived);
    expect(active.length, `${a.stderr}\n${b.stderr}`).toBe(1);
    // Usually both get as far as the create and the later one stops; on a busy machine the second may
    // start late enough to find the set made, and plan no change: either way, one set, no silent second.
    for (const run of [a, b]) {
      if (run.code === 0) continue;
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toMatch(
        /apply stopped: permission set "Concurrent set" #\d+ was created (since the plan|while this apply created #\d+)/,
      );
      expect(listed(run.stderr, /^Not applied:/)).toEqual([
        expect.stringMatching(/^create permission set "Concurrent set"$/),
      ]);
    }
    expect([a.code, b.code]).toContain(0);
    // Exactly one of them reports the create: the one whose set stayed.
    expect([a, b].filter((run) => /✓ created permission set "Concurrent set"/.test(run.stdout))).toHaveLength(
      1,
    );
    const plan = await civisTs(['plan', path], { mock: context.mock });
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
  });
});

describe('every pending change in exactly one list', () => {
  const NOT_MADE: Record<string, string> = {
    created: 'create',
    updated: 'update',
    granted: 'grant',
    revoked: 'revoke',
    archived: 'archive',
    unarchived: 'unarchive',
  };

  /** The two lists, checked to share no change: an applied step never shows again as not applied. */
  function once(run: Run) {
    const applied = listed(run.stderr, /^Applied \d+ steps?:/);
    const notApplied = listed(run.stderr, /^Not applied:/);
    for (const line of applied) {
      const [verb = '', ...rest] = line.split(' ');
      expect(notApplied, line).not.toContain([NOT_MADE[verb], ...rest].join(' '));
    }
    return { applied, notApplied };
  }

  it('a failed share read inside a sync: its grants are listed as not applied', async () => {
    const id = nextId();
    context.mock.faults.inject({ status: 403, method: 'GET', path: `/permission_sets/${id}/shares` });
    const run = await civisTs(['apply', file('read.yaml', NEW), '--yes'], { mock: context.mock });
    expect(run.code).toBe(1);
    const { applied, notApplied } = once(run);
    expect(applied).toEqual([`created permission set "Field team" #${id}`]);
    expect(notApplied).toEqual([
      `grant manage to user 3 on permission set "Field team" #${id}`,
      `grant read to user 4 on permission set "Field team" #${id}`,
      `grant write to group 2 on permission set "Field team" #${id}`,
      `create resource "voter_file/midwest" of permission set "Field team" #${id}`,
      `grant write to user 4 on resource "voter_file/midwest" of permission set "Field team" #${id}`,
    ]);
  });

  it('a failed owner lookup after a create: the create is applied, not also "not applied"', async () => {
    const id = nextId();
    context.mock.faults.inject({
      status: 403,
      method: 'GET',
      path: `/permission_sets/${id}/resources/voter_file%2Fmidwest/shares`,
    });
    const run = await civisTs(['apply', file('owner.yaml', NEW), '--yes'], { mock: context.mock });
    expect(run.code).toBe(1);
    const { applied, notApplied } = once(run);
    expect(applied).toContain(`created resource "voter_file/midwest" of permission set "Field team" #${id}`);
    expect(notApplied).toEqual([
      `grant write to user 4 on resource "voter_file/midwest" of permission set "Field team" #${id}`,
    ]);
    const made = /Applied (\d+) steps/.exec(run.stderr);
    expect(Number(made?.[1])).toBe(applied.length);
  });
});
