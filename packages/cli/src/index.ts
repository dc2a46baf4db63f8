export { EXIT } from './errors.js';
export type { Io } from './io.js';
export { run } from './main.js';
export { VERSION } from './version.js';
