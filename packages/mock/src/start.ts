// startMock: the stateful fake, and (by default) Prism's validating proxy in front of it, so every request
// and every response of a test is checked against the spec.
import { Faults, type MockFaults } from './faults.js';
import { startPrism } from './prism.js';
import { type RecordedRequest, startFakeServer } from './server.js';
import { MockStore } from './store.js';

export interface MockOptions {
  /** The port of `url` (Prism's when validating, else the fake's). Default: a free port. */
  port?: number;
  /** The seed of the generated users, groups, permission sets and shares. Default 1. */
  seed?: number;
  /** Put Prism's validating proxy in front (default true). */
  validate?: boolean;
  /** The API key the fake accepts. Default 'test-key'. */
  apiKey?: string;
  /** How many permission sets the seed makes. Default 25. */
  permissionSets?: number;
}

export interface RunningMock {
  /** The base URL to give a client: Prism's proxy when validating, else the fake itself. */
  url: string;
  /** The fake itself, bypassing Prism. */
  directUrl: string;
  /** The in-memory state; `state.reset()` restores the seeded state. */
  state: MockStore;
  faults: MockFaults;
  /** Every request the fake received (through Prism or not); `requests.length = 0` clears it. */
  requests: RecordedRequest[];
  /** Stops the fake and Prism; safe to call more than once. */
  stop(): Promise<void>;
}

export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const validate = options.validate ?? true;
  const state = new MockStore({ seed: options.seed, permissionSets: options.permissionSets });
  const faults = new Faults();
  const requests: RecordedRequest[] = [];
  const fake = await startFakeServer(
    { store: state, faults, apiKey: options.apiKey ?? 'test-key', requests },
    validate ? 0 : options.port,
  );
  let prism: Awaited<ReturnType<typeof startPrism>> | undefined;
  try {
    if (validate) prism = await startPrism({ mode: 'proxy', upstream: fake.url, port: options.port });
  } catch (error) {
    await fake.stop();
    throw error;
  }
  let stopping: Promise<void> | undefined;
  return {
    url: prism?.url ?? fake.url,
    directUrl: fake.url,
    state,
    faults,
    requests,
    stop: () => {
      stopping ??= Promise.all([prism?.stop(), fake.stop()]).then(() => undefined);
      return stopping;
    },
  };
}
