// The size budget, run by `pnpm test` (turbo `test` in this package): fails when the SDK outgrows it.
import { describe, expect, it } from 'vitest';
import { bundleSize, ENTRIES, SDK_GZIP_BUDGET, SDK_GZIP_TARGET } from './size.ts';

describe('browser bundle size', () => {
  it.each(['@civis-ts/sdk (everything)', '@civis-ts/sdk (`Civis` only)'] as const)(
    `keeps %s at most ${SDK_GZIP_BUDGET} bytes min+gzip`,
    async (entry) => {
      const sdk = await bundleSize(ENTRIES[entry]);
      const report = sdk.largest.map((i) => `${i.path}: ${i.bytes}`).join(', ');
      expect(
        sdk.gzip,
        `SDK is ${sdk.gzip} B min+gzip (${sdk.min} B min); largest inputs: ${report}`,
      ).toBeLessThanOrEqual(SDK_GZIP_BUDGET);
    },
  );

  it(`keeps \`Civis\` alone at most the target of ${SDK_GZIP_TARGET} bytes min+gzip (issue 23)`, async () => {
    const civis = await bundleSize(ENTRIES['@civis-ts/sdk (`Civis` only)']);
    expect(civis.gzip, `Civis is ${civis.gzip} B min+gzip`).toBeLessThanOrEqual(SDK_GZIP_TARGET);
  });

  it('measures what it bundles: the SDK and @civis-ts/client code, no openapi-fetch; octokit is far bigger', async () => {
    const [sdk, openapiFetch, octokit] = await Promise.all([
      bundleSize(ENTRIES['@civis-ts/sdk (everything)']),
      bundleSize(ENTRIES['openapi-fetch alone']),
      bundleSize(ENTRIES['@octokit/rest (for scale)']),
    ]);
    const paths = sdk.largest.map((i) => i.path);
    expect(paths.some((path) => path.includes('sdk/dist'))).toBe(true);
    // civis.raw is the SDK's own: openapi-fetch stays out of an app that only imports the SDK.
    expect(paths.some((path) => path.includes('openapi-fetch'))).toBe(false);
    expect(sdk.min).toBeGreaterThan(openapiFetch.min);
    expect(octokit.gzip).toBeGreaterThan(sdk.gzip);
    expect(openapiFetch.gzip).toBeLessThan(openapiFetch.min);
  });
});
