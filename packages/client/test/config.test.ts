// resolveConfig: where the key and base URL come from, and the error when there is no key.
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  configOf,
  DEFAULT_BASE_URL,
  InvalidBaseUrlError,
  MissingApiKeyError,
  resolveConfig,
} from '../src/config.js';

beforeEach(() => {
  vi.stubEnv('CIVIS_API_KEY', undefined);
  vi.stubEnv('CIVIS_API_ENDPOINT', undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('resolveConfig', () => {
  it('reads the key from CIVIS_API_KEY and defaults the base URL', () => {
    vi.stubEnv('CIVIS_API_KEY', 'env-key');
    expect(resolveConfig()).toEqual({ apiKey: 'env-key', baseUrl: 'https://api.civisanalytics.com' });
    expect(DEFAULT_BASE_URL).toBe('https://api.civisanalytics.com');
  });

  it('reads the base URL from CIVIS_API_ENDPOINT', () => {
    vi.stubEnv('CIVIS_API_KEY', 'env-key');
    vi.stubEnv('CIVIS_API_ENDPOINT', 'https://civis.example.test');
    expect(resolveConfig().baseUrl).toBe('https://civis.example.test');
  });

  it('prefers explicit options to the environment', () => {
    vi.stubEnv('CIVIS_API_KEY', 'env-key');
    vi.stubEnv('CIVIS_API_ENDPOINT', 'https://env.example.test');
    expect(resolveConfig({ apiKey: 'explicit', baseUrl: 'https://explicit.example.test' })).toEqual({
      apiKey: 'explicit',
      baseUrl: 'https://explicit.example.test',
    });
  });

  it.each([
    ['https://civis.example.test/', 'https://civis.example.test'],
    ['https://civis.example.test///', 'https://civis.example.test'],
    ['http://127.0.0.1:4010/api/', 'http://127.0.0.1:4010/api'],
  ])('strips trailing slashes from %s', (given, expected) => {
    expect(resolveConfig({ apiKey: 'k', baseUrl: given }).baseUrl).toBe(expected);
  });

  it('treats an empty CIVIS_API_ENDPOINT as unset', () => {
    vi.stubEnv('CIVIS_API_ENDPOINT', '');
    expect(resolveConfig({ apiKey: 'k' }).baseUrl).toBe(DEFAULT_BASE_URL);
  });

  it('throws MissingApiKeyError, naming both ways to give a key, when there is none', () => {
    expect(() => resolveConfig()).toThrow(MissingApiKeyError);
    expect(() => resolveConfig()).toThrow(/pass \{ apiKey \} or set the CIVIS_API_KEY environment variable/);
  });

  it('treats an empty key, given or from the environment, as no key', () => {
    vi.stubEnv('CIVIS_API_KEY', '');
    expect(() => resolveConfig()).toThrow(MissingApiKeyError);
    expect(() => resolveConfig({ apiKey: '' })).toThrow(MissingApiKeyError);
  });

  it('gives the error a name that survives serialisation and inspection', () => {
    const error = (() => {
      try {
        resolveConfig();
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('MissingApiKeyError');
    expect(inspect(error)).toContain('MissingApiKeyError');
  });

  it.each([
    ['ws://api.example.test', /absolute http\(s\) URL/],
    ['file:///etc/passwd', /absolute http\(s\) URL/],
    ['api.example.test', /absolute http\(s\) URL/],
    ['https://sk-in-url:@api.example.test', /must not contain credentials/],
    ['https://user:sk-in-url@api.example.test', /must not contain credentials/],
    ['http://api.example.test', /plain http to a remote host/],
    ['http://10.0.0.8:8080', /plain http to a remote host/],
    ['http://127.0.0.1.nip.io', /plain http to a remote host/],
    ['https://api.example.test/v1?x=1', /must not have a query or fragment/],
    ['https://api.example.test/?', /must not have a query or fragment/],
    ['https://api.example.test/v1#top', /must not have a query or fragment/],
    ['https://api.example.test/#/', /must not have a query or fragment/],
  ])('refuses the base URL %s, without repeating it', (baseUrl, problem) => {
    let error: unknown;
    try {
      resolveConfig({ apiKey: 'k', baseUrl });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidBaseUrlError);
    expect((error as Error).message).toMatch(problem);
    expect(inspect(error)).not.toContain('sk-in-url');
  });

  it.each(['http://127.0.0.1:4010', 'http://localhost:1', 'http://[::1]:8', 'https://api.example.test'])(
    'accepts %s',
    (baseUrl) => {
      expect(resolveConfig({ apiKey: 'k', baseUrl }).baseUrl).toBe(baseUrl);
    },
  );

  it('accepts plain http to a remote host with allowInsecureHttp', () => {
    const baseUrl = 'http://api.example.test';
    expect(resolveConfig({ apiKey: 'k', baseUrl, allowInsecureHttp: true }).baseUrl).toBe(baseUrl);
  });

  it('configOf reports through the given function, so another package can throw its own errors', () => {
    const fail = (field: string, problem: string): never => {
      throw new RangeError(`${field}: ${problem}`);
    };
    expect(() => configOf({ apiKey: '' }, fail)).toThrow(/^apiKey: is missing/);
    expect(() => configOf({ apiKey: 'k', baseUrl: 'ws://x' }, fail)).toThrow(RangeError);
  });
});
