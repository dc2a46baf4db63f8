// The text of a file a command takes (`plan FILE`), or of standard input for `-`.
import { readFile } from 'node:fs/promises';
import { CliError } from './errors.js';

/** The name to show for a file argument: `-` is standard input. */
export const sourceName = (file: string): string => (file === '-' ? '(stdin)' : file);

/** The whole text of `file`, or of standard input when it is `-`; a read error is one line. */
export async function readSource(file: string): Promise<string> {
  try {
    if (file !== '-') return await readFile(file, 'utf8');
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  } catch (error) {
    throw new CliError(
      `cannot read ${sourceName(file)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}
