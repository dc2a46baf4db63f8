// Whether the SDK method that runs an operation says `@deprecated` when the spec deprecates it: the
// completeness check (completeness.ts) runs each operation through its method over a tracing proxy that
// notes the last method called on a resource object, and this reads that method's doc comment.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RESOURCES = fileURLToPath(new URL('../src/resources/', import.meta.url));

/** Resource class name → its file (relative to the repo), from `export class X` in src/resources/. */
function classes(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of readdirSync(RESOURCES).filter((f) => f.endsWith('.ts'))) {
    for (const [, name] of readFileSync(`${RESOURCES}${file}`, 'utf8').matchAll(/^export class (\w+)/gm)) {
      found.set(name as string, `packages/sdk/src/resources/${file}`);
    }
  }
  return found;
}

export interface Traced<T> {
  value: T;
  /** The last method called on a resource object, as `Class.method`. */
  last(): { className: string; method: string } | undefined;
}

/** `root` behind a proxy that notes each method called on a resource object (and wraps what it returns). */
export function traced<T extends object>(root: T): Traced<T> {
  const known = classes();
  let last: { className: string; method: string } | undefined;
  const wrap = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    return new Proxy(value, {
      get(target, key, receiver) {
        const member = Reflect.get(target, key, receiver);
        if (typeof member !== 'function' || typeof key !== 'string') return wrap(member);
        return (...args: unknown[]) => {
          const className = (target as object).constructor.name;
          if (known.has(className)) last = { className, method: key };
          return wrap(member.apply(target, args));
        };
      },
    });
  };
  return { value: wrap(root) as T, last: () => last };
}

/** The problem, when `Class.method`'s doc comment does not say `@deprecated`; undefined when it does. */
export function deprecationProblem(
  label: string,
  called: { className: string; method: string },
): string | undefined {
  const file = classes().get(called.className);
  if (!file) return undefined;
  const source = readFileSync(fileURLToPath(new URL(`../../../${file}`, import.meta.url)), 'utf8');
  const body = source.slice(source.indexOf(`export class ${called.className}`));
  const doc = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*(?:async\\s+)?${called.method}\\s*[(<]`).exec(
    body,
  );
  if (doc?.[1]?.includes('@deprecated')) return undefined;
  return (
    `${label} is deprecated in the spec: say so in the doc comment of its SDK method ` +
    `${called.className}.${called.method} in ${file}: \`@deprecated\`, with what to use instead.`
  );
}
