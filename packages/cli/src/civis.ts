// The SDK client of a command: key and endpoint from CIVIS_API_KEY / CIVIS_API_ENDPOINT only.
import { Civis } from '@civis-ts/sdk';
import { CliError } from './errors.js';
import { VERSION } from './version.js';

export function createCivis(): Civis {
  if (!process.env.CIVIS_API_KEY) {
    throw new CliError(
      'CIVIS_API_KEY is not set: export it with your API key (it is never read from the command line)',
    );
  }
  return new Civis({ userAgent: `civis-ts-cli/${VERSION}` });
}
