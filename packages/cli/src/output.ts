// Writes results to stdout in the format asked for: a table on a terminal, JSON when piped, or --json,
// --yaml, --ndjson. Listings with --all are written page by page as they arrive, so memory stays flat
// and the first line is out before the rest is fetched.
import type { Page } from '@civis-ts/sdk';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import { header, layout, record, rows } from './table.js';

export type Format = 'table' | 'json' | 'yaml' | 'ndjson';

export function formatOf(flags: Record<string, unknown>, stdout: Io['stdout']): Format {
  const asked = (['json', 'yaml', 'ndjson'] as const).filter((f) => flags[f]);
  if (asked.length > 1) throw new UsageError(`choose one of --${asked.join(', --')}`);
  return asked[0] ?? (stdout.isTTY ? 'table' : 'json');
}

/** Why each stdout cannot be written any more (its reader went away), once a guard has seen it fail. */
const brokenBy = new WeakMap<Io['stdout'], string>();
export const stdoutBroken = (stdout: Io['stdout']): string | undefined => brokenBy.get(stdout);

/**
 * Runs `task` with stdout's failures its own: a reader that goes away (`apply … | head`) no longer ends
 * the process at once, but is noted (stdoutBroken) for the task to stop at a safe point and report on
 * stderr. The usual handling comes back after, unless stdout broke (whatever it might still emit is moot).
 */
export async function guardStdout<T>(stdout: Io['stdout'], task: () => Promise<T>): Promise<T> {
  const usual = stdout.listeners('error') as ((error: Error) => void)[];
  stdout.removeAllListeners('error');
  const note = (error: NodeJS.ErrnoException) => {
    if (brokenBy.has(stdout)) return;
    brokenBy.set(
      stdout,
      error.code === 'EPIPE'
        ? 'stdout was closed (its reader went away)'
        : `stdout cannot be written (${error.code ?? error.message})`,
    );
  };
  stdout.on('error', note);
  try {
    return await task();
  } finally {
    if (!brokenBy.has(stdout)) {
      stdout.off('error', note);
      for (const listener of usual) stdout.on('error', listener);
    }
  }
}

/** stdout, waiting when the pipe is full; nothing once its reader has gone. */
export async function write(stdout: Io['stdout'], text: string): Promise<void> {
  if (text === '' || brokenBy.has(stdout) || stdout.write(text)) return;
  await new Promise<void>((resolve) => {
    const go = () => {
      stdout.off('drain', go);
      stdout.off('close', go);
      resolve();
    };
    stdout.on('drain', go);
    stdout.on('close', go);
  });
}

const width = (stdout: Io['stdout']) => stdout.columns || 120;
const yaml = async () => await import('yaml');

/** The items of a result a table shows: an array, or the one array field of an object (a transfer's dependencies). */
function listOf(value: unknown): Record<string, unknown>[] | undefined {
  if (Array.isArray(value)) return value;
  const fields = value && typeof value === 'object' ? Object.values(value) : [];
  return fields.length === 1 && Array.isArray(fields[0])
    ? (fields[0] as Record<string, unknown>[])
    : undefined;
}

export async function printValue(stdout: Io['stdout'], value: unknown, format: Format): Promise<void> {
  const out = (text: string) => write(stdout, text);
  if (value === undefined) return;
  if (format === 'json') return out(`${JSON.stringify(value, null, 2)}\n`);
  if (format === 'ndjson') {
    const items = Array.isArray(value) ? value : [value];
    return out(items.map((item) => `${JSON.stringify(item)}\n`).join(''));
  }
  if (format === 'yaml') return out((await yaml()).stringify(value));
  const items = listOf(value);
  if (!items) return out(record(value as Record<string, unknown>));
  if (items.length === 0) return out('(none)\n');
  const shape = layout(items, width(stdout));
  return out(header(shape) + rows(shape, items));
}

/** The progress line the pages are written around (it shares the terminal with stdout). */
export interface Progress {
  update(page: Page<unknown>, seen: number): void;
  clear(): void;
}

/** Every page, written as it arrives, the progress line cleared before and redrawn after. */
export async function printPages(
  stdout: Io['stdout'],
  pages: AsyncIterable<Page<unknown>>,
  format: Format,
  progress: Progress,
): Promise<number> {
  const out = (text: string) => write(stdout, text);
  let seen = 0;
  let shape: ReturnType<typeof layout> | undefined;
  const stringify = format === 'yaml' ? (await yaml()).stringify : undefined;
  if (format === 'json') await out('[');
  for await (const page of pages) {
    const items = page.items as Record<string, unknown>[];
    let text: string;
    if (format === 'ndjson') text = items.map((item) => `${JSON.stringify(item)}\n`).join('');
    else if (format === 'json') {
      text = items.map((item, i) => `${seen + i === 0 ? '\n' : ',\n'}${JSON.stringify(item)}`).join('');
    } else if (stringify) text = items.length > 0 ? stringify(items) : '';
    else {
      // The first page sets the columns; later pages are cut to them.
      if (!shape && items.length > 0) {
        shape = layout(items, width(stdout));
        await out(header(shape));
      }
      text = shape ? rows(shape, items) : '';
    }
    seen += items.length;
    progress.clear();
    await out(text);
    progress.update(page, seen);
  }
  progress.clear();
  if (format === 'json') await out(seen === 0 ? ']\n' : '\n]\n');
  else if (format === 'yaml' && seen === 0) await out('[]\n');
  return seen;
}
