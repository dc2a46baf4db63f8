// The support matrix: every runtime the smoke script runs on. The README's table and the published
// packages' `engines` say exactly this (test/packaging.test.ts checks `engines` against it).
export interface Runtime {
  /** The row's name, e.g. `node 22`. */
  name: string;
  kind: 'node' | 'bun' | 'deno' | 'chromium';
  /** The npm package that carries the binary (installed once into the runtime cache), if any. */
  npm?: string;
  /** The binary, relative to the runtime's cache dir for npm ones; absolute otherwise. */
  bin: string;
}

export const RUNTIMES: Runtime[] = [
  // The machine's own Node (the dev toolchain runs on 20).
  { name: 'node 20', kind: 'node', bin: process.execPath },
  { name: 'node 22', kind: 'node', npm: 'node@22.23.3', bin: 'node_modules/.bin/node' },
  { name: 'node 24', kind: 'node', npm: 'node@24.21.0', bin: 'node_modules/.bin/node' },
  { name: 'node 26', kind: 'node', npm: 'node@26.10.0', bin: 'node_modules/.bin/node' },
  { name: 'bun', kind: 'bun', npm: 'bun@1.4.5', bin: 'node_modules/.bin/bun' },
  { name: 'deno', kind: 'deno', npm: 'deno@2.9.6', bin: 'node_modules/.bin/deno' },
  // Debian's package (apt-get install chromium), driven by playwright-core, which downloads nothing.
  { name: 'chromium', kind: 'chromium', bin: '/usr/bin/chromium' },
];

/** The Node major lines of the matrix, e.g. [20, 22, 24, 26]. */
export const NODE_MAJORS = RUNTIMES.filter((r) => r.kind === 'node').map((r) => Number(r.name.slice(5)));
