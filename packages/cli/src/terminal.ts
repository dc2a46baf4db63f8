// What reaches a person's terminal comes from the service or a file, and a terminal obeys some of the
// characters in it: ESC and CSI (U+009B) sequences clear the screen or move the cursor, OSC (U+009D)
// writes the clipboard or plants hyperlinks, bidi controls reverse the text around them. Every
// human-facing output (tables, plan and apply text, errors, --debug) goes through this module, which
// shows each such character as a visible escape and cuts text only between whole characters.
// JSON, NDJSON and YAML are never passed through it: they stay exact.

/**
 * The characters shown as escapes: C0 controls, DEL, C1 controls, the bidi embeddings, overrides,
 * isolates and marks, the line and paragraph separators, and lone surrogates (which a terminal would
 * show as U+FFFD, hiding what the text holds).
 */
const CONTROLS =
  '\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const LONE = '|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const OBEYED = new RegExp(`[${CONTROLS}]${LONE}`, 'g');
const ANY_OBEYED = new RegExp(`[${CONTROLS}]${LONE}`);
/** Only the structure's own line breaks are kept, in multi-line text. */
const OBEYED_BUT_NEWLINE = new RegExp(`(?!\\n)[${CONTROLS}]${LONE}`, 'g');

/** True when `text` holds a character a terminal would obey. */
export function hasObeyed(text: string): boolean {
  return ANY_OBEYED.test(text);
}

/** The visible form of one obeyed character: `\x1B` below U+0100, `\u202E` above. */
function visible(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x100
    ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
    : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** One value (a name, a description, a message) as a terminal may show it: nothing in it is obeyed. */
export function escapeText(text: string): string {
  return text.replace(OBEYED, visible);
}

/** Multi-line text whose line breaks are ours (a plan, a report): everything else that is obeyed, escaped. */
export function escapeLines(text: string): string {
  return text.replace(OBEYED_BUT_NEWLINE, visible);
}

/** A value in double quotes, as the plan names things: `"a \"b\"\x1B"`. */
export function quote(text: string): string {
  return `"${escapeText(text.replace(/[\\"]/g, (c) => `\\${c}`))}"`;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Text whose every UTF-16 unit is one column and one grapheme, with nothing to escape: printable ASCII,
 * Latin-1 and Latin Extended up to U+02FF (combining marks start at U+0300), dashes, quotes and other
 * punctuation (U+2010-U+2027, U+2030-U+205E) and currency signs. Most names are; they skip the grapheme
 * segmenter, which made a 10,000-row table ~25x slower.
 */
const SIMPLE = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20bf]*$/;

/** A grapheme that terminals draw two columns wide: emoji shown as emoji, CJK, Hangul, fullwidth forms. */
const WIDE =
  /^(?:\p{Emoji_Presentation}|[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}])/u;

/** What a cut may fall between, with the columns it takes. */
interface Unit {
  text: string;
  columns: number;
}

const shown = (text: string): Unit => ({ text, columns: WIDE.test(text) ? 2 : 1 });

/**
 * The units a cut may fall between: whole graphemes (a letter with its accents, an emoji with its
 * modifiers), and each escape whole. `text` is raw: it is escaped here.
 */
function units(text: string): Unit[] {
  const out: Unit[] = [];
  for (const { segment } of graphemes.segment(text)) {
    if (!ANY_OBEYED.test(segment)) out.push(shown(segment));
    else
      for (const char of segment) {
        const escaped = ANY_OBEYED.test(char) ? visible(char) : undefined;
        out.push(escaped ? { text: escaped, columns: escaped.length } : shown(char));
      }
  }
  return out;
}

/** The columns `text` takes once escaped. */
export function width(text: string): number {
  if (SIMPLE.test(text)) return text.length;
  let n = 0;
  for (const unit of units(text)) n += unit.columns;
  return n;
}

/**
 * `text` escaped and padded or cut to `columns`: a cut falls between graphemes, never inside an escape,
 * and ends with an ellipsis.
 */
export function fit(text: string, columns: number): string {
  if (SIMPLE.test(text)) {
    if (text.length <= columns) return text + ' '.repeat(columns - text.length);
    return `${text.slice(0, Math.max(0, columns - 1))}…`;
  }
  const parts = units(text);
  let total = 0;
  for (const unit of parts) total += unit.columns;
  if (total <= columns) return parts.map((unit) => unit.text).join('') + ' '.repeat(columns - total);
  let out = '';
  let used = 0;
  for (const unit of parts) {
    if (used + unit.columns > columns - 1) break;
    out += unit.text;
    used += unit.columns;
  }
  return `${out}…${' '.repeat(Math.max(0, columns - 1 - used))}`;
}
