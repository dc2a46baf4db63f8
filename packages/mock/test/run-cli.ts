// Runs the built `civis-mock` bin (dist/, as installed) as a child process; killed after each test file
// that calls killChildrenAfterAll (a call per file: a worker imports this module once for all its files).
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

const children: ChildProcess[] = [];

/** Kills, after the file, the children its tests left running. */
export function killChildrenAfterAll(): void {
  afterAll(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  });
}

export const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

function spawnCli(args: string[]): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk;
  });
  return { child, output: () => output };
}

/** Runs the CLI to its end: exit code, stdout and stderr apart. */
export async function runCli(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk;
  });
  const code = await exited(child);
  return { code, stdout, stderr };
}

export interface Cli {
  child: ChildProcess;
  url: string;
  /** The start line. */
  line: string;
  /** Resolves once the CLI's output (stdout and stderr) matches. */
  waitFor(pattern: RegExp): Promise<void>;
}

/** Starts the CLI and resolves once it prints its start line (it answers at `url` from then on). */
export async function startCli(args: string[]): Promise<Cli> {
  const { child, output } = spawnCli(args);
  const waitFor = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!pattern.test(output())) return;
        child.stdout?.off('data', check);
        child.stderr?.off('data', check);
        child.off('exit', onExit);
        resolve();
      };
      const onExit = (code: number | null) =>
        reject(new Error(`civis-mock exited with ${code} before ${pattern}: ${output()}`));
      child.stdout?.on('data', check);
      child.stderr?.on('data', check);
      child.once('exit', onExit);
      check();
    });
  await waitFor(/listening on http:\/\/\S+ .*\n/);
  const line = /civis-mock listening on .*/.exec(output())?.[0] as string;
  const url = /listening on (http:\/\/\S+)/.exec(line)?.[1] as string;
  return { child, url, line, waitFor };
}
