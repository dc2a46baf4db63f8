// @civis-ts/spec: everything there is to know about spec/openapi.yaml, read from one place. Import the
// subpath you need (`@civis-ts/spec/facts` in code that ships to browsers: it holds no descriptions).
export * from './generated/facts.js';
export { OPERATIONS } from './generated/operations.js';
export { camelCase, snakeCase, tsName } from './naming.js';
export type * from './row.js';
export { operationTable, ruleOf } from './table.js';
