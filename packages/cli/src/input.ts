// Standard input where a command takes a file: `plan -`, `apply - --yes`.

/** The name to show for a file argument: `-` is standard input. */
export const sourceName = (file: string): string => (file === '-' ? '(stdin)' : file);
