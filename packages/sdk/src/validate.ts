// Input checks declared as small composable values, one declaration next to each SDK method, so every
// bad input is refused with a CivisValidationError naming its field before any request is sent.
import { CivisValidationError } from './errors.js';

/** Throws a CivisValidationError naming `field` when `value` does not fit. */
export type Check = (value: unknown, field: string) => void;

function fail(field: string, problem: string): never {
  throw new CivisValidationError(field, problem);
}

export const integer =
  (min = 1, max = Number.MAX_SAFE_INTEGER): Check =>
  (value, field) => {
    if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
      fail(field, `must be an integer from ${min} to ${max}`);
    }
  };

/** A positive integer: every id in this API. */
export const id = integer();

// encodeURIComponent throws on a lone surrogate, and the service could not store one anyway.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const text =
  (min: number, max: number): Check =>
  (value, field) => {
    if (typeof value !== 'string') return fail(field, 'must be a string');
    if (value.length < min || value.length > max) fail(field, `must be ${min} to ${max} characters long`);
    if (LONE_SURROGATE.test(value)) fail(field, 'must be well-formed Unicode');
  };

const name = text(1, 255);

/**
 * A resource name used as a path segment. Any character is fine (it is percent-encoded), but URL
 * parsers (fetch's included) drop the segments `.` and `..`, even encoded as `%2E`: such a name cannot
 * be addressed over HTTP, so it is refused rather than silently sent to a different route.
 */
export const resourceName: Check = (value, field) => {
  name(value, field);
  if (value === '.' || value === '..')
    fail(field, 'cannot be "." or "..": URLs cannot carry it as a path segment');
};

export const oneOf =
  (...values: readonly unknown[]): Check =>
  (value, field) => {
    if (!values.includes(value)) fail(field, `must be one of ${values.map(String).join(', ')}`);
  };

export const boolean = oneOf(true, false);
export const level = oneOf('read', 'write', 'manage');

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
