// Commands run as a user's shell would run them (the publish test's helper: none of our workspace's
// npm_/pnpm_/turbo variables or node_modules/.bin on PATH), without colours or update checks.
import { run } from '../../publish/test/helpers/run.ts';

export function exec(command: string, args: string[], cwd: string, timeoutMs = 120_000): Promise<string> {
  return run(command, args, { cwd, timeoutMs, env: { NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' } });
}
