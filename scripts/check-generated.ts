// `pnpm check:generated`: fails when a committed generated file differs from what spec/ generates now.
// `--root DIR` checks another checkout (the tests use it on a tampered copy in a temp dir).
import { parseArgs } from 'node:util';
import { ROOT, staleArtifacts } from './lib/codegen.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: ROOT } } });
const stale = await staleArtifacts(values.root);
if (stale.length > 0) {
  console.error(
    `Generated code is stale (it no longer matches spec/):\n${stale.map((f) => `  - ${f}`).join('\n')}`,
  );
  console.error('Run `pnpm generate` and commit the result. Never edit src/generated/ by hand.');
  process.exit(1);
}
console.log('generated code is up to date with spec/');
