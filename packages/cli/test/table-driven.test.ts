// A command the spec gains runs with no hand edit: one with no handler in operation.ts goes through
// `civis.raw`, its path, query and body placed by its table entry (here the existing `get` operation,
// taken as if it were new); its help marks what the spec deprecates.
import { Readable, Writable } from 'node:stream';
import { beforeEach, expect, it } from 'vitest';
import type { CommandSpec } from '../src/command-spec.js';
import { commandHelp, groupHelp } from '../src/help.js';
import type { Io } from '../src/io.js';
import { runOperation } from '../src/operation.js';
import type { Command } from '../src/registry.js';
import { API_KEY, useMock } from './helpers.js';

const context = useMock({ validate: false });
let written = '';
beforeEach(() => {
  written = '';
});
/** Pipes for the run, its stdout kept in `written`, with the key and the mock's endpoint. */
const io = (): Io => ({
  stdin: Readable.from([]),
  stdout: new Writable({
    write(chunk, _, done) {
      written += String(chunk);
      done();
    },
  }),
  stderr: new Writable({ write: (_, __, done) => done() }),
  env: { CIVIS_API_KEY: API_KEY, CIVIS_API_ENDPOINT: context.mock.url },
});

const unhandled = (spec: Partial<CommandSpec>): Command => ({
  id: 'permission-sets clone',
  operations: ['clonePermissionSet'],
  summary: 'Clone a permission set',
  positionals: [],
  options: [],
  paginated: false,
  flags: [],
  load: async () => runOperation,
  ...spec,
});
const ID = { name: 'id', field: 'id', property: 'id', in: 'path', type: 'integer', required: true } as const;

it('runs a command with no handler through civis.raw, by its table entry', async () => {
  const command = unhandled({ method: 'GET', path: '/permission_sets/{id}', positionals: [ID] });
  const code = await runOperation(command, { values: { id: 1 }, flags: { json: true }, rest: [] }, io());
  expect(code).toBe(0);
  expect(JSON.parse(written)).toMatchObject({ id: 1 });
  expect(context.mock.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /permission_sets/1']);
});

it('sends its query options by their wire names and its body fields', async () => {
  const page = {
    ...ID,
    name: 'page-num',
    field: 'page_num',
    property: 'pageNum',
    in: 'query',
    required: false,
  };
  const list = unhandled({ method: 'GET', path: '/permission_sets', options: [page as never] });
  await runOperation(list, { values: { 'page-num': 2 }, flags: { json: true }, rest: [] }, io());
  expect(context.mock.requests[0]).toMatchObject({ path: '/permission_sets', query: { page_num: '2' } });
  written = '';
  const name = { name: 'name', field: 'name', property: 'name', in: 'body', type: 'string', required: true };
  const create = unhandled({ method: 'POST', path: '/permission_sets', options: [name as never] });
  await runOperation(create, { values: { name: 'cloned' }, flags: { json: true }, rest: [] }, io());
  expect(JSON.parse(written)).toMatchObject({ name: 'cloned' });
});

it('fails with the status the API answered', async () => {
  const command = unhandled({ method: 'GET', path: '/permission_sets/{id}', positionals: [ID] });
  await expect(runOperation(command, { values: { id: 999999 }, flags: {}, rest: [] }, io())).rejects.toThrow(
    /GET \/permission_sets\/\{id\} answered HTTP 404/,
  );
});

it('marks a deprecated command in its help and in the list', () => {
  const command = unhandled({ deprecated: ['clonePermissionSet'] });
  expect(commandHelp(command)).toContain('Deprecated: the spec marks clonePermissionSet deprecated.');
  expect(groupHelp([command], '')).toMatch(/permission-sets clone +Clone a permission set \(deprecated\)/);
});
