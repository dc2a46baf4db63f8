import { describe, expect, it } from 'vitest';
import { syncVersion } from '../sync-version.ts';

describe('syncVersion', () => {
  it('rewrites the VERSION constant and nothing else', () => {
    const source = "// why\nexport const VERSION = '0.1.0';\nexport const OTHER = '0.1.0';\n";
    expect(syncVersion(source, '1.2.3')).toBe(
      "// why\nexport const VERSION = '1.2.3';\nexport const OTHER = '0.1.0';\n",
    );
  });

  it('fails loudly when there is no VERSION line', () => {
    expect(() => syncVersion('export const V = 1;\n', '1.0.0')).toThrow('no `export const VERSION');
  });
});
