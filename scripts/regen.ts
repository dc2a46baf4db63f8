// `pnpm regen`: the API changed. Regenerates everything from spec/, lints the spec and typechecks every
// package (going on past their failures, so that one run lists them all), then builds and runs every
// package's suites, the SDK's and the CLI's included. A package is built only when its sources and what
// it depends on typecheck (its build writes its declarations first, `tsgo` with `noEmitOnError`), so no
// dist comes from code that does not compile; its tests and its dependents' run only on what was built.
// Ends with what to edit, file by file (scripts/lib/regen-report.ts). Then `pnpm spec:diff --changeset`
// says what to release.
import { spawn } from 'node:child_process';
import { ROOT } from './lib/codegen.ts';
import { packageDirs, regenReport, type StepResult } from './lib/regen-report.ts';

/** Runs a command, showing its output as it comes and keeping it for the report. */
function run(name: string, command: string, args: string[], hint?: string): Promise<StepResult> {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['inherit', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      output += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      output += chunk.toString('utf8');
    });
    child.on('close', (code) => resolve({ name, ok: code === 0, output, ...(hint && { hint }) }));
  });
}

const steps: StepResult[] = [];
const generated = await run(
  'generate',
  'pnpm',
  ['generate'],
  'the generator names the spec place or file to fix',
);
steps.push(generated);
if (generated.ok) {
  steps.push(await run('spec lint', 'pnpm', ['lint:spec'], 'edit spec/openapi.yaml where redocly says'));
  steps.push(await run('typecheck', 'pnpm', ['exec', 'turbo', 'run', 'typecheck', '--continue']));
  steps.push(
    await run('build and tests', 'pnpm', [
      'exec',
      'turbo',
      'run',
      'build',
      'test',
      '--continue=dependencies-successful',
    ]),
  );
}
const report = regenReport(steps, packageDirs(ROOT));
console.log(`\n${report.text}`);
process.exit(report.ok ? 0 : 1);
