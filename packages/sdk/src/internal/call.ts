// One call over the transport, with no Request in between: the URL from the spec path and its
// parameters, the client's headers and a JSON body. Both the SDK's methods and `civis.raw` send this way.
import type { RequestOptions } from '../core/request-options.js';
import { checkOptions } from './options.js';
import { shapeOf } from './shapes.js';
import type { Received, Transport } from './transport.js';
import { type UrlParams, urlOf } from './url.js';
import { fail } from './validate.js';

export interface CallInput extends UrlParams {
  body?: unknown;
}

/**
 * Sends one operation and resolves with its final answer, whatever the status; a success body not of the
 * documented shape (internal/shapes.ts) is an InvalidResponseError.
 */
export type Call = (
  verb: string,
  path: string,
  input: CallInput,
  options: RequestOptions | undefined,
  read?: (data: never) => unknown,
) => Promise<Received>;

/**
 * The entry point to the transport. `headers` (the key among them) live only in this closure: nothing
 * on the Civis object or its resources holds them where inspect or JSON.stringify could look.
 */
export function createCall(transport: Transport, baseUrl: string, headers: Headers): Call {
  // Built once; lower-case names, so a per-call header replaces a client one whatever its case.
  const plain = Object.fromEntries(headers);
  const withJson = { 'content-type': 'application/json', ...plain };
  return (verb, path, input, options, read) => {
    // The options and the URL first: bad ones are refused before any hook or request.
    if (options !== undefined) checkOptions(options);
    const url = urlOf(baseUrl, path, input);
    const hasBody = input.body !== undefined;
    let sent: HeadersInit = hasBody ? withJson : plain;
    if (options?.headers) {
      sent = new Headers(sent);
      try {
        for (const [name, value] of Object.entries(options.headers)) sent.set(name, value);
      } catch {
        fail('headers', 'must be valid HTTP header names and values');
      }
    }
    return transport(
      url,
      // (JSON.stringify(undefined) is undefined: no body.)
      { method: verb, headers: sent, body: JSON.stringify(input.body) },
      options,
      shapeOf(verb, path),
      read,
    );
  };
}
