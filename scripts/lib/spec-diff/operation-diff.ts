// Compares the operations of two specs: their ids, parameters, request bodies and responses. Schemas
// inside them go to schema-diff with the direction they travel in.
import { operationsOf } from '@civis-ts/spec/walk';
import { type DiffContext, deref } from './context.ts';
import { deepEqual } from './deep-equal.ts';
import { diffSchema } from './schema-diff.ts';
import { isObject, type Json } from './types.ts';

interface Operation {
  key: string;
  id: string | undefined;
  op: Json;
  parameters: Map<string, Json>;
}

/** Every operation of a spec by `METHOD /path`, with path-level parameters merged in. */
function operations(doc: Json): Map<string, Operation> {
  const result = new Map<string, Operation>();
  for (const { method, path, operationId, operation, parameters } of operationsOf(doc)) {
    const key = `${method.toUpperCase()} ${path}`;
    const byName = new Map(parameters.map((p): [string, Json] => [`${p.in} parameter \`${p.name}\``, p]));
    result.set(key, { key, id: operationId, op: operation, parameters: byName });
  }
  return result;
}

function label(op: Operation): string {
  return op.id ? `${op.id} (${op.key})` : op.key;
}

export function diffOperations(ctx: DiffContext): void {
  const before = operations(ctx.oldDoc);
  const after = operations(ctx.newDoc);
  const afterById = new Map([...after.values()].filter((op) => op.id).map((op) => [op.id, op]));
  for (const [key, oldOp] of before) {
    const newOp = after.get(key);
    ctx.startOperation(label(newOp ?? oldOp));
    if (newOp) {
      diffOperation(ctx, oldOp, newOp);
      continue;
    }
    const moved = oldOp.id ? afterById.get(oldOp.id) : undefined;
    const message = moved ? `moved to ${moved.key}` : 'operation removed';
    ctx.add({
      level: 'major',
      kind: moved ? 'operation-moved' : 'operation-removed',
      location: label(oldOp),
      message,
    });
  }
  for (const [key, newOp] of after) {
    if (before.has(key)) continue;
    const movedHere = [...before.values()].some((old) => old.id && old.id === newOp.id);
    if (movedHere) continue;
    ctx.startOperation(label(newOp));
    ctx.add({ level: 'minor', kind: 'operation-added', location: label(newOp), message: 'new operation' });
  }
  ctx.startOperation('');
}

function diffOperation(ctx: DiffContext, oldOp: Operation, newOp: Operation): void {
  const at = label(newOp);
  if (oldOp.id !== newOp.id) {
    // The operationId names the generated `operations[...]` type: renaming it breaks imports of it.
    const message = `operationId ${oldOp.id ?? 'none'} → ${newOp.id ?? 'none'}`;
    ctx.add({ level: 'major', kind: 'operation-id-changed', location: at, message });
  }
  if (oldOp.op.deprecated !== true && newOp.op.deprecated === true) {
    ctx.add({ level: 'minor', kind: 'operation-deprecated', location: at, message: 'operation deprecated' });
  }
  diffParameters(ctx, oldOp, newOp);
  diffRequestBody(ctx, oldOp.op.requestBody, newOp.op.requestBody, `${at} › request body`);
  diffResponses(ctx, oldOp.op.responses, newOp.op.responses, `${at} › response`);
}

function diffParameters(ctx: DiffContext, oldOp: Operation, newOp: Operation): void {
  const removed = [...oldOp.parameters.keys()].filter((k) => !newOp.parameters.has(k));
  const added = [...newOp.parameters.keys()].filter((k) => !oldOp.parameters.has(k));
  for (const key of removed) {
    const old = oldOp.parameters.get(key) as Json;
    const twin = added.find((k) => {
      const candidate = newOp.parameters.get(k) as Json;
      return candidate.in === old.in && deepEqual(candidate.schema, old.schema);
    });
    if (twin !== undefined) added.splice(added.indexOf(twin), 1);
    const kind = twin !== undefined ? 'parameter-renamed' : 'parameter-removed';
    const message = twin !== undefined ? `${key} renamed to ${twin}` : `${key} removed`;
    ctx.add({ level: 'major', kind, location: label(newOp), message });
  }
  for (const key of added) {
    const required = (newOp.parameters.get(key) as Json).required === true;
    ctx.add({
      level: required ? 'major' : 'minor',
      kind: required ? 'required-parameter-added' : 'parameter-added',
      location: label(newOp),
      message: `new ${required ? 'required' : 'optional'} ${key}`,
    });
  }
  for (const [key, old] of oldOp.parameters) {
    const current = newOp.parameters.get(key);
    if (!current) continue;
    if ((old.required === true) !== (current.required === true)) {
      const nowRequired = current.required === true;
      ctx.add({
        level: nowRequired ? 'major' : 'minor',
        kind: nowRequired ? 'parameter-now-required' : 'parameter-now-optional',
        location: label(newOp),
        message: `${key} is now ${nowRequired ? 'required' : 'optional'}`,
      });
    }
    diffSchema(ctx, old.schema, current.schema, 'request', `${label(newOp)} › ${key}`);
  }
}

function diffRequestBody(ctx: DiffContext, oldRaw: unknown, newRaw: unknown, location: string): void {
  const old = deref(ctx.oldDoc, oldRaw).node;
  const current = deref(ctx.newDoc, newRaw).node;
  if (!isObject(old) && !isObject(current)) return;
  if (!isObject(current)) {
    ctx.add({ level: 'major', kind: 'request-body-removed', location, message: 'request body removed' });
    return;
  }
  const nowRequired = current.required === true;
  if (!isObject(old)) {
    const message = `new ${nowRequired ? 'required' : 'optional'} request body`;
    ctx.add({ level: nowRequired ? 'major' : 'minor', kind: 'request-body-added', location, message });
    return;
  }
  if ((old.required === true) !== nowRequired) {
    ctx.add({
      level: nowRequired ? 'major' : 'minor',
      kind: nowRequired ? 'request-body-now-required' : 'request-body-now-optional',
      location,
      message: `request body is now ${nowRequired ? 'required' : 'optional'}`,
    });
  }
  diffContent(ctx, old.content, current.content, 'request', location);
}

function diffResponses(ctx: DiffContext, oldRaw: unknown, newRaw: unknown, location: string): void {
  const old = isObject(oldRaw) ? oldRaw : {};
  const current = isObject(newRaw) ? newRaw : {};
  for (const status of Object.keys(old)) {
    if (status in current) continue;
    const message = `status ${status} no longer returned`;
    ctx.add({ level: 'major', kind: 'response-status-removed', location: `${location} ${status}`, message });
  }
  for (const status of Object.keys(current)) {
    if (!(status in old)) {
      const message = `status ${status} may now be returned`;
      ctx.add({ level: 'minor', kind: 'response-status-added', location: `${location} ${status}`, message });
      continue;
    }
    const before = deref(ctx.oldDoc, old[status]).node;
    const after = deref(ctx.newDoc, current[status]).node;
    if (!isObject(before) || !isObject(after)) continue;
    diffContent(ctx, before.content, after.content, 'response', `${location} ${status}`);
    diffHeaders(ctx, before.headers, after.headers, `${location} ${status}`);
  }
}

function diffHeaders(ctx: DiffContext, oldRaw: unknown, newRaw: unknown, location: string): void {
  const old = isObject(oldRaw) ? oldRaw : {};
  const current = isObject(newRaw) ? newRaw : {};
  for (const name of Object.keys(old)) {
    if (name in current) {
      const before = deref(ctx.oldDoc, old[name]).node as Json;
      const after = deref(ctx.newDoc, current[name]).node as Json;
      diffSchema(ctx, before?.schema, after?.schema, 'response', `${location} › header ${name}`);
    } else {
      ctx.add({
        level: 'major',
        kind: 'response-header-removed',
        location,
        message: `header ${name} removed`,
      });
    }
  }
  for (const name of Object.keys(current)) {
    if (name in old) continue;
    ctx.add({ level: 'minor', kind: 'response-header-added', location, message: `new header ${name}` });
  }
}

function diffContent(
  ctx: DiffContext,
  oldRaw: unknown,
  newRaw: unknown,
  direction: 'request' | 'response',
  location: string,
): void {
  const old = isObject(oldRaw) ? oldRaw : {};
  const current = isObject(newRaw) ? newRaw : {};
  for (const type of Object.keys(old)) {
    if (!(type in current)) {
      ctx.add({
        level: 'major',
        kind: 'media-type-removed',
        location,
        message: `media type ${type} removed`,
      });
      continue;
    }
    const before = old[type] as Json;
    const after = current[type] as Json;
    diffSchema(ctx, before?.schema, after?.schema, direction, `${location} › body`);
  }
  for (const type of Object.keys(current)) {
    if (type in old) continue;
    ctx.add({ level: 'minor', kind: 'media-type-added', location, message: `new media type ${type}` });
  }
}
