// Colour for people at a terminal, never for a pipe or a file. NO_COLOR (https://no-color.org) turns
// it off; FORCE_COLOR turns it on even off a terminal (and wins over NO_COLOR, as in Node itself);
// FORCE_COLOR=0 turns it off.

export interface Paint {
  readonly on: boolean;
  bold(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
}

/** Whether text written to `stream` gets colour. */
export function colourOn(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

const sgr = (on: boolean, open: number, close: number) => (text: string) =>
  on && text !== '' ? `\x1b[${open}m${text}\x1b[${close}m` : text;

/** Colours for text written to `stream` (plain text when it gets none). */
export function paint(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Paint {
  const on = colourOn(stream, env);
  return {
    on,
    bold: sgr(on, 1, 22),
    red: sgr(on, 31, 39),
    green: sgr(on, 32, 39),
    yellow: sgr(on, 33, 39),
    dim: sgr(on, 2, 22),
  };
}

/** Plan lines coloured by their mark: `+` (and `✓`) green, `~` yellow, `-` (and `✗`) red. */
export function colourMarks(text: string, p: Paint): string {
  if (!p.on) return text;
  const by: Record<string, (text: string) => string> = {
    '+': p.green,
    '✓': p.green,
    '~': p.yellow,
    '-': p.red,
    '✗': p.red,
  };
  return text.replace(/^( *)([+~✓✗-]) (.*)$/gmu, (line, indent: string, mark: string, rest: string) => {
    const colour = by[mark];
    return colour ? `${indent}${colour(`${mark} ${rest}`)}` : line;
  });
}
