// On a real pseudo-terminal (util-linux `script`), the CLI shows the progress line of `--all` and asks
// before `apply` changes anything; piped, it shows neither.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { API_KEY, BIN, civisTsBin, useMock } from './helpers.js';

const context = useMock({ validate: false });
const dir = mkdtempSync(join(tmpdir(), 'civis-cli-tty-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const quote = (arg: string) => `'${arg.replaceAll("'", "'\\''")}'`;

/**
 * Runs the CLI under `script`, so stdin, stdout and stderr are a terminal; answers `reply` once `prompt`
 * shows. Resolves with everything the terminal showed and the exit code.
 */
function onTerminal(
  args: string[],
  reply?: { prompt: string; answer: string },
  extraEnv: Record<string, string> = {},
) {
  const command = [process.execPath, BIN, ...args].map(quote).join(' ');
  const child = spawn('script', ['-qec', command, '/dev/null'], {
    env: {
      PATH: process.env.PATH ?? '',
      TERM: 'xterm',
      CIVIS_API_KEY: API_KEY,
      CIVIS_API_ENDPOINT: context.mock.url,
      ...extraEnv,
    },
    stdio: 'pipe',
  });
  let screen = '';
  let answered = false;
  child.stdout.on('data', (chunk) => {
    screen += chunk;
    if (reply && !answered && screen.includes(reply.prompt)) {
      answered = true;
      child.stdin.write(`${reply.answer}\n`);
    }
  });
  return new Promise<{ code: number | null; screen: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, screen }));
  });
}

const FILE = `permissionSets:
  - name: Terminal test
    shares: { users: { 4: read } }
`;

describe('on a terminal', () => {
  it('shows a table and the progress line of --all on stderr', async () => {
    const { code, screen } = await onTerminal(['permission-sets', 'list', '--all', '--limit', '2']);
    expect(code).toBe(0);
    // The line is rewritten in place: a carriage return and ESC [2K (erase the line) before each state.
    const clear = '\r\u001b[2K';
    expect(screen).toContain(`${clear}fetched page 1 of 6: 2 of 11 items${clear}`);
    // Rows start on lines of their own: the line is cleared before each page is written.
    expect(screen).not.toMatch(/items\d/);
    expect(screen).toMatch(/id +name +description +author/);
  });

  it('asks before apply changes anything, and applies on yes', async () => {
    const path = join(dir, 'tty.yaml');
    writeFileSync(path, FILE);
    const no = await onTerminal(['apply', path], { prompt: '[y/N]', answer: 'n' });
    expect(no.code).toBe(1);
    expect(no.screen).toMatch(/Apply these changes \(1 create, 0 updates, 1 grant, 0 revokes\)\? \[y\/N\]/);
    expect(no.screen).toContain('nothing was applied');
    expect([...context.mock.state.permissionSets.values()].some((s) => s.name === 'Terminal test')).toBe(
      false,
    );
    const yes = await onTerminal(['apply', path], { prompt: '[y/N]', answer: 'yes' });
    expect(yes.code).toBe(0);
    expect(yes.screen).toMatch(/✓ created permission set "Terminal test" #\d+/);
    expect([...context.mock.state.permissionSets.values()].some((s) => s.name === 'Terminal test')).toBe(
      true,
    );
  });
});

describe('on a terminal, the newcomer’s details', () => {
  it('Ctrl-C at the prompt exits 130 and applies nothing', async () => {
    const path = join(dir, 'interrupt.yaml');
    writeFileSync(path, FILE);
    const run = await onTerminal(['apply', path], { prompt: '[y/N]', answer: '\u0003' });
    expect(run.code).toBe(130);
    expect(run.screen).toContain('interrupted: nothing was applied');
    expect([...context.mock.state.permissionSets.values()].some((s) => s.name === 'Terminal test')).toBe(
      false,
    );
  });

  it('colours the plan’s marks on a terminal, and not with NO_COLOR', async () => {
    const path = join(dir, 'colour.yaml');
    writeFileSync(path, FILE);
    const coloured = await onTerminal(['plan', path]);
    expect(coloured.code).toBe(2);
    expect(coloured.screen).toContain('\u001b[32m+ create');
    expect(coloured.screen).toContain('\u001b[32m+ grant user 4 read');
    const plain = await onTerminal(['plan', path], undefined, { NO_COLOR: '1' });
    expect(plain.code).toBe(2);
    expect(plain.screen).toContain('+ create');
    expect(plain.screen).not.toContain('\u001b[');
  });

  it('colours on a terminal, and not with NO_COLOR', async () => {
    const coloured = await onTerminal(['permission-sets', 'lst']);
    expect(coloured.code).toBe(64);
    expect(coloured.screen).toContain('\u001b[31mcivis-ts:\u001b[39m unknown command');
    const plain = await onTerminal(['permission-sets', 'lst'], undefined, { NO_COLOR: '1' });
    expect(plain.screen).toMatch(/^civis-ts: unknown command/);
    expect(plain.screen).not.toContain('\u001b[');
  });
});

describe('piped', () => {
  it('shows no progress line and asks nothing', async () => {
    const list = await civisTsBin(['permission-sets', 'list', '--all', '--limit', '2'], {
      mock: context.mock,
    });
    expect(list.code).toBe(0);
    expect(list.stderr).toBe('');
    expect(JSON.parse(list.stdout).length).toBeGreaterThan(2);
    const path = join(dir, 'piped.yaml');
    writeFileSync(path, FILE);
    const apply = await civisTsBin(['apply', path], { mock: context.mock, input: 'yes\n' });
    expect(apply.code).toBe(1);
    expect(apply.stderr).not.toContain('[y/N]');
    expect(apply.stdout).not.toContain('[y/N]');
    expect(apply.stderr).toMatch(/not applying: stdin is not a terminal/);
    expect([...context.mock.state.permissionSets.values()].some((s) => s.name === 'Terminal test')).toBe(
      false,
    );
  });
});
