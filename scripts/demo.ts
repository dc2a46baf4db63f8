// `pnpm demo`: starts the stateful mock (it checks every request and every answer against the spec), runs
// examples/quickstart.ts against it, then the `civis-ts` CLI (plan, apply, plan again of examples/acl.yaml),
// and exits with the first failing exit code (1 if an answer of the mock broke the spec). Everything stops
// on success, failure and signals.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startMock } from '@civis-ts/mock';

const example = fileURLToPath(new URL('../examples/quickstart.ts', import.meta.url));
const cli = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const apiKey = 'demo-key';

const mock = await startMock({ apiKey });
let child: ChildProcess | undefined;

async function finish(code: number): Promise<never> {
  child?.kill('SIGTERM');
  await mock.stop();
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void finish(signal === 'SIGINT' ? 130 : 143));
}

/** Runs a node script in examples/ against the mock; resolves with its exit code. */
function runNode(args: string[]): Promise<number> {
  child = spawn(process.execPath, args, {
    cwd: fileURLToPath(new URL('../examples/', import.meta.url)),
    env: { ...process.env, CIVIS_API_ENDPOINT: mock.url, CIVIS_API_KEY: apiKey },
    stdio: 'inherit',
  });
  return new Promise<number>((resolve, reject) => {
    child?.once('error', reject);
    child?.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
}

try {
  console.log(`civis mock at ${mock.url}`);
  let code = await runNode(['--import', 'tsx', example]);
  // The CLI: the plan of a file (exit 2: changes pending), apply, and the plan again (exit 0: none).
  for (const [args, expected] of [
    [['plan', 'acl.yaml'], 2],
    [['apply', 'acl.yaml', '--yes'], 0],
    [['plan', 'acl.yaml'], 0],
  ] as const) {
    if (code !== 0) break;
    console.log(`\n$ civis-ts ${args.join(' ')}`);
    const exit = await runNode([cli, ...args]);
    if (exit !== expected) code = exit === 0 ? 1 : exit;
  }
  console.log(
    `\n${mock.requests.length} requests reached the mock; ${mock.violations.length} of its answers broke the spec.`,
  );
  if (mock.violations.length > 0 && code === 0) code = 1;
  await finish(code);
} catch (error) {
  console.error('demo failed:', error instanceof Error ? error.message : error);
  await finish(1);
}
