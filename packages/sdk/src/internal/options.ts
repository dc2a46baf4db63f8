// The options a client and each call take, checked alike: a bad value is a CivisValidationError before
// any request, not a call that fails four times in a strange way.
import { check, fail, type Rule } from './validate.js';

/** Milliseconds from `minimum` up to the longest wait a timer can take (`setTimeout` fires at once for longer). */
const ms = (minimum: number): Rule => ({ type: 'integer', minimum, maximum: 2 ** 31 - 1 });

// Each option's rule, checked when given at all.
const RULES: Record<string, Rule | ((value: unknown, field: string) => void)> = {
  timeout: ms(1),
  // A hundred retries at the longest backoff is already hours: more is a mistake, not a policy.
  maxRetries: { type: 'integer', minimum: 0, maximum: 100 },
  maxResponseBytes: { type: 'integer', minimum: 1 },
  backoff: { properties: { initial: ms(0), max: ms(0) } },
  signal: (value, field) => value instanceof AbortSignal || fail(field, 'must be an AbortSignal'),
};

/** What `checkOptions` looks at, in a `CivisOptions` or a call's options. */
export interface CheckedOptions {
  timeout?: unknown;
  maxRetries?: unknown;
  maxResponseBytes?: unknown;
  backoff?: unknown;
  signal?: unknown;
}

export function checkOptions(options: CheckedOptions = {}): void {
  for (const field in RULES) {
    const value = options[field as keyof CheckedOptions];
    if (value !== undefined) check(RULES[field] as Rule, value, field);
  }
}
