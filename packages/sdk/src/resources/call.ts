// One call over the transport, with no Request in between: the URL from the spec path and its
// parameters, the client's headers and a JSON body. Both the SDK's methods and `civis.raw` send this way.
import type { Received, RequestOptions, Transport } from '../transport.js';

export interface CallInput {
  /** Values for the `{name}` segments of the path. */
  path?: object;
  /** Snake_case query parameters; undefined values are left out. */
  query?: object;
  body?: unknown;
}

/** Sends one operation and resolves with its final answer, whatever the status. */
export type Call = (
  verb: string,
  path: string,
  input: CallInput,
  options: RequestOptions | undefined,
) => Promise<Received>;

const SEGMENT = /\{(\w+)\}/g;
const encoder = new TextEncoder();

/** Each parameter is one percent-encoded segment: a name such as `a/b` or `x?y#z` stays one name. */
function urlOf(baseUrl: string, template: string, { path, query }: CallInput): string {
  const values = path as Record<string, string | number> | undefined;
  let url =
    baseUrl +
    (values ? template.replace(SEGMENT, (_, name) => encodeURIComponent(values[name] as string)) : template);
  let separator = '?';
  const params = query as Record<string, string | number | boolean | undefined> | undefined;
  for (const key in params) {
    const value = params[key];
    if (value === undefined || value === null) continue;
    url += `${separator}${key}=${encodeURIComponent(value)}`;
    separator = '&';
  }
  return url;
}

/**
 * The entry point to the transport. `headers` (the key among them) live only in this closure: nothing
 * on the Civis object or its resources holds them where inspect or JSON.stringify could look.
 */
export function createCall(transport: Transport, baseUrl: string, headers: Headers): Call {
  // Built once; lower-case names, so a per-call header replaces a client one whatever its case.
  const plain = Object.fromEntries(headers);
  const withJson = { 'content-type': 'application/json', ...plain };
  return (verb, path, input, options) => {
    const url = urlOf(baseUrl, path, input);
    const hasBody = input.body !== undefined;
    let sent: HeadersInit = hasBody ? withJson : plain;
    if (options?.headers) {
      sent = new Headers(sent);
      for (const [name, value] of Object.entries(options.headers)) sent.set(name, value);
    }
    const body = hasBody ? encoder.encode(JSON.stringify(input.body)) : undefined;
    return transport(url, { method: verb, headers: sent, body }, options);
  };
}
