// The built `civis-mock` CLI as a user runs it: its help, its start line, its refusals, and its Prism's
// life: restarted when it dies, gone with the CLI however the CLI ends (SIGINT, SIGTERM, SIGHUP, SIGKILL).
// Runs dist/ (turbo builds before testing), as a user would run the installed bin.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASIC } from './helpers.js';
import { CLI, type Cli, exited, runCli, startCli } from './run-cli.js';

/** Prism's pid: the CLI's one child process. */
function prismPid(cli: Cli): number {
  const pid = cli.child.pid as number;
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
  expect(children).toHaveLength(1);
  return Number(children[0]);
}

/**
 * Whether the process still runs. A zombie does not: it has exited and holds no port, and waits only for
 * whoever inherited it (here PID 1, after the CLI's death) to reap it, which a busy machine may delay.
 */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Polls until the process is gone (a killed parent's child notices its closed stdin within moments). */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 200 && alive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  return !alive(pid);
}

it('--help lists every option with its default and the API key it accepts', async () => {
  const { code, stdout } = await runCli(['--help']);
  expect(code).toBe(0);
  const source = readFileSync(CLI, 'utf8');
  // Every option the parser knows is documented.
  for (const option of ['port', 'api-key', 'seed', 'permission-sets', 'no-validate', 'max-body-bytes']) {
    expect(source).toMatch(new RegExp(`['"]${option}['"]`));
    expect(stdout).toMatch(new RegExp(`--${option}\\b.*\\(default`, 's'));
  }
  expect(stdout).toContain('--log-requests');
  expect(stdout).toContain('default test-key');
  expect(stdout).toContain('Bearer KEY');
});

it('serves the fake alone on the given port, says so, and exits 0 on SIGTERM', async () => {
  const cli = await startCli(['--port', '0', '--seed', '3', '--no-validate', '--api-key', 'k1']);
  expect(cli.line).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+ \(API key "k1"; not validated/);
  const response = await fetch(`${cli.url}/permission_sets/1`, { headers: { Authorization: 'Bearer k1' } });
  expect(response.status).toBe(200);
  const code = exited(cli.child);
  cli.child.kill('SIGTERM');
  expect(await code).toBe(0);
});

// The CLIs below start in hooks, as every mock in these tests does: Prism's start-up is set-up, and on a
// busy machine it takes longer than a test's budget (hookTimeout in vitest.config.ts).
describe('with Prism on --port 0', () => {
  let cli: Cli;
  let first: number;
  beforeAll(async () => {
    cli = await startCli(['--port', '0', '--permission-sets', '3']);
  });

  it('reports the port Prism really listens on, the key, and that Prism validates', async () => {
    expect(cli.url).not.toMatch(/:0$/);
    expect(cli.line).toContain('API key "test-key"; Prism validates every request and response');
    const response = await fetch(`${cli.url}/permission_sets`, { headers: { Authorization: BASIC } });
    expect(response.headers.get('X-Pagination-Total-Entries')).toBe('3');
  });

  describe('when Prism dies', () => {
    beforeAll(async () => {
      first = prismPid(cli);
      process.kill(first, 'SIGKILL');
      await cli.waitFor(/Prism listens again on port/);
    });

    it('starts it again on the same port, so the URL it printed answers again', async () => {
      expect(cli.child.exitCode).toBeNull();
      const response = await fetch(`${cli.url}/permission_sets/1`, { headers: { Authorization: BASIC } });
      expect(response.status).toBe(200);
      expect(prismPid(cli)).not.toBe(first);
    });

    it('and stops the new one too on SIGINT, exiting 0', async () => {
      const second = prismPid(cli);
      const code = exited(cli.child);
      cli.child.kill('SIGINT');
      expect(await code).toBe(0);
      expect(await gone(second)).toBe(true);
    });
  });
});

describe.each(['SIGHUP', 'SIGKILL'] as const)('when the CLI gets %s', (signal) => {
  let cli: Cli;
  beforeAll(async () => {
    cli = await startCli([]);
  });

  it('leaves no Prism behind', async () => {
    const prism = prismPid(cli);
    cli.child.kill(signal);
    await exited(cli.child);
    expect(await gone(prism)).toBe(true);
  });
});

it.each([['abc'], ['70000'], ['-1'], ['4010x']])(
  'refuses --port %s with one line and exit code 2',
  async (port) => {
    const { code, stderr } = await runCli([`--port=${port}`]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      `civis-mock: --port must be an integer from 0 to 65535, got "${port}" (civis-mock --help lists the options)`,
    ]);
  },
);

it.each([[[]], [['--no-validate']]])('a port in use is one line and exit code 1 (%j)', async (extra) => {
  const taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  const port = (taken.address() as { port: number }).port;
  try {
    const { code, stderr } = await runCli(['--port', String(port), ...extra]);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([`civis-mock: failed to start: port ${port} is in use`]);
  } finally {
    taken.close();
  }
});
