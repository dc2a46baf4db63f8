// Every command once, in process against the mock behind Prism (which fails any request
// or response that breaks the spec), and what the command line promises: help offline, kebab-case
// options checked before sending, one-line errors, the documented exit codes, no key in argv.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningMock } from '@civis-ts/mock';
import {
  LEVELS,
  PERMISSION_SET_PAGE_LIMIT,
  OPERATION_COUNT as SPEC_OPERATION_COUNT,
} from '@civis-ts/spec/facts';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, OPERATION_COUNT } from '../src/generated/commands.js';
import { civisTs, civisTsBin, endpointOf, useMock } from './helpers.js';

const context = useMock();
let mock: RunningMock;
beforeAll(() => {
  mock = context.mock;
});
const json = (text: string) => JSON.parse(text);
const BUNDLE = join(import.meta.dirname, '../../client/openapi.json');
const list = COMMANDS.find((c) => c.id === 'permission-sets list');

describe('the command table', () => {
  it('runs each of the spec’s operations, with one command each', () => {
    // The bundled document of this checkout (not the one Prism's helper resolves, which in the API-change
    // drill's copy is the installed repo's).
    const spec = JSON.parse(readFileSync(BUNDLE, 'utf8')) as {
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    const operations = Object.values(spec.paths).flatMap((item) =>
      Object.values(item).flatMap((op) => (op.operationId ? [op.operationId] : [])),
    );
    expect(operations).toHaveLength(SPEC_OPERATION_COUNT);
    expect(OPERATION_COUNT).toBe(SPEC_OPERATION_COUNT);
    // Each operation is run by exactly one command.
    expect(COMMANDS.flatMap((c) => c.operations).sort()).toEqual(operations.sort());
  });
});

describe('help, offline', () => {
  it('lists every command with the spec’s summary, without a key, an endpoint or a network', async () => {
    const run = await civisTs(['--help'], { env: { CIVIS_API_ENDPOINT: 'http://127.0.0.1:9' } });
    expect(run.code).toBe(0);
    for (const command of COMMANDS) expect(run.stdout).toContain(command.id);
    expect(run.stdout).toContain(list?.summary ?? 'the command permission-sets list');
    expect(run.stdout).toMatch(/export .*\n {2}plan FILE .*\n {2}apply FILE/);
    expect(run.stdout).toContain('64 bad command line');
  });

  it('shows a command’s options in kebab-case with the spec’s bounds and docs', async () => {
    const run = await civisTs(['permission-sets', 'list', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--page-num VALUE +Page number of the results to return/);
    const direction = list?.options.find((o) => o.name === 'order-dir')?.enum;
    expect(direction, 'permission-sets list has no --order-dir with an enum: see the spec').toBeDefined();
    expect(run.stdout).toMatch(new RegExp(`--order-dir ORDER-DIR .*one of ${direction?.join(', ')}`));
    expect(run.stdout).toMatch(new RegExp(`--limit VALUE .*≤ ${PERMISSION_SET_PAGE_LIMIT}`));
    expect(run.stdout).toContain('--all');
    const grant = await civisTs(['permission-sets', 'shares', 'grant', '--help']);
    expect(grant.stdout).toMatch(/Usage: civis-ts permission-sets shares grant ID/);
    expect(grant.stdout).toMatch(/--users IDS/);
    expect(grant.stdout).toMatch(new RegExp(`--level LEVEL .*required; one of ${LEVELS.join(', ')}`));
    expect(grant.stdout).toContain('sharePermissionSetWithUsers, sharePermissionSetWithGroups');
  });

  it('lists a group’s commands', async () => {
    const run = await civisTs(['permission-sets', 'resources', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('permission-sets resources shares revoke ID NAME');
    expect(run.stdout).not.toContain('permission-sets get');
  });
});

describe('every command against the mock', () => {
  it('permission-sets list, one page and --all', async () => {
    const page = await civisTs(
      ['permission-sets', 'list', '--limit', '5', '--order', 'name', '--order-dir', 'asc'],
      { mock },
    );
    expect(page.code).toBe(0);
    const names = json(page.stdout).map((s: { name: string }) => s.name);
    expect(names).toHaveLength(5);
    expect(names).toEqual([...names].sort());
    const all = await civisTs(
      ['permission-sets', 'list', '--all', '--ndjson', '--limit', '5', '--archived', 'all'],
      { mock },
    );
    expect(all.code).toBe(0);
    const lines = all.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(mock.state.permissionSets.size);
    expect(new Set(lines.map((l) => json(l).id)).size).toBe(lines.length);
    expect(all.stderr).toBe('');
    const byAuthor = await civisTs(
      ['permission-sets', 'list', '--all', '--author', '1,2', '--archived', 'all'],
      { mock },
    );
    const expected = [...mock.state.permissionSets.values()].filter((s) => s.authorId <= 2).length;
    expect(json(byAuthor.stdout)).toHaveLength(expected);
  });

  it('permission-sets create, get, replace, update, archive', async () => {
    const created = json(
      (await civisTs(['permission-sets', 'create', '--name', 'CLI made', '--description', 'first'], { mock }))
        .stdout,
    );
    expect(created).toMatchObject({ name: 'CLI made', description: 'first' });
    const id = String(created.id);
    const got = await civisTs(['permission-sets', 'get', id, '--yaml'], { mock });
    expect(got.stdout).toContain('name: CLI made\n');
    const replaced = json(
      (await civisTs(['permission-sets', 'replace', id, '--name', 'CLI replaced'], { mock })).stdout,
    );
    expect(replaced).toMatchObject({ name: 'CLI replaced', description: null });
    const updated = json(
      (await civisTs(['permission-sets', 'update', id, '--description', 'second'], { mock })).stdout,
    );
    expect(updated).toMatchObject({ name: 'CLI replaced', description: 'second' });
    const archived = json((await civisTs(['permission-sets', 'archive', id], { mock })).stdout);
    expect(String(archived.archived)).toBe('true');
    const back = json((await civisTs(['permission-sets', 'unarchive', id], { mock })).stdout);
    expect(String(back.archived)).toBe('false');
  });

  it('permission-sets dependencies, user-permissions, transfer', async () => {
    const set = [...mock.state.permissionSets.values()].find(
      (s) => s.authorId === 1 && (mock.state.resources.get(s.id)?.size ?? 0) > 0,
    );
    expect(set).toBeDefined();
    const id = String(set?.id);
    const deps = json(
      (await civisTs(['permission-sets', 'dependencies', id, '--user-id', '1'], { mock })).stdout,
    );
    expect(deps.length).toBe(mock.state.resources.get(set?.id ?? 0)?.size);
    const perms = json((await civisTs(['permission-sets', 'user-permissions', id, '1'], { mock })).stdout);
    expect(perms.every((p: { manage: boolean }) => p.manage)).toBe(true);
    const transfer = await civisTs(
      ['permission-sets', 'transfer', id, '--user-id', '3', '--include-dependencies'],
      { mock },
    );
    expect(transfer.code).toBe(0);
    expect(json(transfer.stdout).dependencies.every((d: { shared: boolean }) => d.shared)).toBe(true);
    expect(mock.state.permissionSets.get(set?.id ?? 0)?.authorId).toBe(3);
  });

  it('permission-sets shares list, grant, revoke', async () => {
    const grant = await civisTs(
      ['permission-sets', 'shares', 'grant', '1', '--users', '3,4', '--groups', '2', '--level', 'write'],
      { mock },
    );
    expect(grant.code).toBe(0);
    const after = json((await civisTs(['permission-sets', 'shares', 'list', '1'], { mock })).stdout);
    expect(after).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'user', id: 3, level: 'write' }),
        expect.objectContaining({ kind: 'user', id: 4, level: 'write' }),
        expect.objectContaining({ kind: 'group', id: 2, level: 'write' }),
      ]),
    );
    const revoke = await civisTs(
      ['permission-sets', 'shares', 'revoke', '1', '--users', '3', '--groups', '2'],
      { mock },
    );
    expect(revoke).toMatchObject({ code: 0, stdout: '' });
    const left = json((await civisTs(['permission-sets', 'shares', 'list', '1', '--json'], { mock })).stdout);
    expect(left.map((s: { kind: string; id: number }) => `${s.kind}${s.id}`)).toEqual(
      expect.arrayContaining(['user4']),
    );
    expect(left.map((s: { kind: string; id: number }) => `${s.kind}${s.id}`)).not.toContain('user3');
  });

  it('permission-sets resources list, create, get, update, delete', async () => {
    const created = await civisTs(
      ['permission-sets', 'resources', 'create', '1', '--name', 'a/b c?', '--description', 'odd name'],
      { mock },
    );
    expect(json(created.stdout)).toMatchObject({ name: 'a/b c?', description: 'odd name' });
    const listed = json(
      (await civisTs(['permission-sets', 'resources', 'list', '1', '--all'], { mock })).stdout,
    );
    expect(listed.map((r: { name: string }) => r.name)).toContain('a/b c?');
    const got = json(
      (await civisTs(['permission-sets', 'resources', 'get', '1', 'a/b c?'], { mock })).stdout,
    );
    expect(got.description).toBe('odd name');
    const updated = json(
      (
        await civisTs(['permission-sets', 'resources', 'update', '1', 'a/b c?', '--description', 'new'], {
          mock,
        })
      ).stdout,
    );
    expect(updated.description).toBe('new');
    const deleted = await civisTs(['permission-sets', 'resources', 'delete', '1', 'a/b c?'], { mock });
    expect(deleted).toMatchObject({ code: 0, stdout: '' });
    expect(mock.state.resources.get(1)?.has('a/b c?')).toBe(false);
  });

  it('permission-sets resources shares list, grant, revoke', async () => {
    const [name] = [...(mock.state.resources.get(1)?.keys() ?? [])];
    expect(name).toBeDefined();
    const base = ['permission-sets', 'resources', 'shares'];
    const grant = await civisTs([...base, 'grant', '1', name as string, '--users', '6', '--level', 'read'], {
      mock,
    });
    expect(grant.code).toBe(0);
    const listed = json(
      (await civisTs([...base, 'list', '1', name as string, '--ndjson'], { mock })).stdout.split('\n')[0] ??
        '',
    );
    expect(listed.level).toBe('manage');
    expect(mock.state.shares.level({ permissionSetId: 1, resourceName: name as string }, 'user', 6)).toBe(
      'read',
    );
    const revoke = await civisTs([...base, 'revoke', '1', name as string, '--users', '6'], { mock });
    expect(revoke.code).toBe(0);
    expect(
      mock.state.shares.level({ permissionSetId: 1, resourceName: name as string }, 'user', 6),
    ).toBeUndefined();
  });
});

describe('errors and exit codes', () => {
  it('checks options against the spec before sending anything (exit 64)', async () => {
    for (const args of [
      ['permission-sets', 'list', '--limit', '51'],
      ['permission-sets', 'list', '--order', 'size'],
      ['permission-sets', 'list', '--author', '3,x'],
      ['permission-sets', 'get', 'abc'],
      ['permission-sets', 'get'],
      ['permission-sets', 'create'],
      ['permission-sets', 'shares', 'grant', '1', '--users', '3'],
      ['permission-sets', 'transfer', '1', '--user-id', '3'],
      ['permission-sets', 'list', '--bogus'],
      ['permission-sets', 'frobnicate'],
      ['permission-sets', 'list', '--json', '--yaml'],
    ]) {
      const run = await civisTs(args, { mock });
      expect(run.code, args.join(' ')).toBe(64);
      expect(run.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr).toMatch(/^civis-ts: /);
    }
    expect(mock.requests).toEqual([]);
  });

  it('never takes the key from the command line', async () => {
    const run = await civisTsBin(['permission-sets', 'list', '--api-key', 'secret'], { mock });
    expect(run.code).toBe(64);
    expect(run.stderr).toContain('CIVIS_API_KEY');
    const missing = await civisTsBin(['permission-sets', 'list'], {
      env: { CIVIS_API_ENDPOINT: endpointOf(mock) },
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^civis-ts: CIVIS_API_KEY is not set/);
  });

  it('reports an API error in one line without a stack, and more with --debug (exit 1)', async () => {
    const run = await civisTsBin(['permission-sets', 'get', '999'], { mock });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^civis-ts: NotFoundError: .*\(HTTP 404\)\n$/);
    const debug = await civisTsBin(['permission-sets', 'get', '999', '--debug'], { mock });
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/NotFoundError/);
    expect(debug.stderr).toMatch(/\n\s+at /);
    expect(debug.stderr).not.toContain('test-key');
  });

  it('reports a wrong key as one line', async () => {
    const run = await civisTsBin(['permission-sets', 'get', '1'], {
      env: { CIVIS_API_KEY: 'wrong', CIVIS_API_ENDPOINT: endpointOf(mock) },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^civis-ts: AuthenticationError: .*\n$/);
    expect(run.stderr).not.toContain('wrong');
  });
});
