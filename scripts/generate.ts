// `pnpm generate`: writes every artifact generated from spec/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, renderArtifacts } from './lib/codegen.ts';

const files = await renderArtifacts();
for (const [rel, content] of files) {
  const abs = join(ROOT, rel);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, content);
  console.log(`generated ${rel}`);
}
