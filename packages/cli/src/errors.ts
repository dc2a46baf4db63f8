// Exit codes and the one-line error report. A usage error is ours (nothing was sent); everything else
// that stops a command is reported as one line, with the stack and causes only under --debug. A
// message can carry the service's words (its errorDescription) or a file's: it is escaped (terminal.ts).
import { inspect } from 'node:util';
import { escapeLines, escapeText } from './terminal.js';

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
  if (debug) return escapeLines(inspect(error, { depth: 6 }));
  return escapeLines(reportLine(error));
}

function reportLine(error: unknown): string {
  if (error instanceof UsageError) {
    const help = error.command ? `civis-ts ${error.command} --help` : 'civis-ts --help';
    return `${escapeText(error.message)} (see \`${help}\`)`;
  }
  if (error instanceof CliError) return error.message;
  if (error instanceof Error) {
    const line = error.message.replace(/\s+/g, ' ').trim();
    const status = 'status' in error && typeof error.status === 'number' ? ` (HTTP ${error.status})` : '';
    return `${escapeText(error.name)}: ${escapeText(line)}${status}`;
  }
  return escapeText(String(error));
}
