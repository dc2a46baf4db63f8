// startMock: the stateful fake, (by default) Prism's validating proxy in front of it, so every request
// and every response of a test is checked against the spec, and the front door in front of both, which
// takes what the official Python client sends as the service does (front.ts).
import { Faults, type MockFaults } from './faults.js';
import { type RunningFront, startFront } from './front.js';
import { type RunningPrism, startPrism } from './prism.js';
import { type RecordedRequest, startFakeServer } from './server.js';
import { MockStore } from './store.js';

export interface MockOptions {
  /** The port of `url` (the front door's). Default: a free port. */
  port?: number;
  /** The seed of the generated users, groups, permission sets and shares. Default 1. */
  seed?: number;
  /** Put Prism's validating proxy in front (default true). */
  validate?: boolean;
  /** The API key the fake accepts. Default 'test-key'. */
  apiKey?: string;
  /** How many permission sets the seed makes. Default 25. */
  permissionSets?: number;
  /** How many of the last requests `requests` keeps (a ring; 0 keeps none). Default 1,000. */
  requestLog?: number;
  /** Called with each request as it arrives (the CLI's `--log-requests`). */
  onRequest?: (request: RecordedRequest) => void;
  /** The largest request body the fake reads; a longer one is answered 413. Default 4 MiB. */
  maxBodyBytes?: number;
  /**
   * Called when Prism died and could not be started again: nothing answers at `url` any more (Prism is
   * restarted on the same port when it dies). Default: the reason on stderr.
   */
  onFailure?: (error: Error) => void;
}

export const DEFAULTS = {
  seed: 1,
  apiKey: 'test-key',
  permissionSets: 25,
  requestLog: 1_000,
  maxBodyBytes: 4 * 1024 * 1024,
} as const;

export interface RunningMock {
  /** The base URL to give a client: the front door, before Prism's proxy (or the fake, not validating). */
  url: string;
  /** The fake itself, bypassing Prism. */
  directUrl: string;
  /** The in-memory state; `state.reset()` restores the seeded state. */
  state: MockStore;
  faults: MockFaults;
  /**
   * The last `requestLog` requests the fake received (through Prism or not), oldest first;
   * `requests.length = 0` clears it.
   */
  requests: RecordedRequest[];
  /** Stops the fake and Prism; safe to call more than once. */
  stop(): Promise<void>;
}

function check(name: string, value: number | undefined, max: number): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= 0 && value <= max))
    throw new RangeError(`startMock: ${name} must be an integer from 0 to ${max}, got ${value}`);
}

export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  check('port', options.port, 65_535);
  check('requestLog', options.requestLog, Number.MAX_SAFE_INTEGER);
  check('maxBodyBytes', options.maxBodyBytes, Number.MAX_SAFE_INTEGER);
  const validate = options.validate ?? true;
  const state = new MockStore({
    seed: options.seed ?? DEFAULTS.seed,
    permissionSets: options.permissionSets ?? DEFAULTS.permissionSets,
  });
  const faults = new Faults();
  const requests: RecordedRequest[] = [];
  const apiKey = options.apiKey ?? DEFAULTS.apiKey;
  const fake = await startFakeServer({
    store: state,
    faults,
    apiKey,
    requests,
    requestLog: options.requestLog ?? DEFAULTS.requestLog,
    onRequest: options.onRequest,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULTS.maxBodyBytes,
  });
  let prism: RunningPrism | undefined;
  let front: RunningFront;
  try {
    if (validate) {
      prism = await startPrism({
        mode: 'proxy',
        upstream: fake.url,
        maxBodyBytes: options.maxBodyBytes ?? DEFAULTS.maxBodyBytes,
        onFailure: options.onFailure,
      });
    }
    front = await startFront(prism?.url ?? fake.url, {
      apiKey,
      port: options.port,
      maxBodyBytes: options.maxBodyBytes ?? DEFAULTS.maxBodyBytes,
    });
  } catch (error) {
    await Promise.all([prism?.stop(), fake.stop()]);
    throw error;
  }
  let stopping: Promise<void> | undefined;
  return {
    url: front.url,
    directUrl: fake.url,
    state,
    faults,
    requests,
    stop: () => {
      stopping ??= Promise.all([front.stop(), prism?.stop(), fake.stop()]).then(() => undefined);
      return stopping;
    },
  };
}
