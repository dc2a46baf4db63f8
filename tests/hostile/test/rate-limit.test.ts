// 429 and Retry-After in each of its forms: seconds, an HTTP date, absent, unreadable, absurdly large.
import { RateLimitError } from '@civis-ts/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { calls, clientOf, permissionSet, settle } from '../src/fixtures.js';
import { type HostileServer, startHostileServer } from '../src/hostile-server.js';
import { apiError, repeat } from '../src/replies.js';

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer(calls.GET.success);
});
afterAll(() => server.stop());
beforeEach(() => server.reset());

const gap = () => (server.requests[1]?.at ?? 0) - (server.requests[0]?.at ?? 0);

describe('429 Too Many Requests', () => {
  it('Retry-After in seconds is waited for at least that long, then the call succeeds', async () => {
    server.script(apiError(429, { 'Retry-After': '1' }));
    const civis = clientOf(server, { backoff: { initial: 1, max: 5_000 } });
    await expect(civis.permissionSets.get(7)).resolves.toEqual(permissionSet());
    expect(server.requests).toHaveLength(2);
    expect(gap()).toBeGreaterThanOrEqual(950);
  });

  it('Retry-After as an HTTP date is waited for until that date', async () => {
    // HTTP dates have whole seconds: 2 s ahead is at least 1 s ahead once truncated.
    const date = new Date(Date.now() + 2_000).toUTCString();
    server.script(apiError(429, { 'Retry-After': date }));
    const civis = clientOf(server, { backoff: { initial: 1, max: 5_000 } });
    await expect(civis.permissionSets.get(7)).resolves.toEqual(permissionSet());
    expect(server.requests).toHaveLength(2);
    expect(gap()).toBeGreaterThanOrEqual(900);
  });

  it('a date in the past or a negative number means retry now', async () => {
    server.script(
      apiError(429, { 'Retry-After': 'Thu, 01 Jan 1970 00:00:00 GMT' }),
      apiError(429, { 'Retry-After': '-5' }),
    );
    await expect(clientOf(server).permissionSets.get(7)).resolves.toEqual(permissionSet());
    expect(server.requests).toHaveLength(3);
  });

  it.each([
    ['absent', undefined],
    ['unreadable', 'soon'],
  ])(
    'Retry-After %s: exponential backoff, then a RateLimitError without retryAfter after 1 + maxRetries sends',
    async (_, value) => {
      const headers: Record<string, string> = value === undefined ? {} : { 'Retry-After': value };
      server.script(...repeat(4, apiError(429, headers)));
      const { error } = await settle(clientOf(server).permissionSets.get(7));
      expect(error).toBeInstanceOf(RateLimitError);
      expect((error as RateLimitError).retryAfter).toBeUndefined();
      expect(server.requests).toHaveLength(4);
    },
  );

  it('an absurd Retry-After (a day) is not waited for: RateLimitError carrying it after one send', async () => {
    server.script(apiError(429, { 'Retry-After': '86400' }));
    const { error } = await settle(
      clientOf(server, { backoff: { initial: 1, max: 60_000 } }).permissionSets.get(7),
    );
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(86_400);
    expect((error as RateLimitError).status).toBe(429);
    expect(server.requests).toHaveLength(1);
  });

  it('an absurd Retry-After date (years ahead) is not waited for either', async () => {
    server.script(apiError(429, { 'Retry-After': 'Fri, 01 Jan 2100 00:00:00 GMT' }));
    const { error } = await settle(clientOf(server).permissionSets.get(7));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBeGreaterThan(60 * 60 * 24 * 365);
    expect(server.requests).toHaveLength(1);
  });

  it('a wait above the cap stops the retries even part-way through a burst', async () => {
    server.script(apiError(429, { 'Retry-After': '0' }), apiError(429, { 'Retry-After': '3600' }));
    const { error } = await settle(clientOf(server).permissionSets.get(7));
    expect((error as RateLimitError).retryAfter).toBe(3_600);
    expect(server.requests).toHaveLength(2);
  });

  it('the rate-limit headers of the last response are exposed', async () => {
    server.script(
      apiError(429, { 'Retry-After': '0', 'X-RateLimit-Limit': '100', 'X-RateLimit-Remaining': '0' }),
    );
    const civis = clientOf(server);
    await civis.permissionSets.get(7);
    expect(civis.rateLimit).toEqual({ limit: 100, remaining: 0 });
  });
});
