// The API-change drill's machinery: a throwaway copy of the parts of the repo that regeneration touches
// (spec/ and the four packages, with links to the installed dependencies), a spec edit,
// regeneration, a typecheck and the completeness checks, each result recorded.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
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
import { bundleSpec, ROOT, readRepoFile, renderArtifacts, SPEC_ENTRY } from './codegen.ts';
import { diffSpecs } from './spec-diff/index.ts';
import type { Json, Level } from './spec-diff/types.ts';

const PACKAGES = ['client', 'sdk', 'mock', 'cli'];
/** What is copied: the spec and its package (@civis-ts/spec), the packages' sources and tests, the shared tsconfig. */
const COPIED = [
  'spec',
  'tsconfig.base.json',
  ...PACKAGES.flatMap((p) =>
    ['src', 'test', 'package.json', 'openapi.json', 'dist'].map((f) => `packages/${p}/${f}`),
  ),
];

/** A copy whose packages resolve each other inside it and everything else from the installed tree. */
export function copyRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'civis-drill-'));
  for (const rel of COPIED) {
    if (!existsSync(join(ROOT, rel))) continue;
    cpSync(join(ROOT, rel), join(dir, rel), {
      recursive: true,
      filter: (source) => !source.includes('node_modules'),
    });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  // The copy's packages resolve each other to their sources, not to the dist built from the old spec, so
  // a row can run the regenerated SDK, mock and CLI (their dist is kept for nothing but the copy's shape).
  for (const name of PACKAGES) toSources(join(dir, 'packages', name, 'package.json'));
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
        symlinkSync(join(dir, pkg === 'spec' ? 'spec' : `packages/${pkg}`), join(to, entry, pkg));
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

/** A long-lived typechecker (drill-tsc.ts), one request at a time. */
class Typechecker {
  readonly #child: ChildProcessWithoutNullStreams;
  #waiting: ((line: string) => void) | undefined;
  #buffer = '';

  constructor() {
    this.#child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/lib/drill-tsc.ts')], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    this.#child.stdout.on('data', (chunk: Buffer) => {
      this.#buffer += chunk.toString('utf8');
      const end = this.#buffer.indexOf('\n');
      if (end === -1) return;
      const line = this.#buffer.slice(0, end);
      this.#buffer = this.#buffer.slice(end + 1);
      this.#waiting?.(line);
    });
    this.#child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  }

  check(dir: string): Promise<string[]> {
    return new Promise((resolve, reject) => {
      this.#waiting = (line) => {
        const answer = JSON.parse(line) as { errors?: string[]; failure?: string };
        if (answer.failure) reject(new Error(`drill typecheck: ${answer.failure}`));
        else resolve(answer.errors ?? []);
      };
      this.#child.stdin.write(`${JSON.stringify({ dir })}\n`);
    });
  }

  stop(): void {
    this.#child.stdin.end();
  }
}

const idle: Typechecker[] = [];
const started: Typechecker[] = [];

/** Ends the typecheckers the drill started (each reuses what it parsed outside the copies across rows). */
export function stopTypecheckers(): void {
  for (const checker of started.splice(0)) checker.stop();
  idle.length = 0;
}

/** `tsc` over the SDK's, the mock's and the CLI's sources and `probe` (code a user would write): the errors, by file. */
export async function typecheck(dir: string, probe: string): Promise<Map<string, string[]>> {
  writeFileSync(join(dir, 'probe.ts'), probe);
  let checker = idle.pop();
  if (!checker) {
    checker = new Typechecker();
    started.push(checker);
  }
  let lines: string[];
  try {
    lines = await checker.check(dir);
  } finally {
    idle.push(checker);
  }
  const errors = new Map<string, string[]>();
  for (const line of lines) {
    const match = /^(.+?)\(\d+,\d+\): error (.*)$/.exec(line);
    if (!match) continue;
    const file = relative(dir, join(dir, match[1] as string));
    errors.set(file, [...(errors.get(file) ?? []), match[2] as string]);
  }
  return errors;
}

/** The SDK's and the mock's completeness problems, from the copy's own checks on its regenerated spec. */
export async function completeness(dir: string): Promise<{ sdk: string[]; mock: string[] }> {
  const openapi = JSON.parse(readFileSync(join(dir, 'packages/client/openapi.json'), 'utf8')) as Json;
  const { sdkProblems } = await import(join(dir, 'packages/sdk/test/completeness.ts'));
  const { mockProblems } = await import(join(dir, 'packages/mock/test/completeness.ts'));
  return { sdk: await sdkProblems(openapi), mock: await mockProblems(openapi) };
}

/** The files a maintainer is told to edit: those with a type error, and those a completeness problem names. */
export function filesToEdit(errors: Map<string, string[]>, problems: string[]): string[] {
  const files = new Set([...errors.keys()].filter((file) => file !== 'probe.ts'));
  // Every file a message names, but the list of what is deliberately not exposed: that is the other way out.
  for (const problem of problems) {
    for (const [named] of problem.matchAll(/packages\/[\w./-]+?(\.ts|\/)(?=[\s),;:]|$)/g)) {
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
