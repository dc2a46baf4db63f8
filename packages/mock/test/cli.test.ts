// The built `civis-mock` CLI as a user runs it: its help, its start line, its refusals, and its Prism's
// life: restarted when it dies, gone with the CLI however the CLI ends (SIGINT, SIGTERM, SIGHUP, SIGKILL).
// Runs dist/ (turbo builds before testing), as a user would run the installed bin.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { expect, it } from 'vitest';
import { BASIC } from './helpers.js';
import { CLI, type Cli, exited, runCli, startCli } from './run-cli.js';

/** Prism's pid: the CLI's one child process. */
function prismPid(cli: Cli): number {
  const pid = cli.child.pid as number;
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
  expect(children).toHaveLength(1);
  return Number(children[0]);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

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

it('with Prism and --port 0: reports the real port, restarts Prism when it dies, stops it on SIGINT', async () => {
  const cli = await startCli(['--port', '0', '--permission-sets', '3']);
  expect(cli.url).not.toMatch(/:0$/);
  expect(cli.line).toContain('API key "test-key"; Prism validates every request and response');
  const response = await fetch(`${cli.url}/permission_sets`, { headers: { Authorization: BASIC } });
  expect(response.headers.get('X-Pagination-Total-Entries')).toBe('3');

  // Prism dies: the CLI starts it again on the same port, so the URL it printed answers again.
  const first = prismPid(cli);
  process.kill(first, 'SIGKILL');
  await cli.waitFor(/starting it again on port/);
  let status = 0;
  for (let i = 0; i < 600 && status !== 200; i++) {
    status = await fetch(`${cli.url}/permission_sets/1`, { headers: { Authorization: BASIC } }).then(
      (r) => r.status,
      () => 0,
    );
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(status).toBe(200);
  const second = prismPid(cli);
  expect(second).not.toBe(first);

  const code = exited(cli.child);
  cli.child.kill('SIGINT');
  expect(await code).toBe(0);
  expect(await gone(second)).toBe(true);
});

it.each(['SIGHUP', 'SIGKILL'] as const)('leaves no Prism behind when the CLI gets %s', async (signal) => {
  const cli = await startCli([]);
  const prism = prismPid(cli);
  cli.child.kill(signal);
  await exited(cli.child);
  expect(await gone(prism)).toBe(true);
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
