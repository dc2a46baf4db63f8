// What `pnpm regen` tells the maintainer, from output as turbo, tsc and vitest print it.
import { describe, expect, it } from 'vitest';
import { ROOT } from '../lib/codegen.ts';
import { failedTasks, failedTests, packageDirs, regenReport, typeErrors } from '../lib/regen-report.ts';

const dirs = packageDirs(ROOT);
const TYPECHECK = `@civis-ts/cli:typecheck: cache miss, executing 1234
@civis-ts/cli:typecheck: src/acl/render.ts(41,22): error TS2339: Property 'description' does not exist on type 'PermissionSet'.
@civis-ts/cli:typecheck: src/acl/render.ts(57,9): error TS2339: Property 'description' does not exist on type 'PermissionSet'.
@civis-ts/sdk:typecheck: test/types.test.ts(30,5): error TS2344: Type '"read"' does not satisfy the constraint.
@civis-ts/cli:build: src/acl/render.ts(41,22): error TS2339: Property 'description' does not exist on type 'PermissionSet'.
 Tasks:    6 successful, 8 total
Failed:    @civis-ts/cli#build, @civis-ts/cli#typecheck
`;
const TESTS = `@civis-ts/mock:test:  FAIL  test/completeness.test.ts > the fake produces every response field
@civis-ts/mock:test: - Expected
@civis-ts/mock:test: + Received
@civis-ts/mock:test: -   Array []
@civis-ts/mock:test: +   Array [
@civis-ts/mock:test: +   "the fake never produces the response field PermissionSet.lastUsedAt (answered by getPermissionSet): set it where the fake builds the answer (packages/mock/src/routes/wire.ts or the route).",
@civis-ts/mock:test: +   ]
@civis-ts/mock:test:  FAIL  test/completeness.test.ts > the fake produces every response field
@civis-ts/sdk:test:  FAIL   sdk  test/completeness.test.ts > the SDK covers the spec > reaches every operation
@civis-ts/sdk:test:  FAIL   through prism  test/mock/methods.test.ts [ test/mock/methods.test.ts ]
Failed:    @civis-ts/mock#test
`;

describe('regen report', () => {
  it('finds every workspace package', () => {
    expect(dirs.get('@civis-ts/cli')).toBe('packages/cli');
    expect(dirs.get('@civis-ts/spec')).toBe('spec');
    expect(dirs.get('@civis-ts/contract-tests')).toBe('tests/contract');
  });

  it('names each file with a type error by its path in the repo, with the lines', () => {
    const errors = typeErrors(TYPECHECK, dirs);
    expect([...errors.keys()]).toEqual(['packages/cli/src/acl/render.ts', 'packages/sdk/test/types.test.ts']);
    // The build's compile and the typecheck report line 41 alike: it is listed once.
    expect(errors.get('packages/cli/src/acl/render.ts')).toEqual([
      expect.stringMatching(/^line 41: TS2339: Property 'description'/),
      expect.stringMatching(/^line 57: TS2339: Property 'description'/),
    ]);
  });

  it('names each failed test file once, and the failed tasks', () => {
    expect([...failedTests(TESTS, dirs)]).toEqual([
      ['packages/mock/test/completeness.test.ts', ['the fake produces every response field']],
      // A package with several vitest projects: the project's name comes before the file.
      ['packages/sdk/test/completeness.test.ts', ['the SDK covers the spec > reaches every operation']],
      ['packages/sdk/test/mock/methods.test.ts', ['(the file failed to run)']],
    ]);
    expect(failedTasks(`${TYPECHECK}${TESTS}`)).toEqual([
      '@civis-ts/cli#build',
      '@civis-ts/cli#typecheck',
      '@civis-ts/mock#test',
    ]);
  });

  it('fails naming the files to edit, and passes when every step passed', () => {
    const failed = regenReport(
      [
        { name: 'generate', ok: true, output: '' },
        { name: 'spec lint', ok: false, output: 'boom', hint: 'edit spec/openapi.yaml where redocly says' },
        { name: 'typecheck', ok: false, output: TYPECHECK },
        { name: 'build and tests', ok: false, output: TESTS },
      ],
      dirs,
    );
    expect(failed.ok).toBe(false);
    expect(failed.text).toContain('edit spec/openapi.yaml where redocly says');
    expect(failed.text).toContain('edit packages/cli/src/acl/render.ts');
    expect(failed.text).toContain('failed packages/mock/test/completeness.test.ts');
    // What the check said: the field and the file.
    expect(failed.text).toContain(
      '- the fake never produces the response field PermissionSet.lastUsedAt (answered by getPermissionSet): set it where the fake builds the answer (packages/mock/src/routes/wire.ts or the route).',
    );
    expect(failed.text).toContain('nothing was built from code that does not typecheck');
    const passed = regenReport([{ name: 'generate', ok: true, output: 'ok' }], dirs);
    expect(passed).toEqual({ ok: true, text: expect.stringContaining('✓ generate') });
  });
});
