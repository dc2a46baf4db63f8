// `plan` refuses a name or description exactly when `apply`'s call would be refused: for any string, the
// file's check and the SDK's own create (checked from the outside, through its public methods, before
// anything is sent) agree.
import { Civis, CivisValidationError } from '@civis-ts/sdk';
import { DESCRIPTION_MAX_LENGTH, NAME_MAX_LENGTH } from '@civis-ts/spec/facts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES, textProblem } from '../src/acl/rules.js';

/** Sent means accepted: the stub answers every request by throwing this. */
const SENT = new Error('sent');
const civis = new Civis({
  apiKey: 'test-key',
  maxRetries: 0,
  fetch: async () => {
    throw SENT;
  },
});

/** Whether the SDK accepts `call`'s input: it refuses with a CivisValidationError before sending. */
async function accepted(call: () => Promise<unknown>): Promise<boolean> {
  try {
    await call();
  } catch (error) {
    if (error instanceof CivisValidationError) return false;
    return true;
  }
  return true;
}

/** Strings around the bounds, with lone surrogates, emoji (one character, two UTF-16 units) and controls. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom('a', '😀', '\ud800', '\udc00', '\u0000', 'é'), maxLength: 12 }),
  fc.integer({ min: NAME_MAX_LENGTH - 5, max: NAME_MAX_LENGTH + 5 }).map((n) => 'x'.repeat(n)),
  fc
    .integer({ min: Math.floor(NAME_MAX_LENGTH / 2) - 2, max: Math.ceil(NAME_MAX_LENGTH / 2) + 2 })
    .map((n) => '😀'.repeat(n) + 'x'.repeat(n)),
  fc.constantFrom('', ' ', 'x'.repeat(DESCRIPTION_MAX_LENGTH), 'x'.repeat(DESCRIPTION_MAX_LENGTH + 1)),
);

describe('the file is checked by the rules the SDK sends by', () => {
  it('a set name and description', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        const byName = await accepted(() => civis.permissionSets.create({ name: value }));
        expect(textProblem(value, RULES.setName) === undefined, JSON.stringify(value)).toBe(byName);
        const byDescription = await accepted(() =>
          civis.permissionSets.create({ name: 'n', description: value }),
        );
        expect(textProblem(value, RULES.setDescription) === undefined).toBe(byDescription);
      }),
    );
  });

  it('a resource name and description', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        // `.` and `..` are refused by the file format itself (file.ts), as URL segments.
        fc.pre(value !== '.' && value !== '..');
        const resources = civis.permissionSets.resources(1);
        const byName = await accepted(() => resources.create({ name: value }));
        expect(textProblem(value, RULES.resourceName) === undefined, JSON.stringify(value)).toBe(byName);
        const byDescription = await accepted(() => resources.create({ name: 'n', description: value }));
        expect(textProblem(value, RULES.resourceDescription) === undefined).toBe(byDescription);
      }),
    );
  });
});
