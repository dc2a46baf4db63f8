export { createMock, DEFAULTS, MOCK_ORIGIN, type Mock, type MockOptions } from './create.js';
export type { RecordedRequest, SpecViolation } from './fake.js';
export type { FaultOptions, MockFaults } from './faults.js';
export { NORMALISED_HEADER } from './normalise.js';
export { type RunningMock, type StartOptions, startMock } from './server.js';
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
