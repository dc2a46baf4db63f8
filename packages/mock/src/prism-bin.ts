// Prism is an optional peer dependency: `validate: false` users skip its ~90 MB. Asking for validation
// without it installed gets this error, not a MODULE_NOT_FOUND from deep inside startPrism.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// The Prism this package is tested with; its peer range is ^5.14.2 (5.15 and later need Node 24).
const PRISM = '@stoplight/prism-cli@5.14.2';

/** Thrown by `startMock()` (validate: true, the default) and `startPrism()` when Prism is not installed. */
export class PrismNotInstalledError extends Error {
  override readonly name = 'PrismNotInstalledError';
  readonly code = 'PRISM_NOT_INSTALLED';
  constructor() {
    super(
      "Prism's validating proxy needs @stoplight/prism-cli, an optional peer dependency of @civis-ts/mock " +
        `that is not installed: npm i -D ${PRISM} (or start the mock with validate: false, civis-mock --no-validate).`,
    );
  }
}

/** Prism's CLI entry point, resolved the way Node would from `from` (default: this module). */
export function prismBin(from: string = import.meta.url): string {
  let manifest: string;
  try {
    manifest = createRequire(from).resolve('@stoplight/prism-cli/package.json');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') throw new PrismNotInstalledError();
    throw error;
  }
  return join(dirname(manifest), 'dist/index.js');
}
