// A yes/no question to the person at the terminal. Ctrl-C there is an interrupt (exit 130), not a "no".
import { createInterface } from 'node:readline';
import { CliError, EXIT } from './errors.js';
import type { Io } from './io.js';

/** Whether the person at the terminal says yes; anything else is no. Ctrl-C or a closed input rejects. */
export function confirm(question: string, io: Io): Promise<boolean> {
  const prompt = createInterface({ input: io.stdin, output: io.stderr });
  return new Promise<boolean>((resolve, reject) => {
    let answered = false;
    prompt.on('SIGINT', () => {
      io.stderr.write('\n');
      answered = true;
      prompt.close();
      reject(new CliError('interrupted: nothing was applied', EXIT.interrupted));
    });
    prompt.on('close', () => {
      if (!answered) reject(new CliError('no answer (input closed): nothing was applied'));
    });
    prompt.question(question, (answer) => {
      answered = true;
      prompt.close();
      resolve(/^\s*y(es)?\s*$/i.test(answer));
    });
  });
}
