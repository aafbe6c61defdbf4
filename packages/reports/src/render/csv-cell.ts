// Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
// A cell with one of these is quoted, its quotes doubled (RFC 4180). Hoisted: the writer calls this
// once per cell, a million rows at a time.
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTES = /"/g;

/**
 * One CSV cell: made inert for spreadsheets (a leading `=`, `+`, `-`, `@`, tab or carriage return
 * gets a `'` in front), then quoted per RFC 4180 when it holds a comma, quote or line break.
 *
 * @category Rendering
 * @example
 * csvCell('say "hi", then'); // '"say ""hi"", then"'
 * csvCell("=HYPERLINK(1)"); // "'=HYPERLINK(1)"
 */
export function csvCell(text: string): string {
  const inert = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(inert) ? `"${inert.replace(QUOTES, '""')}"` : inert;
}
