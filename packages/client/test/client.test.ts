// createCivisClient and basicAuthorization, observed through a recording fetch: the request that would
// leave the machine is inspected, nothing is sent.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  basicAuthorization,
  createCivisClient,
  InvalidBaseUrlError,
  MissingApiKeyError,
  USER_AGENT,
  VERSION,
} from '../src/index.js';

function recordingFetch() {
  const requests: Request[] = [];
  const fetch = async (input: Request) => {
    requests.push(input);
    return new Response('[]', { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  return { fetch, requests };
}

const decodeBasic = (header: string) => Buffer.from(header.replace(/^Basic /, ''), 'base64').toString('utf8');

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('basicAuthorization', () => {
  it('sends the key as the user name with an empty password', () => {
    expect(basicAuthorization('abc123')).toBe(`Basic ${Buffer.from('abc123:').toString('base64')}`);
    expect(decodeBasic(basicAuthorization('abc123'))).toBe('abc123:');
  });

  it('encodes a non-ASCII key as UTF-8 (btoa alone would throw on it)', () => {
    const key = 'clé-ünïcødé-✓-🔑';
    expect(() => btoa(`${key}:`)).toThrow();
    const header = basicAuthorization(key);
    expect(header).toMatch(/^Basic [A-Za-z0-9+/]+=*$/);
    expect(decodeBasic(header)).toBe(`${key}:`);
  });
});

describe('createCivisClient', () => {
  it('throws MissingApiKeyError before any request when there is no key', () => {
    vi.stubEnv('CIVIS_API_KEY', '');
    const { fetch, requests } = recordingFetch();
    expect(() => createCivisClient({ fetch })).toThrow(MissingApiKeyError);
    expect(requests).toHaveLength(0);
  });

  it('refuses plain http to a remote host before any request, as the SDK does', () => {
    const { fetch, requests } = recordingFetch();
    expect(() => createCivisClient({ apiKey: 'k', baseUrl: 'http://api.example.test', fetch })).toThrow(
      InvalidBaseUrlError,
    );
    expect(requests).toHaveLength(0);
    expect(() =>
      createCivisClient({ apiKey: 'k', baseUrl: 'http://api.example.test', fetch, allowInsecureHttp: true }),
    ).not.toThrow();
  });

  it('sends Basic auth and a User-Agent naming the package and its version', async () => {
    const { fetch, requests } = recordingFetch();
    const client = createCivisClient({ apiKey: 'secret-key', baseUrl: 'https://civis.example.test', fetch });
    await client.GET('/permission_sets');
    expect(requests).toHaveLength(1);
    const request = requests[0] as Request;
    expect(request.method).toBe('GET');
    expect(request.url).toBe('https://civis.example.test/permission_sets');
    expect(decodeBasic(request.headers.get('authorization') ?? '')).toBe('secret-key:');
    expect(request.headers.get('user-agent')).toBe(`civis-ts-client/${VERSION}`);
    expect(USER_AGENT).toBe(`civis-ts-client/${VERSION}`);
  });

  it('keeps VERSION equal to the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
  });

  it('uses the key and endpoint from the environment by default', async () => {
    vi.stubEnv('CIVIS_API_KEY', 'from-env');
    vi.stubEnv('CIVIS_API_ENDPOINT', 'https://env.example.test/');
    const { fetch, requests } = recordingFetch();
    await createCivisClient({ fetch }).GET('/permission_sets');
    expect(requests[0]?.url).toBe('https://env.example.test/permission_sets');
    expect(decodeBasic(requests[0]?.headers.get('authorization') ?? '')).toBe('from-env:');
  });

  it('joins a base URL with a path prefix and trailing slash without a double slash', async () => {
    const { fetch, requests } = recordingFetch();
    const client = createCivisClient({ apiKey: 'k', baseUrl: 'http://127.0.0.1:9/api/', fetch });
    await client.GET('/permission_sets/{id}/resources', { params: { path: { id: 7 }, query: { limit: 5 } } });
    expect(requests[0]?.url).toBe('http://127.0.0.1:9/api/permission_sets/7/resources?limit=5');
  });

  it('percent-encodes a resource name as one path segment', async () => {
    const { fetch, requests } = recordingFetch();
    const client = createCivisClient({ apiKey: 'k', baseUrl: 'https://civis.example.test', fetch });
    await client.GET('/permission_sets/{id}/resources/{name}', {
      params: { path: { id: 1, name: 'a/b c?#%' } },
    });
    expect(requests[0]?.url).toBe(
      'https://civis.example.test/permission_sets/1/resources/a%2Fb%20c%3F%23%25',
    );
  });

  it('adds extra headers and a custom User-Agent, but never lets them replace the auth', async () => {
    const { fetch, requests } = recordingFetch();
    const client = createCivisClient({
      apiKey: 'real-key',
      baseUrl: 'https://civis.example.test',
      fetch,
      headers: { 'X-Trace': 't-1', authorization: 'Bearer other' },
      userAgent: 'my-app/2.0',
    });
    await client.GET('/permission_sets');
    const headers = requests[0]?.headers;
    expect(headers?.get('x-trace')).toBe('t-1');
    expect(headers?.get('user-agent')).toBe('my-app/2.0');
    expect(decodeBasic(headers?.get('authorization') ?? '')).toBe('real-key:');
  });
});
