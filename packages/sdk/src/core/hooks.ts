// The one extension point: hooks that see every attempt, response and retry, added to the client
// (`civis.use(hooks)`, all calls) or given to one call (in its options). They never see the request's
// headers, so no hook (nor the debug log built on them) can be handed the key; URLs and request ids in
// them are scrubbed of it like errors are. Each hook gets its own copy of the event: changing it changes
// nothing of the call. A hook is awaited; one that throws or rejects fails the call with a CivisError
// (its error as the `cause`), before anything more is sent.

export interface RequestEvent {
  method: string;
  /** Where the attempt goes, credentials-free. */
  url: string;
  /** 1 for the first attempt, 2 for the first retry… (redirects do not count) */
  attempt: number;
}

export interface ResponseEvent extends RequestEvent {
  status: number;
  /** A copy of the response's headers (what the server sent; the request's are never given to a hook). */
  headers: Headers;
  requestId: string | undefined;
}

export interface RetryEvent extends RequestEvent {
  /** Milliseconds until the next attempt. */
  delay: number;
  /** Why the attempt failed: `HTTP 503`, or the connection error's message. */
  reason: string;
}

export interface Hooks {
  /** Before each attempt is sent. */
  onRequest?: (event: RequestEvent) => unknown;
  /** For each response received (a retried 503 and a followed redirect included); the last is the answer. */
  onResponse?: (event: ResponseEvent) => unknown;
  /** Before waiting for a retry. */
  onRetry?: (event: RetryEvent) => unknown;
}
