// The service's two ways to send the key: HTTP Basic (key as user name, empty password) or a Bearer token.
// Strict on purpose: one scheme, one space, one token; Basic's token exactly the base64 of `key:`.
export const WWW_AUTHENTICATE = 'Basic realm="Civis API", Bearer';

/** Base64 of the UTF-8 bytes (btoa alone takes Latin-1 only); no Buffer, so it runs in any runtime. */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Checks an `Authorization` header against one key; make one per key and reuse it. */
export function authorizer(apiKey: string): (header: string | null | undefined) => boolean {
  const basic = base64(`${apiKey}:`);
  return (header) => {
    const match = header ? /^([A-Za-z]+) ([^ ]+)$/.exec(header) : null;
    if (!match) return false;
    const [, scheme = '', token = ''] = match;
    // Compare encodings, not decodings, so trailing garbage or a second value after the padding is refused.
    if (scheme.toLowerCase() === 'bearer') return token === apiKey;
    return scheme.toLowerCase() === 'basic' && token === basic;
  };
}
