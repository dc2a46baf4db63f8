// The release, for real: `pnpm release` from a copy of the repo to a local Verdaccio, then a user's
// install of @civis-ts/sdk with npm and with pnpm in fresh projects outside the workspace, and ESM and
// CJS scripts that talk to the installed mock. Everything lives in one temp dir, removed at the end.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageProblems } from './helpers/published.ts';
import { copyRepo, REPO_ROOT } from './helpers/repo-copy.ts';
import { run } from './helpers/run.ts';
import { PREFIX, recordPid, sweepStale } from './helpers/sweep.ts';
import { type RunningVerdaccio, startVerdaccio } from './helpers/verdaccio.ts';

const PACKAGES = ['client', 'sdk', 'mock', 'cli'];
const FIXTURES = join(import.meta.dirname, 'fixtures');

sweepStale(tmpdir());
const work = mkdtempSync(join(tmpdir(), PREFIX));
recordPid(work, 'owner', process.pid);
const repo = join(work, 'repo');
const removeWork = () => rmSync(work, { recursive: true, force: true });
// Verdaccio's helper kills it on these signals; the temp dir goes too, then the process ends as asked.
const onSignal = (signal: NodeJS.Signals) => {
  removeWork();
  process.exit(signal === 'SIGINT' ? 130 : 143);
};
process.once('exit', removeWork);
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);

let registry: RunningVerdaccio;
/** The copy's removal (its node_modules: some 40,000 files), under way while the consumers install. */
let copyRemoved: Promise<void> | undefined;
const released: Record<string, string> = {};
const started = Date.now();

// The registry starts while the repo is copied (and the copy installed): neither waits for the other.
beforeAll(async () => {
  const copied = (async () => {
    mkdirSync(repo);
    await copyRepo(repo);
  })();
  const starting = startVerdaccio(join(work, 'verdaccio'));
  const [verdaccio] = await Promise.allSettled([starting, copied]);
  if (verdaccio.status === 'fulfilled') {
    registry = verdaccio.value;
    recordPid(work, 'verdaccio', registry.pid);
  }
  await Promise.all([starting, copied]);
});

afterAll(async () => {
  await registry?.stop();
  await copyRemoved;
  removeWork();
  process.off('exit', removeWork);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  console.log(`publish-and-install wall time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

interface Manifest {
  version: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** The real directory of package `name` as required from `fromDir`. */
function installedDir(fromDir: string, name: string): string {
  return dirname(realpathSync(createRequire(join(fromDir, 'noop.js')).resolve(`${name}/package.json`)));
}

function readJson(path: string): Manifest {
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

describe('pnpm release to a local registry', () => {
  it('versions, builds and publishes every package from a copy of the repo', async () => {
    const before = readJson(join(repo, 'packages/client/package.json')).version as string;
    // A pending changeset, as a release would have: every package gets a minor bump.
    const bumps = PACKAGES.map((p) => `'@civis-ts/${p}': minor`).join('\n');
    writeFileSync(
      join(repo, '.changeset/publish-test.md'),
      `---\n${bumps}\n---\n\nRelease from the publish test.\n`,
    );
    // A literal token in the copy's .npmrc: pnpm does not expand ${VAR} there, and the copy is thrown away.
    const host = registry.url.replace(/^http:/, '');
    writeFileSync(
      join(repo, '.npmrc'),
      `registry=${registry.url}\n@civis-ts:registry=${registry.url}\n${host}:_authToken=${registry.token}\n`,
    );
    await run('pnpm', ['release'], {
      cwd: repo,
      env: { npm_config_registry: registry.url },
      timeoutMs: 600_000,
    });

    for (const p of PACKAGES) {
      released[p] = readJson(join(repo, `packages/${p}/package.json`)).version;
      const packument = (await (await fetch(new URL(`@civis-ts%2f${p}`, registry.url))).json()) as {
        versions: Record<string, unknown>;
      };
      expect(Object.keys(packument.versions), p).toContain(released[p]);
    }
    expect(released.client).not.toBe(before);
    // The version step keeps VERSION and the release baseline in line, and publish tags the release.
    expect(readFileSync(join(repo, 'packages/client/src/version.ts'), 'utf8')).toContain(
      `'${released.client}'`,
    );
    expect(existsSync(join(repo, 'spec/.released/openapi.json'))).toBe(true);
    const tags = await run('git', ['tag', '--list'], { cwd: repo });
    expect(tags).toContain(`@civis-ts/client@${released.client}`);
    // The working tree is untouched: only the copy was versioned.
    expect(readJson(join(REPO_ROOT, 'packages/client/package.json')).version).toBe(before);
    // Nothing reads the copy from here on; removing it takes seconds of disk work, so it overlaps the installs.
    // A failure here is not lost: removeWork() removes whatever is left, or throws.
    copyRemoved = rm(repo, { recursive: true, force: true }).catch(() => {});
  });

  for (const manager of ['npm', 'pnpm'] as const) {
    it(`installs @civis-ts/sdk and @civis-ts/cli with ${manager} in a fresh project and runs ESM and CJS scripts and the CLI on the mock`, async () => {
      expect(released.sdk, 'the release step must have run').toBeDefined();
      const project = join(work, `consumer-${manager}`);
      mkdirSync(project);
      writeFileSync(
        join(project, 'package.json'),
        JSON.stringify({ name: `consumer-${manager}`, private: true }),
      );
      // Only @civis-ts comes from the local registry; everything else from the usual one.
      writeFileSync(join(project, '.npmrc'), `@civis-ts:registry=${registry.url}\n`);
      const specs = [
        `@civis-ts/sdk@${released.sdk}`,
        `@civis-ts/mock@${released.mock}`,
        `@civis-ts/cli@${released.cli}`,
      ];
      // Caches and stores inside `work`, so the test leaves nothing behind on the machine.
      if (manager === 'npm') {
        await run(
          'npm',
          ['install', '--no-audit', '--no-fund', '--cache', join(work, 'npm-cache'), ...specs],
          {
            cwd: project,
          },
        );
      } else {
        // pnpm 12 stops on dependencies' unapproved build scripts (Prism's tree has @scarf/scarf, a
        // telemetry hook): a user decides each, as this repo does in its own pnpm-workspace.yaml.
        writeFileSync(join(project, 'pnpm-workspace.yaml'), "allowBuilds:\n  '@scarf/scarf': false\n");
        await run('pnpm', ['add', '--store-dir', join(work, 'pnpm-store'), ...specs], { cwd: project });
      }
      for (const file of ['app.mjs', 'app.cjs']) {
        copyFileSync(join(FIXTURES, file), join(project, file));
        const result = JSON.parse(await run('node', [file], { cwd: project, timeoutMs: 60_000 }));
        expect(result).toEqual({
          format: file.endsWith('.mjs') ? 'esm' : 'cjs',
          version: released.sdk,
          name: `published-${file.endsWith('.mjs') ? 'esm' : 'cjs'}`,
          status: 200,
          listed: 5,
        });
      }
      // The installed binary: help offline, then a plan against the installed mock (2: changes pending).
      copyFileSync(join(FIXTURES, 'cli.mjs'), join(project, 'cli.mjs'));
      expect(JSON.parse(await run('node', ['cli.mjs'], { cwd: project, timeoutMs: 60_000 }))).toEqual({
        help: 0,
        listsCommands: true,
        plan: 2,
        summary: 'Plan: 1 create, 0 updates, 1 grant, 0 revokes.',
      });
      // Found the way Node finds them: the client from the SDK (npm hoists it, pnpm keeps it beside the SDK).
      const sdkDir = installedDir(project, '@civis-ts/sdk');
      const dirs = {
        sdk: sdkDir,
        mock: installedDir(project, '@civis-ts/mock'),
        client: installedDir(sdkDir, '@civis-ts/client'),
        cli: installedDir(project, '@civis-ts/cli'),
      };
      for (const p of PACKAGES) {
        const dir = dirs[p as keyof typeof dirs];
        const manifest = readJson(join(dir, 'package.json'));
        expect(manifest.version).toBe(released[p]);
        for (const [name, range] of Object.entries({
          ...manifest.dependencies,
          ...manifest.peerDependencies,
        })) {
          // `workspace:^` published as a caret range: a user can take our patch releases and deduplicate.
          if (name.startsWith('@civis-ts/'))
            expect(range, `${p} → ${name}`).toBe(`^${released[name.slice(10)]}`);
        }
        expect(packageProblems(dir, [repo, REPO_ROOT, work]), `${manager}: @civis-ts/${p}`).toEqual([]);
      }
    });
  }
});
