// Shared by the contract tests: a raw client pointed at the run's Prism, a log of every exchange, and
// the list of operations the bundled spec declares (to prove each one was exercised).
import { createRequire } from 'node:module';
import { type CivisClient, createCivisClient } from '@civis-ts/client';
import { expect, inject } from 'vitest';

export interface Exchange {
  method: string;
  url: URL;
  status: number;
  violations: string | null;
}

export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
}

/** A client for the Prism started by the globalSetup; `log` gets one entry per response. */
export function prismClient(log: Exchange[] = []): CivisClient {
  return createCivisClient({
    apiKey: 'contract-test-key',
    baseUrl: inject('prismUrl'),
    fetch: async (request: Request) => {
      const response = await fetch(request);
      log.push({
        method: request.method,
        url: new URL(request.url),
        status: response.status,
        violations: response.headers.get('sl-violations'),
      });
      return response;
    },
  });
}

/** Prism accepted the request: the declared success status, no validation failure, no violations. */
export function expectAccepted(response: Response, status: number): void {
  expect(response.headers.get('sl-violations')).toBeNull();
  expect(response.status).not.toBe(422);
  expect(response.status).toBe(status);
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Every operation in `@civis-ts/client/openapi.json`, the spec the client and Prism both use. */
export function specOperations(): SpecOperation[] {
  const spec = createRequire(import.meta.url)('@civis-ts/client/openapi.json') as {
    paths: Record<string, Partial<Record<string, { operationId: string }>>>;
  };
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    HTTP_METHODS.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ operationId: operation.operationId, method: method.toUpperCase(), path }] : [];
    }),
  );
}

/** Whether a concrete URL path is an instance of a spec path template like `/a/{id}/b`. */
export function matchesTemplate(template: string, pathname: string): boolean {
  const pattern = template.replace(/\{[^}]+\}/g, '[^/]+');
  return new RegExp(`^${pattern}$`).test(pathname);
}
