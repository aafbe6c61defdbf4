import { parse } from "csv-parse/sync";

/**
 * Reads CSV text as a spreadsheet would (RFC 4180: quoted cells, doubled quotes, CRLF rows), with
 * csv-parse, so that tests check what a reader sees rather than what a renderer wrote.
 */
export function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
}
