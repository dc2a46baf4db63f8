// Prism is an optional peer: where it is not installed, asking for validation is a typed error that says
// what to install. (The packed package installed without Prism is exercised by tests/runtimes.)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { PrismNotInstalledError } from '../src/index.js';
import { prismBin } from '../src/prism-bin.js';

const empty = mkdtempSync(join(tmpdir(), 'civis-no-prism-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

it('finds the installed Prism CLI', () => {
  expect(existsSync(prismBin())).toBe(true);
});

it('throws PrismNotInstalledError, naming the package and the way out, where Prism is not installed', () => {
  const error = (() => {
    try {
      prismBin(pathToFileURL(join(empty, 'app.js')).href);
    } catch (caught) {
      return caught;
    }
  })();
  expect(error).toBeInstanceOf(PrismNotInstalledError);
  expect(error).toMatchObject({ name: 'PrismNotInstalledError', code: 'PRISM_NOT_INSTALLED' });
  expect((error as Error).message).toContain('npm i -D @stoplight/prism-cli@5.14.2');
  expect((error as Error).message).toContain('validate: false');
});
