// The service's two ways to send the key: HTTP Basic (key as user name, empty password) or a Bearer token.
// Strict on purpose: one scheme, one space, one token; Basic's token exactly the base64 of `key:`.
export const WWW_AUTHENTICATE = 'Basic realm="Civis API", Bearer';

export function isAuthorized(header: string | undefined, apiKey: string): boolean {
  const match = header ? /^([A-Za-z]+) ([^ ]+)$/.exec(header) : null;
  if (!match) return false;
  const [, scheme = '', token = ''] = match;
  if (scheme.toLowerCase() === 'bearer') return token === apiKey;
  // Buffer.from skips characters outside the alphabet and stops at '=': compare encodings, not decodings,
  // so trailing garbage or a second value after the padding is refused.
  return scheme.toLowerCase() === 'basic' && token === Buffer.from(`${apiKey}:`).toString('base64');
}
