// The SDK client of a command: key and endpoint from CIVIS_API_KEY / CIVIS_API_ENDPOINT only.
import { Civis, CivisValidationError } from '@civis-ts/sdk';
import { CliError } from './errors.js';
import { VERSION } from './version.js';

export function createCivis(env: NodeJS.ProcessEnv): Civis {
  if (!env.CIVIS_API_KEY) {
    throw new CliError(
      'CIVIS_API_KEY is not set: export it with your API key (it is never read from the command line)',
    );
  }
  try {
    return new Civis({
      apiKey: env.CIVIS_API_KEY,
      baseUrl: env.CIVIS_API_ENDPOINT || undefined,
      userAgent: `civis-ts-cli/${VERSION}`,
    });
  } catch (error) {
    // The SDK names its option; here the endpoint comes from the environment, so name that.
    if (error instanceof CivisValidationError && error.field === 'baseUrl') {
      throw new CliError(`CIVIS_API_ENDPOINT ${endpointProblem(error.message)}`);
    }
    throw error;
  }
}

function endpointProblem(message: string): string {
  const problem = message.replace(/^baseUrl /, '');
  if (problem.startsWith('is plain http')) {
    return 'is plain http to a remote host: use https (over http the key would cross the network in clear text)';
  }
  return problem.replace(' (pass the key as apiKey)', ' (the key goes in CIVIS_API_KEY)');
}
