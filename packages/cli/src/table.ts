// A plain-text table for people at a terminal: one row per item, the columns narrowed to fit the
// terminal's width, long cells cut with an ellipsis. Every cell is escaped (terminal.ts): what the
// service names a thing never reaches the terminal as a control. Scripts use --json, --yaml or --ndjson.
import { escapeText, fit, width as textWidth } from './terminal.js';

/** A cell's text: objects by their name (a user, say), or compact JSON; no line breaks. */
export function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    const named = value as { name?: unknown; id?: unknown };
    if (typeof named.name === 'string') return named.name;
    return JSON.stringify(value);
  }
  return String(value).replace(/\s+/g, ' ');
}

export interface Layout {
  columns: string[];
  widths: number[];
}

/** Columns from the items' keys; widths from the items, narrowed (widest first) to fit `total`. */
export function layout(items: readonly Record<string, unknown>[], total: number): Layout {
  const columns = [...new Set(items.flatMap((item) => Object.keys(item)))];
  const widths = columns.map((column) =>
    Math.max(textWidth(column), ...items.map((item) => textWidth(cell(item[column])))),
  );
  const room = () => widths.reduce((sum, w) => sum + w, 0) + 2 * (widths.length - 1);
  while (room() > total) {
    const widest = widths.indexOf(Math.max(...widths));
    if ((widths[widest] ?? 0) <= 8) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  return { columns, widths };
}

export function header({ columns, widths }: Layout): string {
  return `${columns
    .map((c, i) => fit(c, widths[i] ?? 0))
    .join('  ')
    .trimEnd()}\n`;
}

export function rows({ columns, widths }: Layout, items: readonly Record<string, unknown>[]): string {
  return items
    .map(
      (item) =>
        `${columns
          .map((c, i) => fit(cell(item[c]), widths[i] ?? 0))
          .join('  ')
          .trimEnd()}\n`,
    )
    .join('');
}

/** One object as `key  value` lines. */
export function record(item: Record<string, unknown>): string {
  const width = Math.max(...Object.keys(item).map(textWidth));
  return Object.entries(item)
    .map(([key, value]) => `${fit(key, width)}  ${escapeText(cell(value))}\n`)
    .join('');
}
