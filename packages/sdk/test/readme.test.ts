// Runs every ```ts block of the READMEs that uses the SDK against the mock, so the documented examples stay true.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_KEY, useMock } from './mock/start.js';

const tsBlocks = (readme: string) =>
  [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string);
const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
// The SDK's README, and the SDK examples of the repository's README.
const blocks = [
  ...tsBlocks(read('../README.md')),
  ...tsBlocks(read('../../../README.md')).filter((code) => code.includes("from '@civis-ts/sdk'")),
];
const sdk = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const debug = fileURLToPath(new URL('../src/debug.ts', import.meta.url));
const sync = fileURLToPath(new URL('../src/sync.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'civis-sdk-readme-'));

const ctx = useMock();
beforeAll(() => {
  vi.stubEnv('CIVIS_API_KEY', API_KEY);
  vi.stubEnv('CIVIS_API_ENDPOINT', ctx.mock.url);
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
});
afterAll(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('README examples', () => {
  it('has examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(8);
  });

  it.each(blocks.map((code, i) => [i + 1, code] as const))('block %i runs', async (index, code) => {
    ctx.mock.state.reset();
    const file = join(dir, `block-${index}.ts`);
    const source = code
      .replaceAll("from '@civis-ts/sdk'", `from ${JSON.stringify(sdk)}`)
      .replaceAll("from '@civis-ts/sdk/debug'", `from ${JSON.stringify(debug)}`)
      .replaceAll("from '@civis-ts/sdk/sync'", `from ${JSON.stringify(sync)}`);
    writeFileSync(file, source);
    await import(/* @vite-ignore */ file);
  });
});
