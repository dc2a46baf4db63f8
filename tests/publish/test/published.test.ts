// The checks the publish test applies to installed packages, shown to catch what they claim to.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { packageProblems } from './helpers/published.ts';

const dirs: string[] = [];

function fakePackage(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'civis-published-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const clean = {
  'package.json': JSON.stringify({
    name: '@civis-ts/x',
    version: '1.0.0',
    dependencies: { '@civis-ts/y': '1.0.0' },
  }),
  'README.md': '# x\n',
  LICENSE: 'MIT\n',
  'dist/index.js': 'export const x = 1;\n',
};

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('packageProblems', () => {
  it('passes a clean package', () => {
    expect(packageProblems(fakePackage(clean), ['/home/someone/civis-ts'])).toEqual([]);
  });

  it('names every problem of a sloppy one', () => {
    const dir = fakePackage({
      'package.json': JSON.stringify({ name: '@civis-ts/x', dependencies: { '@civis-ts/y': 'workspace:*' } }),
      'dist/index.js': '// built in /home/someone/civis-ts/packages/x\n',
      'dist/index.js.map': '{"version":3,"sources":["/home/someone/civis-ts/packages/x/src/index.ts"]}',
      'dist/client.test.js': '',
      'test/helpers.js': '',
    });
    expect(packageProblems(dir, ['/home/someone/civis-ts']).sort()).toEqual(
      [
        'missing README.md',
        'missing LICENSE',
        'test file published: dist/client.test.js',
        'test file published: test/helpers.js',
        'dist/index.js contains the absolute path /home/someone/civis-ts',
        'dist/index.js.map contains the absolute path /home/someone/civis-ts',
        'dist/index.js.map is a source map with absolute source paths',
        'package.json still has a workspace: range',
      ].sort(),
    );
  });
});
