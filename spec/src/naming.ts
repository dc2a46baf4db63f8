// The one naming rule between the wire and TypeScript: a snake_case name (`page_num`) is a camelCase one
// (`pageNum`), and back by putting `_` before each capital. The table's `name` of every query parameter is
// `camelCase(wire)`; the SDK sends a query with `snakeCase`; the mock renames a snake_case body key the
// official client sends with `camelCase`. A name the rule cannot carry both ways is refused by `tsName`
// when the table is generated, so the two directions always agree.

/** `page_num` → `pageNum`: `_` and the lower-case letter after it become that letter's capital. */
export const camelCase = (wire: string): string =>
  wire.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** `pageNum` → `page_num`: the inverse of `camelCase` on every name `tsName` accepts. */
export const snakeCase = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The TypeScript name of a snake_case wire name (a query parameter), checked: `snakeCase` must give the
 * wire name back, as that is how the SDK sends it. `where` names the operation in the error.
 */
export function tsName(wire: string, where: string): string {
  const name = camelCase(wire);
  if (!/^[a-z][a-z0-9_]*$/.test(wire) || snakeCase(name) !== wire) {
    throw new Error(
      `the parameter \`${wire}\` of ${where} is not snake_case that the naming rule carries both ways ` +
        '(spec/src/naming.ts): rename it in spec/openapi.yaml.',
    );
  }
  return name;
}
