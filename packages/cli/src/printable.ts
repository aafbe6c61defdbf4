// C0 and C1 controls (but tab and line feed) and bidirectional overrides: printed raw they could
// move the cursor, rewrite earlier lines or reorder text on the reader's terminal.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point: they are escaped before printing
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point: they are escaped before printing
const UNSAFE_IN_CELL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function escapeChar(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * Text made safe to print on a terminal: control characters and bidirectional overrides are shown
 * as `\uXXXX` escapes instead of being interpreted.
 *
 * @category CLI
 * @example
 * printable("ok\u001b[2Jgone"); // "ok\\u001b[2Jgone"
 */
export function printable(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/**
 * Text for one table cell: like {@link printable}, and on one line.
 *
 * @category CLI
 * @example
 * printableCell("a\nb"); // "a\\u000ab"
 */
export function printableCell(text: string): string {
  return text.replace(UNSAFE_IN_CELL, escapeChar);
}

/**
 * A value as indented JSON safe to print: JSON already escapes C0 controls; this also escapes C1
 * controls and bidirectional overrides, which can only occur inside strings, so the JSON stays valid.
 *
 * @category CLI
 * @example
 * printableJson({ a: "\u009b" }); // '{\n  "a": "\\u009b"\n}\n'
 */
export function printableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(UNSAFE, escapeChar)}\n`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point: they are escaped before printing
const UNSAFE_IN_DOCUMENT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Chunks of a document (CSV, JSON, Markdown, HTML) made safe for a terminal: like {@link printable},
 * but carriage returns are kept, so CSV's CRLF line ends survive.
 *
 * @category CLI
 * @example
 * const chunks = printableChunks(["a,b\r\n", "\u001b[2J"]);
 * typeof chunks[Symbol.asyncIterator]; // "function"
 */
export async function* printableChunks(chunks: Iterable<string> | AsyncIterable<string>): AsyncGenerator<string, void, undefined> {
  for await (const c of chunks) yield c.replace(UNSAFE_IN_DOCUMENT, escapeChar);
}
