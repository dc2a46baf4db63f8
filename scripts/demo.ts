// `pnpm demo`: starts the stateful mock behind Prism's validating proxy, runs examples/quickstart.ts
// against it, and exits with the example's exit code. Everything stops on success, failure and signals.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startMock } from '@civis-ts/mock';

const example = fileURLToPath(new URL('../examples/quickstart.ts', import.meta.url));
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

try {
  console.log(`civis mock (validated by Prism) at ${mock.url}`);
  child = spawn(process.execPath, ['--import', 'tsx', example], {
    cwd: fileURLToPath(new URL('../examples/', import.meta.url)),
    env: { ...process.env, CIVIS_API_ENDPOINT: mock.url, CIVIS_API_KEY: apiKey },
    stdio: 'inherit',
  });
  const code = await new Promise<number>((resolve, reject) => {
    child?.once('error', reject);
    child?.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
  console.log(`\n${mock.requests.length} requests reached the fake through the validating proxy.`);
  await finish(code);
} catch (error) {
  console.error('demo failed:', error instanceof Error ? error.message : error);
  await finish(1);
}
