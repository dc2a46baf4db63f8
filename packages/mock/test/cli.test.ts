// The `civis-mock` CLI: its help, its refusals and a port in use through its command in process
// (src/command.ts, what the bin runs); and the built bin as a user runs it (dist/, turbo builds before
// testing) for what only a process shows: the start line, the exit codes, real stderr, and one process
// that stops on SIGINT, SIGTERM and SIGHUP.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { expect, it } from 'vitest';
import { run } from '../src/command.js';
import { exited, killChildrenAfterAll, runCli, startCli } from './run-cli.js';

killChildrenAfterAll();

/** Runs the command in this process: how it ended, and the lines it wrote to stdout and stderr. */
async function command(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const outcome = await run(args, { out: (line) => stdout.push(line), err: (line) => stderr.push(line) });
  if ('mock' in outcome) await outcome.mock.stop();
  return { code: 'exitCode' in outcome ? outcome.exitCode : undefined, stdout, stderr };
}

const portRefusal = (port: string) =>
  `civis-mock: --port must be an integer from 0 to 65535, got "${port}" (civis-mock --help lists the options)`;

it('--help lists every option with its default and the API key it accepts', async () => {
  const { code, stdout } = await command(['--help']);
  expect(code).toBe(0);
  const help = stdout.join('\n');
  const source = readFileSync(new URL('../src/command.ts', import.meta.url), 'utf8');
  // Every option the parser knows is documented.
  for (const option of ['port', 'api-key', 'seed', 'permission-sets', 'max-body-bytes']) {
    expect(source).toMatch(new RegExp(`['"]${option}['"]`));
    expect(help).toMatch(new RegExp(`--${option}\\b.*\\(default`, 's'));
  }
  expect(help).toContain('--log-requests');
  expect(help).toContain('default test-key');
  expect(help).toContain('Bearer KEY');
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
    const { code, stdout, stderr } = await command([`--port=${port}`]);
    expect(code).toBe(2);
    expect(stderr).toEqual([portRefusal(port)]);
    expect(stdout).toEqual([]);
  },
);

it('the bin refuses an option with that one line on its stderr and exits 2', async () => {
  const { code, stdout, stderr } = await runCli(['--port=abc']);
  expect(code).toBe(2);
  expect(stderr.trim().split('\n')).toEqual([portRefusal('abc')]);
  expect(stdout).toBe('');
});

it('a port in use is one line and exit code 1', async () => {
  const taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  const port = (taken.address() as { port: number }).port;
  try {
    const { code, stderr } = await command(['--port', String(port)]);
    expect(code).toBe(1);
    expect(stderr).toEqual([`civis-mock: failed to start: port ${port} is in use`]);
  } finally {
    taken.close();
  }
});
