// The packages as a user gets them: packed by pnpm (so `workspace:^` becomes `^x.y.z`), installed by npm
// into a fresh project. Runtimes that come from npm are installed once into a cache kept between runs.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { exec } from './exec.ts';
import type { Runtime } from './runtimes.ts';

const ROOT = join(import.meta.dirname, '../../..');
export const PUBLISHED = ['client', 'sdk', 'mock'] as const;

/** Where runtimes and npm's cache live between runs on one machine. */
export const CACHE = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'civis-ts-runtimes');
const NPM = ['--no-audit', '--no-fund', '--prefer-offline', '--cache', join(CACHE, 'npm')];

/** `pnpm pack` of each published package (already built) into `dir`; package → tarball path. */
export async function packAll(dir: string): Promise<Record<(typeof PUBLISHED)[number], string>> {
  for (const name of PUBLISHED)
    await exec('pnpm', ['pack', '--pack-destination', dir], join(ROOT, 'packages', name));
  const find = (name: string) => {
    const file = readdirSync(dir).find((f) => f.startsWith(`civis-ts-${name}-`) && f.endsWith('.tgz'));
    if (!file) throw new Error(`pnpm pack made no tarball for @civis-ts/${name} in ${dir}`);
    return join(dir, file);
  };
  return { client: find('client'), sdk: find('sdk'), mock: find('mock') };
}

/** A fresh npm project in `dir` with these tarballs (and their dependencies from the registry). */
export async function installProject(dir: string, tarballs: string[]): Promise<void> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'smoke', private: true, type: 'module' }));
  await exec('npm', ['install', ...NPM, ...tarballs], dir, 300_000);
}

/** The runtime's binary, installing its npm package into the cache the first time. */
export async function ensureRuntime(runtime: Runtime): Promise<string> {
  if (!runtime.npm) {
    if (!existsSync(runtime.bin)) {
      throw new Error(
        `${runtime.name}: ${runtime.bin} is missing (on Debian: apt-get install -y ${runtime.kind})`,
      );
    }
    return runtime.bin;
  }
  const home = join(CACHE, runtime.npm);
  const bin = join(home, runtime.bin);
  if (existsSync(bin)) return bin;
  // Installed beside and renamed into place, so a run interrupted (or one running at the same time on
  // this machine) never leaves a half-installed runtime where the next run looks.
  mkdirSync(CACHE, { recursive: true });
  const staging = mkdtempSync(join(CACHE, '.staging-'));
  try {
    await installProject(staging, [runtime.npm]);
    rmSync(home, { recursive: true, force: true });
    renameSync(staging, home);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return bin;
}
