// `pnpm check:generated`: fails when a committed generated file differs from what spec/ generates now.
// `--root DIR` checks another checkout. The check itself is `driftReport` (tested in-process on tampered
// copies); this file only prints it and sets the exit code.
import { parseArgs } from 'node:util';
import { driftReport, ROOT } from './lib/codegen.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: ROOT } } });
const report = await driftReport(values.root);
if (!report.ok) {
  console.error(report.text);
  process.exit(1);
}
console.log(report.text);
