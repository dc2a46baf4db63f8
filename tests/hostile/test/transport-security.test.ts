// Where the key may travel: never in clear text over the network unless the caller says so, and never
// to another origin by way of a redirect. Two local servers on different ports are two origins.
import { createCivisClient, InvalidBaseUrlError } from '@civis-ts/client';
import { Civis, CivisValidationError } from '@civis-ts/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { clientOf, KEY, permissionSet, settle } from '../src/fixtures.js';
import { type HostileServer, startHostileServer } from '../src/hostile-server.js';
import { json, redirect } from '../src/replies.js';

let home: HostileServer;
let elsewhere: HostileServer;
beforeAll(async () => {
  home = await startHostileServer(json(200, permissionSet()));
  elsewhere = await startHostileServer(json(200, permissionSet(666)));
});
afterAll(() => Promise.all([home.stop(), elsewhere.stop()]));
beforeEach(() => {
  home.reset();
  elsewhere.reset();
});

describe('plain http', () => {
  const recorder = () => vi.fn<typeof fetch>(async () => Response.json(permissionSet()));

  it.each([
    'http://api.example.com',
    'http://10.0.0.8:8080',
    'http://localhost.example.com',
    'http://127.0.0.1.nip.io',
    'http://[::ffff:8.8.8.8]',
  ])('to %s is refused when the client is made, before any request', (baseUrl) => {
    const fetch = recorder();
    expect(() => new Civis({ apiKey: KEY, baseUrl, fetch })).toThrow(CivisValidationError);
    expect(() => new Civis({ apiKey: KEY, baseUrl, fetch })).toThrow(/baseUrl/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('from CIVIS_API_ENDPOINT is refused the same way', () => {
    vi.stubEnv('CIVIS_API_ENDPOINT', 'http://api.example.com');
    try {
      expect(() => new Civis({ apiKey: KEY })).toThrow(CivisValidationError);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it.each([
    'http://127.0.0.1:1',
    'http://localhost:1',
    'http://[::1]:1',
    'http://127.9.9.9',
    'https://api.example.com',
  ])('to %s (loopback, or https) is allowed', (baseUrl) => {
    expect(() => new Civis({ apiKey: KEY, baseUrl })).not.toThrow();
  });

  it('is allowed to anywhere with an explicit allowInsecureHttp: true', async () => {
    const fetch = recorder();
    const civis = new Civis({
      apiKey: KEY,
      baseUrl: 'http://api.example.com',
      fetch,
      allowInsecureHttp: true,
    });
    await expect(civis.permissionSets.get(7)).resolves.toEqual(permissionSet());
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('a base URL with a query or fragment', () => {
  // Every request URL is the base URL + a path: `?x=1` would push the path into the query, `#` would cut
  // it off (fetch never sends a fragment). Both clients refuse it when made, naming the problem and not
  // the URL.
  const urls = (server: HostileServer) => [
    `${server.url}/api?token=x`,
    `${server.url}/?`,
    `${server.url}/api#v1`,
    `${server.url}#`,
  ];

  it('is refused by the raw client with an InvalidBaseUrlError, before any request', async () => {
    for (const baseUrl of urls(home)) {
      let client: ReturnType<typeof createCivisClient> | undefined;
      let error: unknown;
      try {
        client = createCivisClient({ apiKey: KEY, baseUrl });
      } catch (caught) {
        error = caught;
      }
      expect(error, baseUrl).toBeInstanceOf(InvalidBaseUrlError);
      expect((error as Error).message).toBe('baseUrl must not have a query or fragment');
      await client?.GET('/permission_sets/{id}', { params: { path: { id: 7 } } });
    }
    expect(home.requests).toEqual([]);
  });

  it('is refused by the SDK with a CivisValidationError naming baseUrl, before any request', async () => {
    for (const baseUrl of urls(home)) {
      const { error } = await settle(Promise.resolve().then(() => new Civis({ apiKey: KEY, baseUrl })));
      expect(error, baseUrl).toBeInstanceOf(CivisValidationError);
      expect((error as CivisValidationError).field).toBe('baseUrl');
      expect((error as Error).message).toBe('baseUrl must not have a query or fragment');
    }
    expect(home.requests).toEqual([]);
  });
});

describe('redirects', () => {
  it.each([301, 302, 303, 307, 308])('a %i to another origin never carries the key there', async (status) => {
    home.script(redirect(status, `${elsewhere.url}/permission_sets/7`));
    const { value, error } = await settle(clientOf(home).permissionSets.get(7));
    const carried = elsewhere.requests.filter((request) => request.headers.authorization !== undefined);
    expect(carried).toEqual([]);
    // Refused outright: the answer of a host the caller never named is not passed off as the API's.
    expect(value).toBeUndefined();
    expect(error).toMatchObject({ name: 'ConnectionError' });
    expect((error as Error).message).toMatch(/redirect/i);
  });

  it('a redirect within the same origin is followed, with the key', async () => {
    home.script(redirect(307, '/permission_sets/8'));
    await expect(clientOf(home).permissionSets.get(7)).resolves.toEqual(permissionSet());
    expect(home.requests.map((request) => request.url)).toEqual(['/permission_sets/7', '/permission_sets/8']);
    expect(home.requests.every((request) => request.headers.authorization !== undefined)).toBe(true);
  });

  it('a POST redirected is not replayed elsewhere', async () => {
    home.script(redirect(307, `${elsewhere.url}/permission_sets`));
    await settle(clientOf(home).permissionSets.create({ name: 'x' }));
    expect(elsewhere.requests).toEqual([]);
  });
});
