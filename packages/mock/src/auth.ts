// The service's two ways to send the key: HTTP Basic (key as user name, empty password) or a Bearer token.
export const WWW_AUTHENTICATE = 'Basic realm="Civis API", Bearer';

export function isAuthorized(header: string | undefined, apiKey: string): boolean {
  if (!header) return false;
  const [scheme, credentials = ''] = header.split(' ', 2);
  if (scheme?.toLowerCase() === 'bearer') return credentials === apiKey;
  if (scheme?.toLowerCase() !== 'basic') return false;
  return Buffer.from(credentials, 'base64').toString('utf8') === `${apiKey}:`;
}
