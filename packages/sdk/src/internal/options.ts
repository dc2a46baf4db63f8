// The options a client and each call take, checked alike: a bad value is a CivisValidationError before
// any request, not a call that fails four times in a strange way.
import { type Check, fail, optional } from './validate.js';

/** The longest wait a timer can take: `setTimeout` fires at once for anything longer. */
const MAX_MS = 2 ** 31 - 1;
const ms = optional({ type: 'integer', minimum: 0, maximum: MAX_MS });
// A hundred retries at the longest backoff is already hours: more is a mistake, not a policy.
const BOUNDS: [string, Check][] = [
  ['timeout', optional({ type: 'integer', minimum: 1, maximum: MAX_MS })],
  ['maxRetries', optional({ type: 'integer', minimum: 0, maximum: 100 })],
  ['maxResponseBytes', optional({ type: 'integer', minimum: 1 })],
];

/** What `checkOptions` looks at, in a `CivisOptions` or a call's options. */
export interface CheckedOptions {
  timeout?: unknown;
  maxRetries?: unknown;
  maxResponseBytes?: unknown;
  backoff?: unknown;
  signal?: unknown;
}

export function checkOptions(options: CheckedOptions = {}): void {
  const all = options as Record<string, unknown>;
  for (const [field, check] of BOUNDS) check(all[field], field);
  const backoff = options.backoff as { initial?: unknown; max?: unknown } | undefined;
  // (The message's grammar is kept as released.)
  if (backoff !== undefined && (typeof backoff !== 'object' || backoff === null))
    fail('backoff', 'must be a object');
  ms(backoff?.initial, 'backoff.initial');
  ms(backoff?.max, 'backoff.max');
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal))
    fail('signal', 'must be an AbortSignal');
}
