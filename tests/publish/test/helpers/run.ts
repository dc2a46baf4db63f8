// Runs a command as a user would in a fresh shell: none of the npm_/pnpm_ variables or node_modules/.bin
// entries that `pnpm run` and turbo put in our own environment, so the copy and the consumer projects
// resolve their own tools and registries.
import { spawn } from 'node:child_process';

export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_|turbo_|vitest|init_cwd$)/i.test(key)) continue;
    env[key] = value;
  }
  env.PATH = (process.env.PATH ?? '')
    .split(':')
    .filter((dir) => !dir.includes('node_modules'))
    .join(':');
  return { ...env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', REDOCLY_TELEMETRY: 'off', ...extra };
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}

/** Resolves with stdout; rejects with the command, exit code and the tail of its output. */
export function run(command: string, args: string[], options: RunOptions): Promise<string> {
  const label = `${command} ${args.join(' ')} (in ${options.cwd})`;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: cleanEnv(options.env), stdio: 'pipe' });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000);
    child.on('error', reject);
    const started = Date.now();
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // Where the publish test's time goes, step by step, in its output.
      console.log(
        `${((Date.now() - started) / 1000).toFixed(1)} s: ${command} ${args.slice(0, 2).join(' ')}`,
      );
      if (code === 0) return resolve(out);
      const tail = `${out}\n${err}`.trim().split('\n').slice(-40).join('\n');
      reject(new Error(`${label} failed (${signal ?? `exit ${code}`}):\n${tail}`));
    });
  });
}
