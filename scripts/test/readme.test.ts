// The READMEs against the code they describe: the package list, the runtime table, the defaults and the
// targets are read from where they are true (package.json files, the runtime matrix, the client's config,
// the generated command table, bench/targets.ts), so a doc that drifts fails `pnpm test`. And the root
// README stays short enough to read in five minutes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TARGETS, targetsTable } from '../../bench/targets.ts';
import { COMMANDS } from '../../packages/cli/src/generated/commands.ts';
import { PUBLISHED } from '../../tests/runtimes/src/install.ts';
import { RUNTIMES } from '../../tests/runtimes/src/runtimes.ts';

const ROOT = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const README = read('README.md');
const CLI_README = read('packages/cli/README.md');

/** The text between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
function block(text: string, name: string): string {
  const match = new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)<!-- ${name}:end -->`).exec(text);
  if (!match) throw new Error(`no ${name} block`);
  return match[1] as string;
}

/** Every inline `<!-- default:NAME -->value<!-- /default -->` of a document. */
function defaults(text: string, name: string): string[] {
  return [...text.matchAll(new RegExp(`<!-- default:${name} -->([\\s\\S]*?)<!-- /default -->`, 'g'))].map(
    (m) => (m[1] as string).replace(/\s+/g, ' '),
  );
}

/** The first cells of a markdown table's body rows. */
const rows = (table: string) =>
  table
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.startsWith('| ---'))
    .slice(1)
    .map((line) =>
      line
        .split('|')
        .map((cell) => cell.trim())
        .slice(1, -1),
    );

const packages = readdirSync(join(ROOT, 'packages')).map(
  (dir) =>
    JSON.parse(read(`packages/${dir}/package.json`)) as {
      name: string;
      private?: boolean;
      engines?: { node?: string };
      bin?: Record<string, string>;
    },
);
const published = packages.filter((p) => !p.private);

describe('the root README', () => {
  it('is at most 1,200 words', () => {
    const words = README.split(/\s+/).filter(Boolean).length;
    expect(words).toBeLessThanOrEqual(1200);
  });

  it('lists exactly the published packages', () => {
    const listed = rows(block(README, 'packages')).map(
      (cells) => /`(@civis-ts\/[a-z-]+)`/.exec(cells[0] ?? '')?.[1],
    );
    expect(listed.sort()).toEqual(published.map((p) => p.name).sort());
    // RELEASING.md says how many are published, and which.
    const releasing = /^(\w+) packages are published: (.*?)\. /m.exec(
      read('RELEASING.md').replace(/([^\n])\n(?=[^\n])/g, '$1 '),
    );
    const names = [...(releasing?.[2] ?? '').matchAll(/`(@civis-ts\/[a-z-]+)`/g)].map((m) => m[1]);
    expect(names.sort()).toEqual(published.map((p) => p.name).sort());
    const count = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'][published.length] ?? '';
    expect(releasing?.[1]?.toLowerCase()).toBe(count);
  });

  it('has the runtime matrix’s rows, and says which packages it packs', () => {
    const table = rows(block(README, 'runtimes'));
    expect(table.map((cells) => cells[0])).toEqual(RUNTIMES.map((r) => r.name));
    RUNTIMES.forEach((runtime, i) => {
      const version = table[i]?.[1] ?? '';
      if (runtime.npm) expect(version, runtime.name).toBe(runtime.npm.split('@')[1]);
      else if (runtime.kind === 'node') expect(version).toContain(`Node ${runtime.name.slice(5)}`);
      else expect(version).toContain(runtime.name);
    });
    const packs = /packs (.*?) as they\s+are published/.exec(README)?.[1] ?? '';
    const named = ['client', 'sdk', 'mock', 'cli'].filter((name) =>
      new RegExp(`\\b${name}\\b`, 'i').test(packs),
    );
    expect(named.sort()).toEqual([...PUBLISHED].sort());
  });

  it('states the engines every published package declares', () => {
    for (const pkg of published)
      expect(defaults(README, 'engines'), pkg.name).toEqual([`\`${pkg.engines?.node}\``]);
  });

  it('names only pnpm commands that exist, and what CI runs', () => {
    const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: object }).scripts);
    const builtins = ['install', 'i', 'run', 'exec', 'docs'];
    // In code: the fenced blocks and the `spans` (prose may say "a pnpm built-in").
    const code = [...README.matchAll(/```[a-z]*\n([\s\S]*?)```|`([^`\n]+)`/g)]
      .map((m) => m[1] ?? m[2])
      .join('\n');
    const named = [...code.matchAll(/(?:^|\s)pnpm ([a-z][a-z:-]*)/gm)].map((m) => m[1] as string);
    expect(named).toEqual(expect.arrayContaining(['demo', 'test', 'civis-ts', 'civis-mock']));
    for (const name of named) expect([...scripts, ...builtins], `pnpm ${name}`).toContain(name);
    // Every pnpm command .ci/run runs is one the README says CI runs.
    const ci = [
      ...read('.ci/run').matchAll(/^(?:[^#\n]*?\s)?(pnpm (?:install|test)[^\s|]*(?: --[a-z-]+)?)/gm),
    ].map((m) => m[1] as string);
    expect(ci.length).toBeGreaterThanOrEqual(3);
    for (const command of ci) expect(README, command).toContain(`\`${command}\``);
  });
});

describe('defaults', () => {
  it('the endpoint, where the READMEs and the CLI’s help state it, is the client’s default', () => {
    const base = /DEFAULT_BASE_URL = '([^']+)'/.exec(read('packages/client/src/config.ts'))?.[1];
    expect(base).toMatch(/^https:\/\//);
    for (const doc of [README, CLI_README]) expect(defaults(doc, 'endpoint')).toEqual([`\`${base}\``]);
    expect(read('packages/cli/src/help.ts')).toContain(`(default ${base})`);
  });

  it('the page size the CLI asks for, and the API’s own, are the spec’s', () => {
    const limit = (id: string) => COMMANDS.find((c) => c.id === id)?.options.find((o) => o.name === 'limit');
    const sets = limit('permission-sets list');
    const resources = limit('permission-sets resources list');
    expect(defaults(CLI_README, 'page-size')).toEqual([
      `${sets?.maximum} permission sets, ${resources?.maximum} resources`,
    ]);
    expect(defaults(CLI_README, 'api-page-size')).toEqual([`${sets?.default} and ${resources?.default}`]);
  });
});

describe('the SDK README’s defaults are the SDK’s', () => {
  const SDK_README = read('packages/sdk/README.md').replace(/\s+/g, ' ');
  const civis = read('packages/sdk/src/core/civis.ts');
  const number = (pattern: RegExp, source: string) => {
    const text = pattern.exec(source)?.[1];
    expect(text, String(pattern)).toBeDefined();
    return Number(String(text).replaceAll('_', ''));
  };

  it('timeout, retries, backoff, response size', () => {
    const timeout = number(/timeout: options\.timeout \?\? ([\d_]+)/, civis);
    expect(SDK_README).toContain(`default ${timeout.toLocaleString('en').replaceAll(',', ' ')},`);
    expect(SDK_README).toContain(
      `\`maxRetries\` (default ${number(/maxRetries: options\.maxRetries \?\? (\d+)/, civis)},`,
    );
    const mib = /maxResponseBytes: options\.maxResponseBytes \?\? (\d+) \* 2 \*\* 20/.exec(civis)?.[1];
    expect(mib).toBeDefined();
    expect(SDK_README).toContain(`\`maxResponseBytes\` (default ${mib} MiB)`);
    const backoff = /DEFAULT_BACKOFF: Backoff = \{ initial: ([\d_]+), max: ([\d_]+) \}/.exec(
      read('packages/sdk/src/internal/retry.ts'),
    );
    expect(backoff).not.toBeNull();
    expect(SDK_README).toContain(
      `\`{ initial: ${backoff?.[1]?.replaceAll('_', '')}, max: ${backoff?.[2]?.replaceAll('_', '')} }\``,
    );
  });

  it('the page size and the look-ahead of list()', () => {
    const limit = (id: string) => COMMANDS.find((c) => c.id === id)?.options.find((o) => o.name === 'limit');
    expect(SDK_README).toContain(
      `(${limit('permission-sets list')?.maximum} permission sets, ${limit('permission-sets resources list')?.maximum} resources)`,
    );
    const ahead = number(
      /concurrency: options\.concurrency === undefined \? (\d+)/,
      read('packages/sdk/src/internal/send.ts'),
    );
    expect(SDK_README).toContain(`\`concurrency\` pages ahead (default ${ahead})`);
  });
});

describe('targets', () => {
  it('bench/README.md’s table is bench/targets.ts', () => {
    expect(block(read('bench/README.md'), 'targets').trim()).toBe(targetsTable());
    expect(Object.keys(TARGETS).length).toBeGreaterThan(0);
  });
});

describe('runnable from a clone', () => {
  it('the root scripts run each package’s bin', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    for (const [dir, bin] of [
      ['cli', 'civis-ts'],
      ['mock', 'civis-mock'],
    ] as const) {
      const pkg = JSON.parse(read(`packages/${dir}/package.json`)) as { bin: Record<string, string> };
      const target = pkg.bin[bin]?.replace(/^\.\//, '');
      expect(scripts[bin]).toBe(`node packages/${dir}/${target}`);
    }
  });
});
