// `@civis-ts/sdk/debug`: the debug log, built on the hooks (`civis.use(debugLog())`). An entry point
// of its own, so an app that does not log carries none of it (bench/FINDINGS.md §7).
import type { Hooks, RequestEvent } from './core/hooks.js';

/** Where `debugLog` writes: `console` will do. */
export interface Logger {
  debug: (message: string) => void;
}

/**
 * A line per response (the attempt it answered, status, request id) and per retry (the wait, the
 * reason); never the key, as hooks never see the request's headers.
 */
export function debugLog(logger: Logger = console): Hooks {
  const log = (e: RequestEvent, what: string) =>
    logger.debug(`civis: ${e.method} ${e.url} #${e.attempt} ${what}`);
  return {
    onResponse: (e) => log(e, `${e.status}, request id ${e.requestId}`),
    onRetry: (e) => log(e, `retry in ${e.delay} ms: ${e.reason}`),
  };
}
