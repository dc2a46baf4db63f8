// The official Python client's recorded requests (fixtures/civis-python-requests.json, a copy of the
// reference recording) and the built `civis-mock` CLI they are replayed against, one per test file that
// imports this. In the `through prism` project, the CLI is reached through the run's `prism proxy`.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { PermissionSet, ShareIndex } from '@civis-ts/client';
import { type Relay, throughPrism as relayThroughPrism } from '@civis-ts/prism-check/through';
import { resolve } from '@civis-ts/spec/walk';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, expect } from 'vitest';
import { bodyNotTaken, camelise, trimTrailingSlash } from '../src/normalise.js';
import { matchRoute } from '../src/router.js';
import { specDocument } from '../src/spec.js';
import { BASIC } from './helpers.js';

export interface Recorded {
  method_of_client: string;
  method: string;
  target: string;
  headers: Record<string, string>;
  body: string | null;
}

export const RECORDING = JSON.parse(
  readFileSync(fileURLToPath(new URL('./fixtures/civis-python-requests.json', import.meta.url)), 'utf8'),
) as { requests: Recorded[] };
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: unknown;
}

/** Sends exactly this request (fetch refuses a body on GET); `chunked` sends the body in two chunks. */
export function send(base: string, recorded: Recorded, chunked = false): Promise<Answer> {
  const headers: Record<string, string> = {
    ...recorded.headers,
    Authorization: recorded.headers.Authorization?.replace('<key>', BASIC.slice('Basic '.length)) ?? '',
  };
  const body = recorded.body === null ? undefined : Buffer.from(recorded.body);
  if (body && !chunked) headers['Content-Length'] = String(body.length);
  if (body && chunked) headers['Transfer-Encoding'] = 'chunked';
  return new Promise((resolve, reject) => {
    const url = new URL(base);
    const outgoing = httpRequest(
      { host: url.hostname, port: url.port, method: recorded.method, path: recorded.target, headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text, json });
        });
      },
    );
    outgoing.on('error', reject);
    if (body && chunked) {
      const half = Math.floor(body.length / 2);
      outgoing.write(body.subarray(0, half));
      outgoing.end(body.subarray(half));
    } else {
      outgoing.end(body);
    }
  });
}

// Answers checked against the spec here too, not only by Prism: the suite must not trust what it tests.
const ajv = new Ajv2020({ strict: false, validateFormats: false, validateSchema: false });
ajv.addSchema(specDocument(), 'openapi.json');
const absolutize = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(absolutize);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#')
        ? `openapi.json${value}`
        : absolutize(value),
    ]),
  );
};
type Json = Record<string, unknown>;

export function expectSpecBody(recorded: Recorded, answer: Answer): void {
  const path = recorded.target.split('?')[0] as string;
  const { operation } = matchRoute(recorded.method, path.length > 1 ? path.replace(/\/$/, '') : path);
  const paths = specDocument().paths as Record<string, Json>;
  const item = paths[operation.template] as Record<string, Json>;
  const responses = item[recorded.method.toLowerCase()]?.responses as Json;
  const response = resolve(specDocument(), responses[String(answer.status)]);
  const schema = (response.content as Record<string, Json> | undefined)?.['application/json']?.schema;
  if (schema === undefined) {
    expect(answer.text, `${operation.operationId} ${answer.status} has no body`).toBe('');
    return;
  }
  const validate = ajv.compile(absolutize(schema) as object);
  expect(validate(answer.json), `${operation.operationId}: ${ajv.errorsText(validate.errors)}`).toBe(true);
}

let child: ChildProcess;
let current = '';
/** The URL the replay sends to: the CLI's, or Prism's in front of it. */
export const base = () => current;
let prism: Relay | undefined;
/** Whether the replay goes through Prism (the `through prism` project), once the file's mock is started. */
export const throughPrism = () => prism !== undefined;

/** The recorded request in its documented form, as the fake takes it (the official client's forms undone). */
export function documented(recorded: Recorded): Recorded {
  const [rawPath = '', query] = recorded.target.split('?');
  const path = trimTrailingSlash(rawPath, []);
  const { operation } = matchRoute(recorded.method, path);
  let body = recorded.body;
  if (body !== null && operation.bodySchema === undefined) {
    bodyNotTaken(recorded.method, body, []);
    body = null;
  } else if (body !== null) {
    body = JSON.stringify(camelise(JSON.parse(body), operation.bodySchema, []));
  }
  const headers = { ...recorded.headers };
  if (body === null) delete headers['Content-Type'];
  return { ...recorded, target: query === undefined ? path : `${path}?${query}`, headers, body };
}

/**
 * Starts the built `civis-mock` (and Prism in front of it, through Prism) before the file and stops it
 * after: a call per file, as a worker imports this module once for all its files.
 */
export function useCivisMock(): void {
  beforeAll(start);
  afterAll(stop);
}

async function start(): Promise<void> {
  child = spawn(process.execPath, [CLI, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  current = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1] as string);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`civis-mock exited with ${code}: ${output}`)));
  });
  prism = await relayThroughPrism(current);
  if (prism) current = prism.url;
}

async function stop(): Promise<void> {
  await prism?.stop();
  prism = undefined;
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** A camelCase call of our own, as the SDK would make it; it must reach Prism unchanged. */
export async function api<T = PermissionSet>(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; data: T }> {
  const response = await fetch(`${current}${path}`, {
    method,
    headers: { Authorization: BASIC, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.headers.get('x-civis-mock-normalised'), `${method} ${path} was changed`).toBeNull();
  const text = await response.text();
  return { status: response.status, data: text ? JSON.parse(text) : undefined };
}

export const SET = '/permission_sets/7';
export const RESOURCE = `${SET}/resources/voter%20file%202024`;
const ids = (entries: { id: number }[]) => entries.map((entry) => entry.id);
/** Every user and group id in a share list (an array of share indexes), by level. */
export async function sharesOf(path: string) {
  const { status, data } = await api<ShareIndex[]>('GET', `${path}/shares`);
  expect(status).toBe(200);
  const at = (level: 'readers' | 'writers' | 'owners', kind: 'users' | 'groups') =>
    data.flatMap((index) => ids(index[level][kind]));
  return { at };
}
