// What a route receives (typed, validated input) and what it returns (status, JSON body, extra headers).
import type { operations } from '@civis-ts/client';
import type { Tag, TagOperations } from '@civis-ts/spec/facts';
import type { MockStore } from '../store.js';

export interface RouteContext {
  /** Path and query parameters, validated against the spec and with its defaults filled in. */
  params: Record<string, unknown>;
  /** The JSON body, already validated against the operation's request schema. */
  body: unknown;
  store: MockStore;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Route = (context: RouteContext) => RouteResult;

/** One route per operation of the spec: the compiler fails if an operation has none. */
export type Routes = { [K in keyof operations]: Route };

/**
 * The routes of every operation of these tags (the spec's generated TagOperations): each route file is
 * typed by the tags it serves, so a new operation of a tag fails to compile in that file, and a new
 * tag in routes/index.ts, where its file is added.
 */
export type TagRoutes<T extends Tag> = { [K in TagOperations[T]]: Route };

export const ok = (body: unknown, headers?: Record<string, string>): RouteResult => ({
  status: 200,
  body,
  headers,
});
export const created = (body: unknown): RouteResult => ({ status: 201, body });
export const noContent = (): RouteResult => ({ status: 204 });
