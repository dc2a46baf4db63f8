// The route table, the input rules and the allowed responses of the fake, read from the bundled spec rather
// than written out again: a path, a parameter bound, a body rule or a response changes in spec/openapi.yaml
// and the fake follows. The document is imported (bundled into dist/), not read from disk: the fake runs
// where there is no file system (a browser page, a worker).
import type { operations } from '@civis-ts/client';
import bundled from '@civis-ts/client/openapi.json' with { type: 'json' };
import { readOperations, type SpecOperation } from '@civis-ts/spec/responses';
import type { Json } from '@civis-ts/spec/walk';

export type OperationId = keyof operations;
export type { SpecHeader, SpecOperation, SpecParameter, SpecResponse } from '@civis-ts/spec/responses';

const document = bundled as unknown as Json;
let walked: SpecOperation[] | undefined;

/** The bundled OpenAPI document shipped by `@civis-ts/client`. */
export function specDocument(): Json {
  return document;
}

/** Every operation in the spec, with its parameters, body and responses resolved. */
export function specOperations(): SpecOperation[] {
  walked ??= readOperations(document);
  return walked;
}
