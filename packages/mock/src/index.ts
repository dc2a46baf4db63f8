export type { FaultOptions, MockFaults } from './faults.js';
export { NORMALISED_HEADER } from './front.js';
export { bundledSpecPath, freePort, type PrismOptions, type RunningPrism, startPrism } from './prism.js';
export { PrismNotInstalledError } from './prism-bin.js';
export type { RecordedRequest } from './server.js';
export { type MockOptions, type RunningMock, startMock } from './start.js';
export { MockStore, type StoreOptions } from './store.js';
export type {
  MockGroup,
  MockPermissionSet,
  MockResource,
  MockUser,
  PrincipalKind,
  Share,
  ShareLevel,
  ShareTarget,
} from './types.js';
