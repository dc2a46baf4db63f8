// Bundle size table, from the same measurement the size test uses.
import { version as esbuildVersion } from 'esbuild';
import { kb, table } from '../lib/report.ts';
import { type BundleSize, bundleSize, ENTRIES, SDK_GZIP_BUDGET, SDK_GZIP_TARGET } from '../size.ts';

export async function size(): Promise<string> {
  const rows = [];
  let sdk: BundleSize | undefined;
  for (const [name, entry] of Object.entries(ENTRIES)) {
    try {
      const s = await bundleSize(entry);
      if (name === '@civis-ts/sdk (everything)') sdk = s;
      rows.push([name, kb(s.min), kb(s.gzip), s.gzip.toLocaleString('en')]);
    } catch (error) {
      rows.push([name, 'n/a', `did not bundle: ${(error as Error).message.split('\n')[0]}`, 'n/a']);
    }
  }
  const largest = sdk
    ? `\n\nLargest inputs of the SDK bundle (minified bytes): ${sdk.largest.map((i) => `\`${i.path}\` ${i.bytes}`).join(', ')}.`
    : '';
  return `### Bundle size\n\nesbuild ${esbuildVersion}: bundle + minify, platform browser, ESM, es2022; gzip level 9. Target (issue 23): \`Civis\` at most ${SDK_GZIP_TARGET.toLocaleString('en')} B min+gzip, on the way to ky's; \`bench/size.test.ts\` fails \`pnpm test\` above ${SDK_GZIP_BUDGET.toLocaleString('en')} B (what the SDK measured after issue 23).\n\n${table(['bundle', 'min', 'min+gzip', 'min+gzip bytes'], rows)}${largest}`;
}
