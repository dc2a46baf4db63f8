// Faults a test asks for: a status (with Retry-After, a body, headers), latency, or a dropped connection,
// for the next N requests that match a method and a path.
export interface FaultOptions {
  /** Answer with this status; without `body`, the spec's error body for it. */
  status?: number;
  /** How many matching requests the fault applies to (default 1). */
  count?: number;
  retryAfter?: string;
  latencyMs?: number;
  /**
   * `before-response`: close the socket without answering; `mid-body`: send the headers and half the
   * body, then close; `hang`: never answer (until the mock stops).
   */
  drop?: 'before-response' | 'mid-body' | 'hang';
  /** A raw body to answer with, instead of what the fake would answer (e.g. a malformed one). */
  body?: string;
  headers?: Record<string, string>;
  /** Only requests with this method (any case). */
  method?: string;
  /** Only requests whose path (as sent, still percent-encoded, without the query) equals or matches this. */
  path?: string | RegExp;
}

export interface MockFaults {
  inject(fault: FaultOptions): void;
  /** A fixed latency for every request until `clear()`. */
  latency(ms: number): void;
  clear(): void;
}

export class Faults implements MockFaults {
  #rules: { fault: FaultOptions; remaining: number }[] = [];
  #latencyMs = 0;

  inject(fault: FaultOptions): void {
    const count = fault.count ?? 1;
    if (!Number.isInteger(count) || count < 1)
      throw new RangeError(`fault count must be a positive integer, got ${count}`);
    this.#rules.push({ fault, remaining: count });
  }

  latency(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`latency must be >= 0 ms, got ${ms}`);
    this.#latencyMs = ms;
  }

  clear(): void {
    this.#rules = [];
    this.#latencyMs = 0;
  }

  get fixedLatencyMs(): number {
    return this.#latencyMs;
  }

  /** The first fault that matches this request, counted as used. */
  take(method: string, path: string): FaultOptions | undefined {
    const rule = this.#rules.find(({ fault }) => matches(fault, method, path));
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining === 0) this.#rules.splice(this.#rules.indexOf(rule), 1);
    return rule.fault;
  }
}

function matches(fault: FaultOptions, method: string, path: string): boolean {
  if (fault.method && fault.method.toUpperCase() !== method) return false;
  if (fault.path === undefined) return true;
  return typeof fault.path === 'string' ? fault.path === path : fault.path.test(path);
}
