// Entry point of a bench server child process: `serve.ts <items> <latencyMs>`. Prints its port on stdout
// as one JSON line. Running the server in its own process keeps its CPU and heap out of the client's
// measurements.
import { startBenchServer } from './server.ts';

const items = Number(process.argv[2] ?? 10_000);
const latencyMs = Number(process.argv[3] ?? 0);
const server = await startBenchServer({ items, latencyMs });
process.stdout.write(`${JSON.stringify({ port: server.port })}\n`);

const stop = () => server.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
// The parent closing our stdin means it went away: do not outlive it.
process.stdin.on('end', stop);
process.stdin.resume();
