// Renders the parameter catalogue (every policy parameter, its dated values and citations) as Markdown.
// `pnpm run docs:parameters` writes docs/parameter-catalogue.md; a test keeps the file in step with the code.
import { formatCitation } from "@psea/core";
import { defaultParameters, listParameterConflicts, type DatedValue } from "@psea/core/parameters";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const show = (v: unknown) => cell(typeof v === "string" ? v : JSON.stringify(v));

export function renderParameterCatalogue(): string {
  const lines = [
    "# Parameter catalogue",
    "",
    "Generated from `packages/core/src/parameters/catalogue` by `pnpm run docs:parameters`; do not edit by hand.",
    "Values marked [verify] could not be confirmed against the official text and are meant to be overlaid where a",
    "mission knows better.",
    "",
    "| parameter | value | in force | citation | notes |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const [id, def] of Object.entries(defaultParameters)) {
    for (const v of def.values as readonly DatedValue<unknown>[]) {
      const range = `${v.effectiveFrom} →${v.effectiveTo ? ` ${v.effectiveTo}` : ""}`;
      lines.push(`| \`${id}\` | ${show(v.value)} | ${range} | ${cell(formatCitation(v.citation))} | ${cell(v.note ?? def.description)} |`);
    }
  }
  lines.push("", "## Where the sources state another value", "");
  for (const c of listParameterConflicts()) {
    for (const other of c.conflicts) {
      lines.push(`- \`${c.parameterId}\`: encoded ${c.encoded.map((e) => show(e.value)).join(", ")}; ${formatCitation(other.citation)} states ${show(other.value)}. ${other.note}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
