/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * @category Rendering
 * @example
 * escapeHtml(`<script>alert("x")</script>`); // "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"));
}

// Characters that start inline markup anywhere. `_` only does at a word boundary, `&` only before
// an entity, `#` only at the start, `\` only before punctuation: escaping them elsewhere is noise.
const MD_INLINE = /[*`|~[<]|\\(?=[!-/:-@[-`{-~])|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|&(?=#?\w+;)|^#/gu;
// GFM turns bare URLs and e-mail addresses into links: an escaped `:` after the scheme, `.` after
// `www` and `@` keep data from becoming a link while showing the same text.
const MD_AUTOLINK = /(?<=\b(?:https?|ftp|mailto|file|data|javascript)):|(?<=\bwww)\.|@/giu;

/**
 * Escapes text for inline Markdown (a GitHub-flavoured table cell, a list item or a heading): only
 * what would start emphasis, code, strikethrough, a link, raw HTML, an entity or a table column is
 * backslash-escaped, and line breaks become spaces. A bare URL or e-mail address in the data is
 * kept from becoming a link (`https\://`, `www\.`, `\@`), so a report never carries a live link.
 *
 * @category Rendering
 * @example
 * escapeMarkdown("a|b <b>*c*</b>"); // "a\\|b \\<b>\\*c\\*\\</b>"
 * escapeMarkdown("snake_case stays, _this_ does not"); // "snake_case stays, \\_this\\_ does not"
 * escapeMarkdown("see https://example.org or www.example.org"); // "see https\\://example.org or www\\.example.org"
 * escapeMarkdown("Côte d'Ivoire (CIV), 3.5% - done"); // "Côte d'Ivoire (CIV), 3.5% - done"
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|[\r\n]/g, " ")
    .replace(MD_INLINE, (c) => `\\${c}`)
    .replace(MD_AUTOLINK, (c) => `\\${c}`);
}

/**
 * A value as short display text: strings as they are, anything else as JSON.
 *
 * @category Rendering
 * @example
 * displayValue("P-4"); // "P-4"
 * displayValue(["fr", "sg"]); // '["fr","sg"]'
 */
export function displayValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined) return "undefined";
  if (typeof value === "bigint") return value.toString();
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)) ?? String(value);
  } catch {
    return String(value);
  }
}
