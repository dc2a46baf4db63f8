// The built `civis-mock` CLI as a user runs it: its help, its start line, its refusals, one process that
// stops on SIGINT, SIGTERM and SIGHUP.
// Runs dist/ (turbo builds before testing), as a user would run the installed bin.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { expect, it } from 'vitest';
import { CLI, exited, killChildrenAfterAll, runCli, startCli } from './run-cli.js';

killChildrenAfterAll();

it('--help lists every option with its default and the API key it accepts', async () => {
  const { code, stdout } = await runCli(['--help']);
  expect(code).toBe(0);
  const source = readFileSync(CLI, 'utf8');
  // Every option the parser knows is documented.
  for (const option of ['port', 'api-key', 'seed', 'permission-sets', 'max-body-bytes']) {
    expect(source).toMatch(new RegExp(`['"]${option}['"]`));
    expect(stdout).toMatch(new RegExp(`--${option}\\b.*\\(default`, 's'));
  }
  expect(stdout).toContain('--log-requests');
  expect(stdout).toContain('default test-key');
  expect(stdout).toContain('Bearer KEY');
});

it('serves the fake on the given port, says so, and exits 0 on SIGTERM', async () => {
  const cli = await startCli(['--port', '0', '--seed', '3', '--api-key', 'k1']);
  expect(cli.line).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+ \(API key "k1"\)/);
  const response = await fetch(`${cli.url}/permission_sets/1`, { headers: { Authorization: 'Bearer k1' } });
  expect(response.status).toBe(200);
  const code = exited(cli.child);
  cli.child.kill('SIGTERM');
  expect(await code).toBe(0);
});

it.each(['SIGINT', 'SIGHUP'] as const)(
  'stops on %s, exiting 0, and leaves no process behind',
  async (signal) => {
    const cli = await startCli([]);
    expect(cli.line).toMatch(/^civis-mock listening on http:\/\/127\.0\.0\.1:\d+ \(API key "test-key"\)$/);
    const children = readFileSync(`/proc/${cli.child.pid}/task/${cli.child.pid}/children`, 'utf8').trim();
    expect(children, 'one process: no child').toBe('');
    const code = exited(cli.child);
    cli.child.kill(signal);
    expect(await code).toBe(0);
  },
);

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

it('a port in use is one line and exit code 1', async () => {
  const taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  const port = (taken.address() as { port: number }).port;
  try {
    const { code, stderr } = await runCli(['--port', String(port)]);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([`civis-mock: failed to start: port ${port} is in use`]);
  } finally {
    taken.close();
  }
});
