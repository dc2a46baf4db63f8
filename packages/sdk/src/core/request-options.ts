import type { Hooks } from './hooks.js';

/** The last argument of every SDK method; checked like the client's options (internal/options.ts). */
export interface RequestOptions extends Hooks {
  /** Cancels the call, retries and waits included. */
  signal?: AbortSignal;
  /** Milliseconds per attempt, 1 to 2^31 - 1 (default: the client's, 60 000). */
  timeout?: number;
  /** Retries after the first attempt, 0 to 100 (default: the client's, 3). */
  maxRetries?: number;
  /** The largest response body read, in bytes (default: the client's, 64 MiB). */
  maxResponseBytes?: number;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
}
