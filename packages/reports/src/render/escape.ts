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

/**
 * Escapes text for inline Markdown (a table cell or a list item): punctuation that could start
 * emphasis, code, a link, raw HTML or an entity is backslash-escaped, and line breaks become spaces.
 * Parentheses stay as they are: with brackets escaped they cannot form a link.
 *
 * @category Rendering
 * @example
 * escapeMarkdown("a|b <b>*c*</b>"); // "a\\|b \\<b\\>\\*c\\*\\</b\\>"
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n|[\r\n]/g, " ").replace(/[\\`*_[\]<>#|~&]/g, (c) => `\\${c}`);
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
