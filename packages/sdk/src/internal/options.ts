// The options a client and each call take, checked alike: a bad value is a CivisValidationError before
// any request, not a call that fails four times in a strange way.
import { check, fail } from './validate.js';

/** The longest wait a timer can take: `setTimeout` fires at once for anything longer. */
const MAX_MS = 2 ** 31 - 1;

/** An integer from `minimum` to `maximum` (else the interpreter's bound), when given at all. */
function bounded(value: unknown, field: string, minimum: number, maximum?: number): void {
  if (value !== undefined) check({ type: 'integer', minimum, maximum }, value, field);
}

/** What `checkOptions` looks at, in a `CivisOptions` or a call's options. */
export interface CheckedOptions {
  timeout?: unknown;
  maxRetries?: unknown;
  maxResponseBytes?: unknown;
  backoff?: unknown;
  signal?: unknown;
}

export function checkOptions(options: CheckedOptions = {}): void {
  bounded(options.timeout, 'timeout', 1, MAX_MS);
  // A hundred retries at the longest backoff is already hours: more is a mistake, not a policy.
  bounded(options.maxRetries, 'maxRetries', 0, 100);
  bounded(options.maxResponseBytes, 'maxResponseBytes', 1);
  const backoff = options.backoff as { initial?: unknown; max?: unknown } | undefined;
  // (The message's grammar is kept as released.)
  if (backoff !== undefined && (typeof backoff !== 'object' || backoff === null))
    fail('backoff', 'must be a object');
  bounded(backoff?.initial, 'backoff.initial', 0, MAX_MS);
  bounded(backoff?.max, 'backoff.max', 0, MAX_MS);
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal))
    fail('signal', 'must be an AbortSignal');
}
