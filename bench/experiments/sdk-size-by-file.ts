// Which SDK source files the browser bundle's bytes come from: bundles packages/sdk/src (not dist, which
// is one file) with esbuild and reads the metafile. Run: pnpm exec tsx bench/experiments/sdk-size-by-file.ts
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { table } from '../lib/report.ts';

const entry = fileURLToPath(new URL('../../packages/sdk/src/index.ts', import.meta.url));
const result = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  write: false,
  metafile: true,
  logLevel: 'silent',
});
const code = result.outputFiles[0]?.contents ?? new Uint8Array();
const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
const rows = Object.entries(inputs)
  .map(
    ([path, { bytesInOutput }]) =>
      [path.replace(/^.*?(packages|node_modules)\//, '$1/'), bytesInOutput] as const,
  )
  .sort((a, b) => b[1] - a[1]);
console.log(
  `SDK from source: ${code.byteLength} B min, ${gzipSync(code, { level: 9 }).byteLength} B min+gzip\n`,
);
console.log(table(['input', 'minified bytes'], rows));
