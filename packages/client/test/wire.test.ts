// What the raw client puts on the wire for each of the spec's operations, observed through a recording fetch:
// request bodies are the camelCase JSON the spec documents, and GET and DELETE carry no body and no
// Content-Type (the official Python client sends snake_case and a `{}` body there; ours stays exact).
// Each operation's call is built from the spec's table (every path and query parameter, every body field
// with a value its rule allows), so an operation the spec gains is called here with no edit.
import type { OperationRow } from '@civis-ts/spec';
import { OPERATIONS } from '@civis-ts/spec/operations';
import { sampleOf } from '@civis-ts/spec/sample';
import { describe, expect, it } from 'vitest';
import { createCivisClient, type Verb } from '../src/index.js';

const requests: Request[] = [];
const client = createCivisClient({
  baseUrl: 'http://127.0.0.1:9',
  apiKey: 'k',
  fetch: async (input: Request) => {
    requests.push(input);
    return new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } });
  },
});

/** A value the rule allows (the table's rules have their `$ref`s followed); a free path string has a space. */
const argumentOf = (rule: OperationRow['parameters'][number]['rule'], inPath = false) =>
  inPath && rule.type === 'string' && rule.pattern === undefined && (rule.maxLength ?? 3) >= 3
    ? 'a b'
    : sampleOf({}, rule);

/** The call of an operation with all of its parameters and body fields, and what the wire must carry. */
function callOf(row: OperationRow) {
  const path = Object.fromEntries(
    row.parameters.filter((p) => p.in === 'path').map((p) => [p.wire, argumentOf(p.rule, true)]),
  );
  const query = Object.fromEntries(
    row.parameters.filter((p) => p.in === 'query').map((p) => [p.wire, argumentOf(p.rule)]),
  );
  const body = row.body && Object.fromEntries(row.body.fields.map((f) => [f.name, sampleOf({}, f.rule)]));
  const url = row.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(path[name])));
  const send = client[row.method as Verb] as unknown as (path: string, init: object) => Promise<unknown>;
  return {
    url,
    query,
    body,
    call: () => send(row.path, { params: { path, query }, ...(body && { body }) }),
  };
}

const camelCase = /^[a-z][a-zA-Z0-9]*$/;

it('has a table of operations, each with its own operationId, to call', () => {
  expect(OPERATIONS.length).toBeGreaterThan(0);
  expect(new Set(OPERATIONS.map((row) => row.operationId)).size).toBe(OPERATIONS.length);
});

describe.each(OPERATIONS.map((row) => [row.operationId, row] as const))('%s', (operationId, row) => {
  it('sends its method, path and query, and a camelCase JSON body, or none at all without one or with GET and DELETE', async () => {
    const { url, query, body, call } = callOf(row);
    requests.length = 0;
    await call();
    expect(requests).toHaveLength(1);
    const request = requests[0] as Request;
    const sent = new URL(request.url);
    expect([request.method, sent.pathname]).toEqual([row.method, url]);
    expect(Object.fromEntries(sent.searchParams)).toEqual(
      Object.fromEntries(Object.entries(query).map(([name, value]) => [name, String(value)])),
    );
    const text = await request.text();
    // A GET or DELETE never has a body here, whatever the spec says: the official client's `{}` is not sent.
    if (!body || request.method === 'GET' || request.method === 'DELETE') {
      expect([request.headers.get('content-type'), text]).toEqual([null, '']);
      return;
    }
    expect(request.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(text)).toEqual(body);
    for (const key of Object.keys(body)) {
      expect(
        key,
        `the body field \`${key}\` of ${operationId} is not camelCase as the API's bodies are: spec/openapi.yaml`,
      ).toMatch(camelCase);
    }
  });
});
