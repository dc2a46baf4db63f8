// Input checks: the spec's rules, generated as data (generated/queries.ts), read by one interpreter, so
// every bad input is refused with a CivisValidationError naming its field before any request is sent.
// Rules the spec does not state are Checks written here, and say why.
import { DESCRIPTION_MAX_LENGTH } from '@civis-ts/spec/facts';
import { CivisValidationError } from '../core/errors.js';
import * as spec from '../generated/rules.js';

/** Throws a CivisValidationError naming `field` when `value` does not fit. */
export type Check = (value: unknown, field: string) => void;

/** The JSON Schema keywords the generated rules carry (scripts/lib/sdk-inputs.ts). */
export interface Rule {
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly items?: Rule | Check;
  readonly required?: readonly string[];
  readonly properties?: { readonly [name: string]: Rule | Check };
}

export function fail(field: string, problem: string): never {
  throw new CivisValidationError(field, problem);
}

/**
 * `value` percent-encoded, as a path segment or query value. A lone surrogate cannot be encoded at all
 * (nor could the service store it): refused, wherever it is, as the field it came in.
 */
export function encode(value: string | number | boolean, field: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    fail(field, 'must be well-formed Unicode');
  }
}

/**
 * `value` as one URL path segment: a parameter such as `a/b` or `x?y#z` stays one segment. URL parsers
 * (fetch's included) drop the segments `.` and `..`, even encoded as `%2E`, so such a value would
 * silently address another route (`…/resources/../shares/users` is the permission set's shares):
 * refused, as is a missing or empty one.
 */
export function segment(value: unknown, field: string): string {
  if (value === '.' || value === '..' || value === '' || value == null)
    fail(field, 'must be a URL path segment: not missing, empty, "." or ".."');
  return encode(value as string, field);
}

/** Not in the spec: no integer beyond Number.MAX_SAFE_INTEGER, as past it a number is not one exact id. */
const SAFE = 2 ** 53 - 1;

/**
 * Checks `value` against a generated rule (or a Check). Lengths count code points, as JSON Schema
 * does, not UTF-16 units: an emoji is one character. An object's unknown keys are refused, as they are
 * usually typos; its required keys must be there.
 */
export function check(rule: Rule | Check, value: unknown, field: string): void {
  if (typeof rule === 'function') return void rule(value, field);
  const { type, minimum = -SAFE, maximum = SAFE, minLength = 0, maxLength, properties } = rule;
  if (rule.enum) {
    if (!rule.enum.includes(value)) fail(field, `must be one of ${rule.enum.join(', ')}`);
  } else if (type === 'integer') {
    if (!Number.isInteger(value) || (value as number) < minimum || (value as number) > maximum) {
      fail(field, `must be an integer from ${minimum} to ${maximum}`);
    }
  } else if (type === 'boolean') {
    if (typeof value !== 'boolean') fail(field, 'must be one of true, false');
  } else if (type === 'string') {
    if (typeof value !== 'string') fail(field, 'must be a string');
    const length = [...value].length;
    if (length < minLength || length > (maxLength ?? length)) {
      fail(field, `must be ${minLength} to ${maxLength ?? 'any number of'} characters long`);
    }
    if (rule.pattern && !new RegExp(rule.pattern, 'u').test(value)) fail(field, `must match ${rule.pattern}`);
    encode(value, field);
  } else if (type === 'array') {
    if (!Array.isArray(value)) fail(field, 'must be an array');
    if (value.length < (rule.minItems ?? 0) || value.length > (rule.maxItems ?? value.length)) {
      fail(field, `must hold ${rule.minItems ?? 0} to ${rule.maxItems ?? 'any number of'} items`);
    }
    for (let i = 0; i < value.length; i++) check(rule.items ?? {}, value[i], `${field}[${i}]`);
  } else if (properties) {
    if (!isObject(value)) fail(field, 'must be an object');
    const prefix = field ? `${field}.` : '';
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(properties, key)) fail(prefix + key, 'is not a known field');
    }
    for (const key of rule.required ?? []) if (value[key] === undefined) fail(prefix + key, 'is required');
    for (const key in properties) {
      if (value[key] !== undefined) check(properties[key] as Rule, value[key], prefix + key);
    }
  }
}

/**
 * `rule` with some of its properties checked otherwise (the SDK takes them in another shape); typed as
 * `rule` is, so its other keywords (a list's page size) stay readable.
 */
export const withProperties = <R extends Rule>(rule: R, properties: Rule['properties']): R =>
  ({ ...rule, properties: { ...rule.properties, ...properties } }) as R;

/** A permission set's id (the path's `id`, and named so), as the spec bounds it. */
export const id = (value: unknown): void => check(spec.path_id, value, 'id');

/**
 * A resource name, which travels as a path segment: any character is fine, as it is percent-encoded,
 * but `.` and `..` are no segment (see `segment`): not in the spec, but such a name cannot be addressed
 * over HTTP, so it is refused (a new one too) rather than silently sent to a different route.
 */
export const resourceName = (value: unknown): void => {
  // `name` as the path and the body call it.
  check(spec.path_name, value, 'name');
  segment(value, 'name');
};

/**
 * An e-mail body. Not in the spec, which leaves them unbounded: checked as a description all the same
 * (the spec's rule of one, so its maxLength), so that a runaway string is refused here rather than uploaded.
 */
export const emailBody: Rule = { type: 'string', maxLength: DESCRIPTION_MAX_LENGTH };

/** A JSON object: not null, not an array. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ID_KEY = /^[1-9][0-9]*$/;

/** A map from id (as object keys are strings) to values that pass `check`. */
export const idMap =
  (rule: Rule | Check): Check =>
  (value, field) => {
    if (!isObject(value)) return fail(field, 'must be an object');
    for (const key of Object.keys(value)) {
      if (!ID_KEY.test(key)) fail(`${field}.${key}`, 'must be keyed by positive integer ids');
      check(rule, value[key], `${field}.${key}`);
    }
  };
