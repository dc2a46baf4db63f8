// Run in a child process by abort.test.ts: one abort scenario against the parent's server, then nothing.
// Waits and timeouts are set long (30–60 s), so a timer or socket the SDK leaves behind after the abort
// keeps this process alive and the parent sees it overrun; an unhandled rejection exits with code 3.
// The moment of the abort goes to stderr as `aborted`: the parent measures "promptly" from there, not
// from the spawn (loading tsx on a busy machine can take longer than any exit after an abort).
import { Civis } from '../../../packages/sdk/src/index.js';

const [baseUrl = '', scenario = ''] = process.argv.slice(2);
process.on('unhandledRejection', (reason) => {
  console.log(JSON.stringify({ unhandled: String(reason) }));
  process.exit(3);
});

const civis = new Civis({
  apiKey: 'sk-child-key',
  baseUrl,
  timeout: 60_000,
  backoff: { initial: 30_000, max: 60_000 },
});
const controller = new AbortController();
const abort = () => {
  process.stderr.write('aborted\n');
  controller.abort();
};
const abortAfter = (ms: number) => setTimeout(abort, ms);

async function run(): Promise<unknown> {
  const { signal } = controller;
  switch (scenario) {
    case 'before':
      abort();
      return civis.permissionSets.get(7, { signal });
    case 'during-request':
      abortAfter(300);
      return civis.permissionSets.get(7, { signal });
    case 'during-backoff':
      abortAfter(300);
      return civis.permissionSets.get(7, { signal });
    case 'mid-pagination': {
      let seen = 0;
      for await (const _ of civis.permissionSets.list({}, { signal, concurrency: 4 })) {
        if (++seen === 10) abort();
      }
      return seen;
    }
    default:
      throw new Error(`unknown scenario ${scenario}`);
  }
}

run().then(
  (value) => console.log(JSON.stringify({ value })),
  (error: Error) => console.log(JSON.stringify({ error: error.name })),
);
