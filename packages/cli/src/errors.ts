// Exit codes and the one-line error report. A usage error is ours (nothing was sent); everything else
// that stops a command is reported as one line, with the stack and causes only under --debug.
import { inspect } from 'node:util';

/** The documented exit codes (README, `civis-ts --help`). */
export const EXIT = {
  ok: 0,
  /** The API, the network, a file, or a refusal (e.g. `apply` without --yes off a terminal). */
  failed: 1,
  /** `plan`: changes are pending. */
  pending: 2,
  /** A bad command line: unknown command or option, missing or malformed value. Nothing was sent. */
  usage: 64,
  /** Interrupted (Ctrl-C). */
  interrupted: 130,
} as const;

/** A bad command line; the message says what, and the command's `--help` says how. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}

/** A failure the CLI found itself (a bad file, a refusal) with the exit code it means. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failed,
  ) {
    super(message);
  }
}

/** The error as the user sees it: one line, or (with --debug) the whole error with its causes. */
export function report(error: unknown, debug: boolean): string {
  if (debug) return inspect(error, { depth: 6 });
  if (error instanceof UsageError) {
    const help = error.command ? `civis-ts ${error.command} --help` : 'civis-ts --help';
    return `${error.message} (see \`${help}\`)`;
  }
  if (error instanceof CliError) return error.message;
  if (error instanceof Error) {
    const line = error.message.replace(/\s+/g, ' ').trim();
    const status = 'status' in error && typeof error.status === 'number' ? ` (HTTP ${error.status})` : '';
    return `${error.name}: ${line}${status}`;
  }
  return String(error);
}
