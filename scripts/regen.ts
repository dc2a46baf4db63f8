// `pnpm regen`: the API changed, so regenerate everything from spec/, rebuild, and prove the result
// against the spec with the contract tests. Then `pnpm spec:diff --changeset` says what to release.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/codegen.ts';

const CONTRACT = '@civis-ts/contract-tests';

function run(command: string, args: string[]): void {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\npnpm regen stopped: \`${command} ${args.join(' ')}\` failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

run('pnpm', ['generate']);
run('pnpm', ['exec', 'turbo', 'run', 'build']);
if (existsSync(join(ROOT, 'tests/contract/package.json'))) {
  // `...` also runs the tests of what the contract tests depend on (client, mock).
  run('pnpm', ['exec', 'turbo', 'run', 'test', `--filter=${CONTRACT}...`]);
} else {
  console.warn(`\nno tests/contract package yet: skipped the contract tests (${CONTRACT}).`);
}
console.log(
  '\nregenerated, built and tested. Next: `pnpm spec:diff` to see what changed since the last release.',
);
