// Input checks declared as small composable values, one declaration next to each SDK method, so every
// bad input is refused with a CivisValidationError naming its field before any request is sent. Their
// bounds and enums are the spec's (generated/constraints.ts); rules the spec does not state say why.
import { CivisValidationError } from './errors.js';
import * as spec from './generated/constraints.js';

/** Throws a CivisValidationError naming `field` when `value` does not fit. */
export type Check = (value: unknown, field: string) => void;

function fail(field: string, problem: string): never {
  throw new CivisValidationError(field, problem);
}

/** Not in the spec: no integer beyond Number.MAX_SAFE_INTEGER, as past it a number is not one exact id. */
export const integer =
  (min = 1, max = 2 ** 53 - 1): Check =>
  (value, field) => {
    if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
      fail(field, `must be an integer from ${min} to ${max}`);
    }
  };

/** A permission set's id, as the spec bounds the path's `id`; also an author id (the spec's pattern: >= 1). */
export const id = integer(spec.path_id_minimum);

/**
 * A string `min` to `max` long. As a `segment` (a resource name, which travels as a path segment) any
 * character is fine, as it is percent-encoded, but URL parsers (fetch's included) drop the segments `.`
 * and `..`, even encoded as `%2E`: not in the spec, but such a name cannot be addressed over HTTP, so it
 * is refused rather than silently sent to a different route.
 */
export const text =
  (min: number, max: number, segment?: boolean): Check =>
  (value, field) => {
    if (typeof value !== 'string') return fail(field, 'must be a string');
    if (value.length < min || value.length > max) fail(field, `must be ${min} to ${max} characters long`);
    if (segment && (value === '.' || value === '..'))
      fail(field, 'cannot be "." or ".." (not a URL path segment)');
    // A lone surrogate: encodeURIComponent (and so a path segment) refuses it, and the service could
    // not store it anyway.
    try {
      encodeURIComponent(value);
    } catch {
      fail(field, 'must be well-formed Unicode');
    }
  };

export const resourceName = text(spec.path_name_minLength, spec.path_name_maxLength, true);

export const oneOf =
  (...values: readonly unknown[]): Check =>
  (value, field) => {
    if (!values.includes(value)) fail(field, `must be one of ${values.map(String).join(', ')}`);
  };

export const boolean = oneOf(true, false);

/**
 * An e-mail body. Not in the spec, which leaves them unbounded: capped at a description's 10,000
 * characters all the same, so that a runaway string is refused here rather than uploaded.
 */
export const emailBody = text(0, 10_000);

export const optional =
  (check: Check): Check =>
  (value, field) => {
    if (value !== undefined) check(value, field);
  };

export const list =
  (item: Check): Check =>
  (value, field) => {
    if (!Array.isArray(value)) return fail(field, 'must be an array');
    for (let i = 0; i < value.length; i++) item(value[i], `${field}[${i}]`);
  };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object with exactly these fields: unknown keys are refused, as they are usually typos. */
export const shape =
  (fields: Record<string, Check>): Check =>
  (value, field) => {
    if (!isObject(value)) return fail(field, 'must be an object');
    const prefix = field ? `${field}.` : '';
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(fields, key)) fail(prefix + key, 'is not a known field');
    }
    for (const key in fields) fields[key]?.(value[key], prefix + key);
  };

const ID_KEY = /^[1-9][0-9]*$/;

/** A map from id (as object keys are strings) to values that pass `check`. */
export const idMap =
  (check: Check): Check =>
  (value, field) => {
    if (!isObject(value)) return fail(field, 'must be an object');
    for (const key of Object.keys(value)) {
      if (!ID_KEY.test(key)) fail(`${field}.${key}`, 'must be keyed by positive integer ids');
      check(value[key], `${field}.${key}`);
    }
  };
