export { EXIT } from './errors.js';
export { run } from './main.js';
export { VERSION } from './version.js';
