// `@civis-ts/mock/msw`: the fake as Mock Service Worker handlers, for suites that already intercept their
// network with MSW (`setupServer` in Node, `setupWorker` in a browser). The handlers hand each request to
// the fake's own fetch, so state, faults, the request log and `violations` are the same as through
// `mock.fetch` or over HTTP. msw is an optional peer: only this entry point imports it.
import { type HttpHandler, HttpResponse, http } from 'msw';
import type { Mock } from './create.js';

export interface HandlerOptions {
  /** The base URL the client under test calls (its `baseUrl`). Default: `mock.url`. */
  baseUrl?: string;
}

/** One handler for every method and path under `baseUrl`, answered by the fake. */
export function civisHandlers(mock: Mock, options: HandlerOptions = {}): HttpHandler[] {
  const base = (options.baseUrl ?? mock.url).replace(/\/+$/, '');
  return [
    http.all(`${base}/*`, async ({ request }) => {
      try {
        return await mock.fetch(request);
      } catch (error) {
        // An injected dropped connection: MSW's network error, as fetch would meet one.
        if (error instanceof TypeError) return HttpResponse.error();
        throw error;
      }
    }),
  ];
}
