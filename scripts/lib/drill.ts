// The API-change drill's machinery: a throwaway copy of the parts of the repo that regeneration touches
// (spec/ and the four packages, with links to the installed dependencies), a spec edit,
// regeneration, a typecheck and the completeness checks, each result recorded.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { type SdkMember, sdkMembers, sdkProgram } from '@civis-ts/spec/sdk-methods';
import { bundleSpec, ROOT, readRepoFile, renderArtifacts, SPEC_ENTRY } from './codegen.ts';
import { diffSpecs } from './spec-diff/index.ts';
import type { Json, Level } from './spec-diff/types.ts';

const PACKAGES = ['client', 'sdk', 'mock', 'cli'];
/** `@civis-ts/prism-check`, the packages' test helper that runs Prism on the spec. */
const PRISM = 'tests/prism';
/**
 * What is copied: the spec and its package (@civis-ts/spec), the packages' sources and tests, the shared
 * tsconfig, and the SDK's built declarations (the deprecation row marks them). No other dist: the copy
 * runs its sources, and `pnpm test` starts the drill once the SDK is built, while the CLI's build still writes.
 */
const COPIED = [
  'spec',
  'tsconfig.base.json',
  'packages/sdk/dist',
  ...PACKAGES.flatMap((p) =>
    ['src', 'test', 'scripts', 'package.json', 'tsconfig.json', 'openapi.json'].map(
      (f) => `packages/${p}/${f}`,
    ),
  ),
];

/**
 * What the full drill copies besides: each package whole (its suites' configs, fixtures, README), the docs
 * its tests read, and the Prism helper the suites start Prism with (it serves the spec it resolves from
 * `@civis-ts/client`: in the copy, the regenerated one).
 */
const COPIED_FOR_SUITES = [
  ...PACKAGES.map((p) => `packages/${p}`),
  PRISM,
  'README.md',
  'RELEASING.md',
  'CONTRIBUTING.md',
  'package.json',
];

/**
 * A copy whose packages resolve each other inside it and everything else from the installed tree; with
 * `forSuites`, with all that the packages' own test suites read.
 */
export function copyRepo(forSuites = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'civis-drill-'));
  for (const rel of forSuites ? [...COPIED, ...COPIED_FOR_SUITES] : COPIED) {
    if (!existsSync(join(ROOT, rel))) continue;
    cpSync(join(ROOT, rel), join(dir, rel), {
      recursive: true,
      force: true,
      filter: (source) => !source.includes('node_modules'),
    });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  // A suite that runs a root script (`pnpm civis-mock`) must not make pnpm install first: the copy is no
  // workspace pnpm knows, and the install would rewrite the repo's node_modules, which the copy links to.
  if (forSuites) writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'verifyDepsBeforeRun: false\n');
  // The copy's packages resolve each other to their sources, not to the dist built from the old spec, so
  // a row can run the regenerated SDK, mock and CLI.
  for (const name of PACKAGES) toSources(join(dir, 'packages', name, 'package.json'));
  if (forSuites) {
    mkdirSync(join(dir, PRISM, 'node_modules/@civis-ts'), { recursive: true });
    symlinkSync(join(dir, 'packages/client'), join(dir, PRISM, 'node_modules/@civis-ts/client'));
  }
  for (const name of PACKAGES) {
    const from = join(ROOT, 'packages', name, 'node_modules');
    const to = join(dir, 'packages', name, 'node_modules');
    for (const entry of existsSync(from) ? readdirSync(from) : []) {
      if (entry === '.bin') continue;
      if (entry !== '@civis-ts') {
        mkdirSync(to, { recursive: true });
        symlinkSync(realpathSync(join(from, entry)), join(to, entry));
        continue;
      }
      mkdirSync(join(to, entry), { recursive: true });
      for (const pkg of readdirSync(join(from, entry))) {
        // The copied packages to their copies; the Prism helper to its copy in the full drill (else to the
        // installed one, which would run Prism on the repo's spec, not the copy's).
        const copied = pkg === 'spec' || PACKAGES.includes(pkg);
        const target = copied
          ? join(dir, pkg === 'spec' ? 'spec' : `packages/${pkg}`)
          : pkg === 'prism-check' && forSuites
            ? join(dir, PRISM)
            : realpathSync(join(from, entry, pkg));
        symlinkSync(target, join(to, entry, pkg));
      }
    }
  }
  // The SDK, the mock and the CLI typechecked against the copy's regenerated client types (its dist has the old
  // ones): the types the spec makes, and the config functions from their own source. Not client.ts:
  // checking openapi-fetch's client type against every path costs about 8 s of CPU a copy, and no spec
  // change alters it (the repo's own typecheck and the contract tests check it).
  writeFileSync(
    join(dir, 'client-types.ts'),
    `export type * from './packages/client/src/generated/schema.js';
export type * from './packages/client/src/schemas.js';
export type { CallInit, CallMethod, CallResult, Data, Operation, PathOf, Verb } from './packages/client/src/call-types.js';
export * from './packages/client/src/config.js';
`,
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: './tsconfig.base.json',
      // The CLI against the copy's SDK sources, whose dist is as old as the client's.
      compilerOptions: {
        noEmit: true,
        paths: {
          '@civis-ts/client': ['./client-types.ts'],
          '@civis-ts/sdk': ['./packages/sdk/src/index.ts'],
          '@civis-ts/sdk/sync': ['./packages/sdk/src/sync.ts'],
        },
      },
      include: ['packages/sdk/src', 'packages/mock/src', 'packages/cli/src', 'probe.ts'],
    }),
  );
  return dir;
}

/** Points a copied package.json's entries (`./dist/x.js`, `./dist/x.d.ts`) at its sources (`./src/x.ts`). */
function toSources(manifest: string): void {
  if (!existsSync(manifest)) return;
  const text = readFileSync(manifest, 'utf8').replace(
    /"\.\/dist\/([\w./-]+?)\.(?:d\.c?ts|c?js)"/g,
    (_, name: string) => `"./src/${name}.ts"`,
  );
  writeFileSync(manifest, text);
}

export function editSpec(dir: string, edit: (spec: string) => string): void {
  const path = join(dir, SPEC_ENTRY);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error('drill: the spec edit changed nothing');
  writeFileSync(path, after);
}

/**
 * A fresh copy (see copyRepo) in the state `from` was regenerated to: its spec and the generated files
 * `changed`. The drill's fix runs there, not in `from`, whose modules the first completeness check has
 * loaded (vitest keeps a module by its path, so a second import there would not see the fix).
 */
export function copyOf(from: string, changed: string[], forSuites = false): string {
  const dir = copyRepo(forSuites);
  for (const rel of [SPEC_ENTRY, ...changed]) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    cpSync(join(from, rel), join(dir, rel));
  }
  return dir;
}

/** A maintainer's edit after regeneration: each file (a path of the repo) from its text before, '' if new. */
export type Fix = Record<string, (text: string) => string>;

/** Makes the edits of `fix` in the copy; the files it edited. */
export function applyFix(dir: string, fix: Fix): string[] {
  for (const [rel, edit] of Object.entries(fix)) {
    const path = join(dir, rel);
    const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
    let after: string;
    try {
      after = edit(before);
    } catch (error) {
      throw new Error(
        `drill: the fix of ${rel}: ${(error as Error).message}: the fix edits the file as it was; once it ` +
          'changes there, update the fix in scripts/test/api-change-drill.test.ts',
      );
    }
    if (after === before) throw new Error(`drill: the fix changed nothing in ${rel}`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, after);
  }
  return Object.keys(fix).sort();
}

/** `pnpm generate` in the copy; the generated files it rewrote. */
export async function regenerate(dir: string): Promise<string[]> {
  const changed: string[] = [];
  for (const [rel, content] of await renderArtifacts(join(dir, SPEC_ENTRY))) {
    if (readRepoFile(rel, dir) === content) continue;
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
    changed.push(rel);
  }
  return changed;
}

/** The bump spec:diff gives for the copy's spec against `base` (a bundled spec). */
export async function bumpOf(base: Json, dir: string): Promise<{ bump: Level | undefined; kinds: string[] }> {
  const diff = diffSpecs(base, await bundleSpec(join(dir, SPEC_ENTRY)));
  return { bump: diff.bump, kinds: [...new Set(diff.changes.map((c) => c.kind))] };
}

/** The native compiler's (tsgo) output over a copy, as `pnpm typecheck` runs it: one line per error. */
function tsgo(dir: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/tsgo'), ['-p', 'tsconfig.json', '--pretty', 'false'], {
      cwd: dir,
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      // A message's chained lines are indented under its first: one line per error, as tsc flattens them.
      const lines = out
        .replace(/\n[ \t]+/g, ' ')
        .split('\n')
        .filter(Boolean);
      if (code !== 0 && !lines.some((line) => / error TS\d+:/.test(line)))
        reject(new Error(`drill typecheck: tsgo exited ${code}: ${out}`));
      else resolve(lines);
    });
  });
}

/**
 * The typecheck (tsgo) over the SDK's, the mock's and the CLI's sources and `probe` (code a user would
 * write): the errors, by file; and the SDK's members (which operations each method calls), from the scan
 * the SDK's build and completeness check make.
 */
export async function typecheck(
  dir: string,
  probe: string,
  /** The members as read before, when the SDK's sources have not changed since: the scan is not made again. */
  known?: SdkMember[],
): Promise<{ errors: Map<string, string[]>; members: SdkMember[] }> {
  writeFileSync(join(dir, 'probe.ts'), probe);
  const sdk = join(dir, 'packages/sdk');
  const [lines, members] = await Promise.all([tsgo(dir), known ?? sdkMembers(sdkProgram(sdk), sdk)]);
  const errors = new Map<string, string[]>();
  for (const line of lines) {
    const match = /^(.+?)\(\d+,\d+\): error (.*)$/.exec(line);
    if (!match) continue;
    const file = relative(dir, join(dir, match[1] as string));
    errors.set(file, [...(errors.get(file) ?? []), match[2] as string]);
  }
  return { errors, members };
}

/**
 * The SDK's and the mock's completeness problems, from the copy's own checks on its regenerated spec
 * (the SDK's members as the drill's typecheck read them); a side given in `known` (its sources unchanged
 * since it was checked) is not checked again.
 */
export async function completeness(
  dir: string,
  members: SdkMember[],
  known: { sdk?: string[]; mock?: string[] } = {},
): Promise<{ sdk: string[]; mock: string[] }> {
  const openapi = JSON.parse(readFileSync(join(dir, 'packages/client/openapi.json'), 'utf8')) as Json;
  const sdk = async () => {
    const { sdkProblems } = await import(join(dir, 'packages/sdk/test/completeness.ts'));
    return (await sdkProblems(openapi, members)) as string[];
  };
  const mock = async () => {
    const { mockProblems } = await import(join(dir, 'packages/mock/test/completeness.ts'));
    return (await mockProblems(openapi)) as string[];
  };
  return { sdk: known.sdk ?? (await sdk()), mock: known.mock ?? (await mock()) };
}

/** The files a maintainer is told to edit: those with a type error, and those a completeness problem names. */
export function filesToEdit(errors: Map<string, string[]>, problems: string[]): string[] {
  const files = new Set([...errors.keys()].filter((file) => file !== 'probe.ts'));
  // Every file a message names, but the list of what is deliberately not exposed: that is the other way out.
  for (const problem of problems) {
    for (const [named] of problem.matchAll(/packages\/[\w./-]+?(\.ts|\/)(?=[\s),;:]|\.(?:\s|$)|$)/g)) {
      if (!named.endsWith('not-exposed.ts')) files.add(named);
    }
  }
  return [...files].sort();
}

export function removeCopy(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface CliRun {
  code: number;
  stderr: string;
  /** What reached the server: method, path and query as sent. */
  requests: { method: string; url: string; body: string }[];
}

let cliTurn: Promise<unknown> = Promise.resolve();

/**
 * `civis-ts ARGV` from the copy's regenerated sources, against a server that records each request and
 * answers `answer` (by default an empty page to a GET, an empty object to anything else). One at a time: the CLI reads its key and endpoint from the environment.
 */
export function runCopyCli(dir: string, argv: string[], answer?: unknown): Promise<CliRun> {
  const turn = cliTurn.then(async () => {
    const requests: CliRun['requests'] = [];
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => {
        body += chunk.toString('utf8');
      });
      request.on('end', () => {
        requests.push({ method: request.method ?? '', url: request.url ?? '', body });
        const list = request.method === 'GET';
        response.writeHead(200, {
          'Content-Type': 'application/json',
          ...(list && { 'X-Pagination-Total-Pages': '1', 'X-Pagination-Total-Entries': '0' }),
        });
        response.end(answer === undefined ? (list ? '[]' : '{}') : JSON.stringify(answer));
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const saved = { key: process.env.CIVIS_API_KEY, endpoint: process.env.CIVIS_API_ENDPOINT };
    const write = process.stderr.write.bind(process.stderr);
    const out = process.stdout.write.bind(process.stdout);
    let stderr = '';
    process.env.CIVIS_API_KEY = 'drill-key';
    process.env.CIVIS_API_ENDPOINT = `http://127.0.0.1:${port}`;
    process.stderr.write = ((chunk: string) => {
      stderr += chunk;
      return true;
    }) as typeof process.stderr.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      const { run } = await import(join(dir, 'packages/cli/src/main.ts'));
      const code = (await run(argv)) as number;
      return { code, stderr, requests };
    } finally {
      process.stderr.write = write;
      process.stdout.write = out;
      process.env.CIVIS_API_KEY = saved.key;
      process.env.CIVIS_API_ENDPOINT = saved.endpoint;
      if (saved.key === undefined) delete process.env.CIVIS_API_KEY;
      if (saved.endpoint === undefined) delete process.env.CIVIS_API_ENDPOINT;
      await new Promise((done) => server.close(done));
    }
  });
  cliTurn = turn.catch(() => undefined);
  return turn;
}

/** Runs `command` in package `name` of the copy, with the installed binaries (the package's own first) on the PATH. */
function sh(command: string, dir: string, name: string): Promise<{ code: number; output: string }> {
  const cwd = join(dir, 'packages', name);
  const bins = [join(ROOT, 'packages', name, 'node_modules/.bin'), join(ROOT, 'node_modules/.bin')];
  return new Promise((done) => {
    const child = spawn('sh', ['-c', command], {
      cwd,
      env: {
        ...process.env,
        PATH: [...bins, process.env.PATH].join(':'),
        CI: 'true',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        UPDATE_DRILL_TABLE: '',
        DRILL_SUITES: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

/**
 * The full drill's build of a copy made with `copyRepo(true)`, as `pnpm regen` builds: each package in
 * dependency order with its own `build` script, its package.json's entries back at dist/ (so its suites
 * run what a user installs), and only when neither it nor a package it needs has a type error (`broken`,
 * from the drill's typecheck) or failed to build. A package not built has no dist at all: nothing runs an
 * old build as the new one. Each package's outcome.
 */
export async function buildCopy(dir: string, broken: Set<string>): Promise<Map<string, string>> {
  const outcome = new Map<string, string>();
  // What each needs first, its test dependencies included (the SDK's suites run against the built mock).
  for (const name of ['client', 'mock', 'sdk', 'cli']) {
    const root = join(dir, 'packages', name);
    const manifest = readFileSync(join(ROOT, 'packages', name, 'package.json'), 'utf8');
    writeFileSync(join(root, 'package.json'), manifest);
    const {
      dependencies = {},
      devDependencies = {},
      scripts = {},
    } = JSON.parse(manifest) as Record<string, Record<string, string>>;
    const needs = Object.keys({ ...dependencies, ...devDependencies })
      .map((dep) => dep.replace('@civis-ts/', ''))
      .filter((dep) => PACKAGES.includes(dep));
    const blocked = broken.has(name)
      ? 'type errors'
      : needs.find((dep) => outcome.get(dep) !== 'built')
        ? `${needs.find((dep) => outcome.get(dep) !== 'built')} not built`
        : undefined;
    rmSync(join(root, 'dist'), { recursive: true, force: true });
    if (blocked) {
      outcome.set(name, `not built (${blocked})`);
      continue;
    }
    const { code } = await sh(scripts.build ?? 'tsup', dir, name);
    outcome.set(name, code === 0 ? 'built' : 'build failed');
  }
  return outcome;
}

export interface SuiteRun {
  /** The package whose suites ran. */
  suite: string;
  passed: boolean;
  /** vitest's count of test files, e.g. `1 failed | 16 passed (17)`. */
  files: string;
  /** The failing test files, as vitest names them. */
  failed: string[];
}

/**
 * Every package's vitest suites (each package's own config, every project of it) in a copy made with
 * `copyRepo(true)`, one package after the other: passed or not, with vitest's counts.
 */
export async function runSuites(dir: string, built: Map<string, string>): Promise<SuiteRun[]> {
  const runs: SuiteRun[] = [];
  for (const suite of PACKAGES) {
    const state = built.get(suite) ?? 'not built';
    if (state !== 'built') {
      runs.push({ suite, passed: false, files: state, failed: [] });
      continue;
    }
    const { code, output } = await sh(`node ${join(ROOT, 'node_modules/vitest/vitest.mjs')} run`, dir, suite);
    const plain = stripVTControlCharacters(output);
    runs.push({
      suite,
      passed: code === 0,
      files: /Test Files\s+(.+)/.exec(plain)?.[1]?.trim() ?? `no summary (exit ${code})`,
      failed: [
        ...new Set(
          [...plain.matchAll(/^\s*FAIL\s+(?:\|[^|]+\|\s+)?(test\/\S+\.test\.ts)/gm)].map(
            (m) => m[1] as string,
          ),
        ),
      ],
    });
  }
  return runs;
}
