// The service's retry rules (civis-python's policy, from the API notes) as plain functions, so the
// transport stays a loop and the rules can be tested without a server.

/** Waits between attempts, in milliseconds: `initial * 2^attempt` with jitter, at most `max`. */
export interface Backoff {
  initial: number;
  max: number;
}

export const DEFAULT_BACKOFF: Backoff = { initial: 500, max: 60_000 };

/** `Retry-After` in milliseconds, from seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (value.trim() !== '' && Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait before retry number `attempt + 1`, or undefined when the service asks for a longer wait than
 * `backoff.max`: then the caller gets the error (with `retryAfter`) at once instead of a stalled call.
 * Jitter keeps half the exponential step, so waits never collapse to zero and clients spread out.
 */
export function retryDelay(
  attempt: number,
  retryAfter: number | undefined,
  // Each bound defaults alone, also when given as undefined (no NaN wait).
  { initial = DEFAULT_BACKOFF.initial, max = DEFAULT_BACKOFF.max }: Partial<Backoff>,
): number | undefined {
  // (undefined > max is false: no Retry-After asks for no wait.)
  if ((retryAfter as number) > max) return undefined;
  const step = Math.min(max, initial * 2 ** attempt);
  return Math.round(Math.max(step * (0.5 + Math.random() / 2), retryAfter ?? 0));
}

// One 'abort' listener per signal, whatever the number of calls sharing it: a listener per call would
// make Node print MaxListenersExceededWarning for a signal shared by more than ten calls.
const aborts = new WeakMap<AbortSignal, Set<() => void>>();

/** Runs `then` when `signal` aborts (until the returned function is called). */
export function onAbort(signal: AbortSignal | undefined, then: () => void): () => void {
  if (!signal) return () => {};
  let waiting = aborts.get(signal);
  if (!waiting) {
    const set = new Set<() => void>();
    aborts.set(signal, set);
    signal.addEventListener('abort', () => {
      for (const each of set) each();
    });
    waiting = set;
  }
  waiting.add(then);
  return () => waiting.delete(then);
}
