// Compares two JSON Schemas for one direction. The rule behind every verdict: a request schema may widen
// (old calls still type-check and are still accepted) but not narrow; a response schema may narrow (old
// handling code still covers every value) but not widen: a new type, enum value or variant breaks
// exhaustive handling, and a field that may now be missing breaks code that reads it.
import { type DiffContext, deref } from './context.ts';
import { deepEqual } from './deep-equal.ts';
import { type Direction, isObject, type Json, type Level } from './types.ts';

/** The level of a schema getting wider (accepting more values) or narrower, per direction. */
function widened(direction: Direction): Level {
  return direction === 'request' ? 'minor' : 'major';
}
function narrowed(direction: Direction): Level {
  return direction === 'request' ? 'major' : 'minor';
}

export function diffSchema(
  ctx: DiffContext,
  oldRaw: unknown,
  newRaw: unknown,
  direction: Direction,
  location: string,
): void {
  const oldSide = deref(ctx.oldDoc, oldRaw);
  const newSide = deref(ctx.newDoc, newRaw);
  // Reported at the schema's own name only when both sides are that shared schema: a `$ref` replaced by
  // an inline schema (an object answer that became an array of it) is a change of this use, not of it.
  const ref = oldSide.ref !== undefined && newSide.ref !== undefined ? newSide.ref : undefined;
  if (ref !== undefined) {
    // A shared schema is reported at its own name, once, and entered once per operation (recursion).
    const key = `${oldSide.ref}|${newSide.ref}|${direction}`;
    if (ctx.entered.has(key)) return;
    ctx.entered.add(key);
    location = ref;
  }
  const oldS = flattenAllOf(ctx.oldDoc, oldSide.node);
  const newS = flattenAllOf(ctx.newDoc, newSide.node);
  // No shortcut on equal nodes: equal `$ref`s can point at schemas that differ between the two specs.

  // A wholly different type (object → array) is one change; its fields and items are not comparable.
  if (diffTypes(ctx, oldS, newS, direction, location) === 'type-changed') return;
  diffEnum(ctx, oldS, newS, direction, location);
  diffConstraints(ctx, oldS, newS, direction, location);
  diffProperties(ctx, oldS, newS, direction, location);
  diffAdditionalProperties(ctx, oldS, newS, direction, location);
  if (oldS.items !== undefined && newS.items !== undefined) {
    diffSchema(ctx, oldS.items, newS.items, direction, `${location}[]`);
  }
  for (const keyword of ['oneOf', 'anyOf'] as const)
    diffVariants(ctx, oldS, newS, keyword, direction, location);
}

/** `allOf` members merged into one object schema: their properties and required lists are what users see. */
function flattenAllOf(doc: Json, node: unknown): Json {
  if (!isObject(node)) return node === true || node === undefined ? {} : { not: {} };
  if (!Array.isArray(node.allOf)) return node;
  const { allOf, ...rest } = node;
  const merged: Json = { ...rest, properties: { ...(isObject(rest.properties) ? rest.properties : {}) } };
  const required = new Set<string>(Array.isArray(rest.required) ? (rest.required as string[]) : []);
  for (const member of allOf) {
    const part = flattenAllOf(doc, deref(doc, member).node);
    Object.assign(merged.properties as Json, isObject(part.properties) ? part.properties : {});
    for (const name of Array.isArray(part.required) ? (part.required as string[]) : []) required.add(name);
    for (const [key, value] of Object.entries(part)) if (!(key in merged)) merged[key] = value;
  }
  merged.required = [...required].sort();
  return merged;
}

/** The set of JSON types a schema allows; `undefined` means any type. */
function typeSet(s: Json): Set<string> | undefined {
  let types: Set<string> | undefined;
  if (typeof s.type === 'string') types = new Set([s.type]);
  else if (Array.isArray(s.type)) types = new Set(s.type as string[]);
  else if (isObject(s.properties)) types = new Set(['object']);
  else if (s.items !== undefined) types = new Set(['array']);
  // OpenAPI 3.0's `nullable` is 3.1's `type: [..., 'null']`.
  if (types && s.nullable === true) types.add('null');
  return types;
}

function covers(types: Set<string>, type: string): boolean {
  return types.has(type) || (type === 'integer' && types.has('number'));
}

function diffTypes(
  ctx: DiffContext,
  o: Json,
  n: Json,
  direction: Direction,
  location: string,
): 'type-changed' | undefined {
  const before = typeSet(o);
  const after = typeSet(n);
  if (before === undefined && after === undefined) return;
  const show = (t: Set<string> | undefined) => (t ? [...t].join(' | ') : 'any');
  const message = `type ${show(before)} → ${show(after)}`;
  const lost =
    before === undefined ? after !== undefined : [...before].some((t) => !covers(after ?? before, t));
  const gained =
    after === undefined
      ? before !== undefined
      : before !== undefined && [...after].some((t) => !covers(before, t));
  // Lost and gained at once (integer → string) is a different type: breaking in either direction.
  if (lost && gained) {
    ctx.add({ level: 'major', kind: 'type-changed', location, message });
    return 'type-changed';
  }
  if (lost) ctx.add({ level: narrowed(direction), kind: 'type-narrowed', location, message });
  else if (gained) ctx.add({ level: widened(direction), kind: 'type-widened', location, message });
}

function enumValues(s: Json): unknown[] | undefined {
  if (Array.isArray(s.enum)) return s.enum;
  return 'const' in s ? [s.const] : undefined;
}

function diffEnum(ctx: DiffContext, o: Json, n: Json, direction: Direction, location: string): void {
  const before = enumValues(o);
  const after = enumValues(n);
  if (!before && !after) return;
  if (!before) {
    ctx.add({
      level: narrowed(direction),
      kind: 'enum-added',
      location,
      message: 'values now limited to an enum',
    });
    return;
  }
  if (!after) {
    ctx.add({ level: widened(direction), kind: 'enum-removed', location, message: 'enum lifted: any value' });
    return;
  }
  const added = after.filter((v) => !before.some((b) => deepEqual(b, v)));
  const removed = before.filter((v) => !after.some((a) => deepEqual(a, v)));
  const list = (values: unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');
  if (added.length > 0) {
    const why = direction === 'response' ? ' (breaks exhaustive switches)' : '';
    ctx.add({
      level: widened(direction),
      kind: 'enum-value-added',
      location,
      message: `enum value ${list(added)} added${why}`,
    });
  }
  if (removed.length > 0) {
    const message = `enum value ${list(removed)} removed`;
    ctx.add({ level: narrowed(direction), kind: 'enum-value-removed', location, message });
  }
}

/** Keywords whose larger value accepts fewer values, and the other way round. */
const UPPER = ['maxLength', 'maxItems', 'maxProperties', 'maximum', 'exclusiveMaximum'];
const LOWER = ['minLength', 'minItems', 'minProperties', 'minimum', 'exclusiveMinimum', 'multipleOf'];
const OPAQUE = ['pattern', 'format', 'uniqueItems'];

function diffConstraints(ctx: DiffContext, o: Json, n: Json, direction: Direction, location: string): void {
  for (const keyword of [...UPPER, ...LOWER, ...OPAQUE]) {
    const before = o[keyword];
    const after = n[keyword];
    if (deepEqual(before, after)) continue;
    const message = `${keyword} ${JSON.stringify(before) ?? 'none'} → ${JSON.stringify(after) ?? 'none'}`;
    // Constraints do not change the generated types: in a response a change is documentation.
    if (direction === 'response') {
      ctx.add({ level: 'patch', kind: 'constraint-changed', location, message });
      continue;
    }
    const tighter =
      after !== undefined &&
      (before === undefined ||
        OPAQUE.includes(keyword) ||
        (UPPER.includes(keyword) ? Number(after) < Number(before) : Number(after) > Number(before)));
    if (tighter) ctx.add({ level: 'major', kind: 'constraint-tightened', location, message });
    else ctx.add({ level: 'minor', kind: 'constraint-loosened', location, message });
  }
}

function diffProperties(ctx: DiffContext, o: Json, n: Json, direction: Direction, location: string): void {
  const before = isObject(o.properties) ? o.properties : {};
  const after = isObject(n.properties) ? n.properties : {};
  const requiredBefore = new Set(Array.isArray(o.required) ? (o.required as string[]) : []);
  const requiredAfter = new Set(Array.isArray(n.required) ? (n.required as string[]) : []);
  const removed = Object.keys(before).filter((name) => !(name in after));
  const added = Object.keys(after).filter((name) => !(name in before));

  for (const name of removed) {
    // A field removed and another added with the same schema is most likely a rename: say so.
    const twin = added.find((candidate) => deepEqual(before[name], after[candidate]));
    if (twin !== undefined) {
      added.splice(added.indexOf(twin), 1);
      ctx.add({
        level: 'major',
        kind: 'property-renamed',
        location,
        message: `field \`${name}\` renamed to \`${twin}\``,
      });
    } else {
      ctx.add({ level: 'major', kind: 'property-removed', location, message: `field \`${name}\` removed` });
    }
  }
  for (const name of added) {
    const required = requiredAfter.has(name);
    if (direction === 'request' && required) {
      const message = `new required field \`${name}\``;
      ctx.add({ level: 'major', kind: 'required-property-added', location, message });
    } else {
      const message = `new ${required ? 'required' : 'optional'} field \`${name}\``;
      ctx.add({ level: 'minor', kind: 'property-added', location, message });
    }
  }
  for (const name of Object.keys(before)) {
    if (!(name in after)) continue;
    const wasRequired = requiredBefore.has(name);
    const isRequired = requiredAfter.has(name);
    if (wasRequired !== isRequired) {
      // Request: a field becoming required narrows; response: a field becoming optional widens.
      const level = isRequired ? narrowed(direction) : widened(direction);
      const message = `field \`${name}\` is now ${isRequired ? 'required' : 'optional'}`;
      ctx.add({
        level,
        kind: isRequired ? 'property-now-required' : 'property-now-optional',
        location,
        message,
      });
    }
    diffSchema(ctx, before[name], after[name], direction, `${location}.${name}`);
  }
}

function diffAdditionalProperties(
  ctx: DiffContext,
  o: Json,
  n: Json,
  direction: Direction,
  location: string,
): void {
  const before = o.additionalProperties;
  const after = n.additionalProperties;
  if (deepEqual(before, after)) return;
  if (isObject(before) && isObject(after)) {
    diffSchema(ctx, before, after, direction, `${location}{*}`);
    return;
  }
  const closed = (value: unknown) => value === false;
  if (closed(before) === closed(after)) return;
  const message = `additional fields ${closed(after) ? 'no longer allowed' : 'now allowed'}`;
  const level = closed(after) ? narrowed(direction) : widened(direction);
  ctx.add({ level, kind: 'additional-properties-changed', location, message });
}

function diffVariants(
  ctx: DiffContext,
  o: Json,
  n: Json,
  keyword: 'oneOf' | 'anyOf',
  direction: Direction,
  location: string,
): void {
  const before = Array.isArray(o[keyword]) ? (o[keyword] as unknown[]) : [];
  const after = Array.isArray(n[keyword]) ? (n[keyword] as unknown[]) : [];
  if (before.length === 0 && after.length === 0) return;
  // Variants are matched by $ref when they have one, else by position.
  const name = (v: unknown, i: number) => (isObject(v) && typeof v.$ref === 'string' ? v.$ref : `#${i}`);
  const afterNames = after.map(name);
  const beforeNames = before.map(name);
  before.forEach((variant, i) => {
    const j = afterNames.indexOf(beforeNames[i] as string);
    if (j === -1) {
      const message = `${keyword} variant ${beforeNames[i]} removed`;
      ctx.add({ level: narrowed(direction), kind: 'variant-removed', location, message });
    } else diffSchema(ctx, variant, after[j], direction, `${location}<${keyword} ${beforeNames[i]}>`);
  });
  for (const variantName of afterNames) {
    if (beforeNames.includes(variantName)) continue;
    const message = `${keyword} variant ${variantName} added`;
    ctx.add({ level: widened(direction), kind: 'variant-added', location, message });
  }
}
