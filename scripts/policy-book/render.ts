// Renders the policy book: the walked instruments paragraph by paragraph, each with the obligations
// drawn from it, what encodes them, their parameters, and the tests that show them passing and failing.
import { formatCitation, type Citation } from "@psea/core";
import type { DatedValue } from "@psea/core/parameters";
import { collectEncodings, parameterEntries, type ObligationEncodings, type ParameterEntry } from "./encodings";
import { citedParagraphs, obligationParagraphs } from "./paragraph-refs";
import { readings } from "./readings";
import { readPolicySources, type BookDocument, type CatalogueObligation, type SourceParagraph } from "./source-paragraphs";
import { harvestTests, type TestExample } from "./test-examples";

export interface PolicyBook {
  readonly markdown: string;
  /** The anchor of every paragraph walked, and of every obligation described. */
  readonly anchors: { readonly paragraphs: readonly string[]; readonly obligations: readonly string[] };
  readonly stats: {
    readonly paragraphs: number;
    readonly obligations: number;
    readonly obligationsDescribed: number;
    readonly rules: number;
    readonly cadences: number;
    readonly parameters: number;
    readonly examples: { readonly passing: number; readonly failing: number; readonly other: number };
  };
}

const DOCUMENTS: readonly { readonly key: BookDocument; readonly title: string; readonly anchor: string; readonly from: string }[] = [
  {
    key: "ST/SGB/2003/13",
    anchor: "st-sgb-2003-13",
    title: "ST/SGB/2003/13: Special measures for protection from sexual exploitation and sexual abuse",
    from: "reference",
  },
  { key: "DPKO-IG", anchor: "dpko-guidelines", title: "DPKO implementation guidelines on ST/SGB/2003/13", from: "guidelines" },
  { key: "MINUSCA-AP-2018-2019", anchor: "minusca-action-plan", title: "MINUSCA action plan on sexual exploitation and abuse, 2018-2019", from: "actionPlan" },
];

const SHORT: Readonly<Record<BookDocument, string>> = { "ST/SGB/2003/13": "SGB", "DPKO-IG": "DPKO-IG", "MINUSCA-AP-2018-2019": "AP" };

/** Markdown-safe inline text: never read as markup, HTML or a table cell. */
const esc = (s: string) => s.replace(/([\\`*_[\]<>|])/g, "\\$1");
const code = (s: string) => (s.includes("`") ? `\`\` ${s} \`\`` : `\`${s}\``);
const show = (v: unknown) => code(typeof v === "string" ? v : JSON.stringify(v));
const obligationAnchor = (id: string) => `obligation-${id.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
const anchor = (id: string) => `<a id="${id}"></a>`;
const cite = (c: Citation) => esc(formatCitation(c));

function inForce(v: DatedValue<unknown>): string {
  return v.effectiveTo ? `in force ${v.effectiveFrom} to ${v.effectiveTo}` : `in force from ${v.effectiveFrom}`;
}

function parameterLines(id: string, params: ReadonlyMap<string, ParameterEntry>, indent: string): string[] {
  const p = params.get(id);
  if (!p) return [`${indent}- parameter ${code(id)}: not in the catalogue`];
  const head = `${indent}- parameter ${code(id)} (${esc(p.title)})`;
  const values = p.values.map((v) => `${show(v.value)}, ${inForce(v)}, citing ${cite(v.citation)}${v.note ? `: ${esc(v.note)}` : ""}`);
  const conflicts = p.conflicts.map((c) => `the sources also state ${show(c.value)} (${cite(c.citation)}): ${esc(c.note)}`);
  if (values.length === 1 && conflicts.length === 0) return [`${head}: ${values[0]}`];
  return [`${head}:`, ...[...values, ...conflicts].map((l) => `${indent}  - ${l}`)];
}

function encodingLines(e: ObligationEncodings, params: ReadonlyMap<string, ParameterEntry>): string[] {
  const lines: string[] = [];
  for (const r of e.rules) {
    lines.push(
      r.kind === "rule"
        ? `- rule ${code(r.id)}, “${esc(r.title)}” (${r.packageName}): a ${r.severity}, citing ${cite(r.citation)}`
        : `- exception ${code(r.id)}, “${esc(r.title)}” (${r.packageName}): lowers ${code(r.overrides ?? "")} to a ${r.severity}, citing ${cite(r.citation)}`,
    );
    for (const p of r.parameters) lines.push(...parameterLines(p, params, "  "));
  }
  for (const c of e.cadences) {
    const what = c.kind === "periodic" ? "once in every period" : `on every event, with ${code(c.requires ?? "")}`;
    // A cadence is checked by a rule of its own, listed above with the same parameters.
    const rule = e.rules.find((r) => r.id === `cadence.${c.id}`);
    const by = rule ? `; checked by rule ${code(rule.id)}, with the parameters shown there` : "";
    lines.push(`- cadence ${code(c.id)}, “${esc(c.title)}”: ${what}, citing ${cite(c.citation)}${by}`);
    if (!rule) for (const p of c.parameters) lines.push(...parameterLines(p, params, "  "));
  }
  for (const d of e.deadlines) {
    lines.push(`- case deadline ${code(d.kind)} (@psea/cases), citing ${cite(d.citation)}`);
    for (const p of d.parameters) lines.push(...parameterLines(p, params, "  "));
  }
  if (e.workflow) lines.push(`- case workflow (@psea/cases), citing ${cite(e.workflow.citation)}: ${e.workflow.encodedBy.map(esc).join("; ")}`);
  if (e.namedIn.length > 0) lines.push(`- named in ${e.namedIn.map(code).join(", ")}`);
  return lines;
}

function exampleLine(t: TestExample): string {
  const where = t.describe.length > 0 ? ` (${code(t.file)}, in “${esc(t.describe.join(" › "))}”)` : ` (${code(t.file)})`;
  return `- “${esc(t.title)}”${where}`;
}

function exampleLines(tests: readonly TestExample[], id: string): string[] {
  const passing = tests.filter((t) => t.kind === "passing" || t.kind === "both");
  const failing = tests.filter((t) => t.kind === "failing" || t.kind === "both");
  const other = tests.filter((t) => t.kind === "other");
  const lines: string[] = [];
  lines.push("", `Passing examples (${passing.length}):`, "");
  lines.push(...(passing.length > 0 ? passing.map(exampleLine) : ["- none titled as such"]));
  lines.push("", `Failing examples (${failing.length}):`, "");
  lines.push(...(failing.length > 0 ? failing.map(exampleLine) : ["- none titled as such"]));
  if (other.length > 0) {
    lines.push("", `<details><summary>Other tests naming ${id} (${other.length})</summary>`, "", ...other.map(exampleLine), "", "</details>");
  }
  return lines;
}

function quote(p: SourceParagraph): string[] {
  if (p.text.length > 3) return p.text.map((t) => `> - ${esc(t)}`);
  return p.text.flatMap((t, i) => (i === 0 ? [`> ${esc(t)}`] : [">", `> ${esc(t)}`]));
}

const idPattern = (id: string) => new RegExp(`(?<![A-Za-z0-9-])${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9])`);

/**
 * The obligations a test is about: those its title names; when it names none, those named by the
 * nearest `describe` block that names any. A test titled "SGB-1-SE: ..." inside a block on
 * "SGB-1-SE / SGB-1-SA" is an example of SGB-1-SE only.
 */
function obligationsOf(t: TestExample, ids: readonly { id: string; re: RegExp }[]): string[] {
  for (const text of [t.title, ...[...t.describe].reverse()]) {
    const named = ids.filter((x) => x.re.test(text)).map((x) => x.id);
    if (named.length > 0) return named;
  }
  return [];
}

/** Builds the book from the sources, the code and the tests under `root`. */
export function buildPolicyBook(root: string): PolicyBook {
  const sources = readPolicySources(root);
  const keys = new Set(sources.paragraphs.map((p) => p.key));
  const byKey = new Map(sources.paragraphs.map((p) => [p.key, p]));
  const ids = sources.obligations.map((o) => o.id);
  for (const [key, r] of Object.entries(readings)) {
    if (!keys.has(key)) throw new Error(`policy book: readings.ts names ${key}, which is no paragraph of the sources`);
    for (const id of r.see) if (!ids.includes(id)) throw new Error(`policy book: readings.ts names ${id}, which is not in the obligation catalogue`);
  }
  const encodings = collectEncodings(root, ids);
  const params = parameterEntries();
  const patterns = ids.map((id) => ({ id, re: idPattern(id) }));
  const testsOf = new Map<string, TestExample[]>();
  for (const t of harvestTests(root)) for (const id of obligationsOf(t, patterns)) testsOf.set(id, [...(testsOf.get(id) ?? []), t]);

  // Each obligation under the paragraphs its source names; described in full under the first.
  const placed = new Map<string, { o: CatalogueObligation; primary: boolean }[]>();
  const homes = new Map<string, string[]>();
  for (const o of sources.obligations) {
    const at = obligationParagraphs(o.source, keys);
    if (at.length === 0) throw new Error(`policy book: obligation ${o.id}'s source '${o.source}' names no paragraph of the walked instruments`);
    homes.set(o.id, at);
    at.forEach((k, i) => placed.set(k, [...(placed.get(k) ?? []), { o, primary: i === 0 }]));
  }

  // Rules, cadences and parameters by the paragraphs their citations point at.
  const paramsAt = new Map<string, string[]>();
  for (const p of params.values()) {
    const at = new Set(p.values.flatMap((v) => citedParagraphs(v.citation, keys)));
    for (const k of at) paramsAt.set(k, [...(paramsAt.get(k) ?? []), p.id]);
  }
  const citingAt = new Map<string, string[]>();
  for (const [id, e] of encodings) {
    for (const r of e.rules) for (const k of citedParagraphs(r.citation, keys)) citingAt.set(k, [...(citingAt.get(k) ?? []), `${r.kind} ${code(r.id)} (encodes [${id}](#${obligationAnchor(id)}))`]);
    for (const c of e.cadences) for (const k of citedParagraphs(c.citation, keys)) citingAt.set(k, [...(citingAt.get(k) ?? []), `cadence ${code(c.id)} (encodes [${id}](#${obligationAnchor(id)}))`]);
  }
  const shownParams = new Set<string>();
  const stats = { passing: 0, failing: 0, other: 0 };
  const exampleCounts = new Map<string, { passing: number; failing: number; other: number }>();

  const body: string[] = [];
  for (const doc of DOCUMENTS) {
    body.push("", anchor(doc.anchor), "", `## ${esc(doc.title)}`, "", `Walked from ${code(sources.read[doc.from as keyof typeof sources.read])}.`);
    let part: string | undefined;
    for (const p of sources.paragraphs.filter((x) => x.document === doc.key)) {
      body.push("", anchor(p.key), "", `### ${esc(`${doc.key}, ${p.label}`)}`, "");
      if (p.part !== undefined && p.part !== part) body.push(`Part: *${esc(p.part)}*`, "");
      part = p.part;
      body.push(...quote(p));
      const here = placed.get(p.key) ?? [];
      const used = new Set<string>();
      if (here.length === 0) {
        const r = readings[p.key];
        if (r === undefined) throw new Error(`policy book: no obligation is drawn from ${p.document}, ${p.label}, and readings.ts does not say how the kit reads it`);
        const see = r.see.length > 0 ? ` See ${r.see.map((id) => `[${id}](#${obligationAnchor(id)})`).join(", ")}.` : "";
        body.push("", `No obligation of the catalogue is drawn from this paragraph. ${esc(r.note)}${see}`);
      }
      for (const { o, primary } of here) {
        if (!primary) {
          const home = byKey.get(homes.get(o.id)![0]!)!;
          body.push("", `- [${o.id}](#${obligationAnchor(o.id)}) (${o.kind}) is restated here; it is described under [${esc(`${home.document}, ${home.label}`)}](#${home.key}).`);
          continue;
        }
        const e = encodings.get(o.id)!;
        for (const r of [...e.rules, ...e.cadences, ...e.deadlines]) for (const x of r.parameters) used.add(x);
        const others = homes.get(o.id)!.slice(1).map((k) => byKey.get(k)!);
        const mine = testsOf.get(o.id) ?? [];
        const counts = {
          passing: mine.filter((t) => t.kind === "passing" || t.kind === "both").length,
          failing: mine.filter((t) => t.kind === "failing" || t.kind === "both").length,
          other: mine.filter((t) => t.kind === "other").length,
        };
        exampleCounts.set(o.id, counts);
        stats.passing += counts.passing;
        stats.failing += counts.failing;
        stats.other += counts.other;
        body.push("", anchor(obligationAnchor(o.id)), "", `#### ${o.id} (${o.kind})`, "", esc(o.summary), "", `Check: ${esc(o.check)}`);
        if (others.length > 0) body.push("", `Also drawn from ${others.map((x) => `[${esc(`${x.document}, ${x.label}`)}](#${x.key})`).join(", ")}.`);
        const enc = encodingLines(e, params);
        body.push("", "Encoded by:", "", ...(enc.length > 0 ? enc : ["- nothing yet"]));
        body.push(...exampleLines(mine, o.id));
      }
      for (const x of used) shownParams.add(x);
      const cited = (paramsAt.get(p.key) ?? []).filter((x) => !used.has(x));
      if (cited.length > 0) {
        body.push("", "Parameters citing this paragraph:", "", ...cited.flatMap((x) => parameterLines(x, params, "")));
        for (const x of cited) shownParams.add(x);
      }
      const citing = [...new Set(citingAt.get(p.key) ?? [])].filter((l) => !here.some(({ o, primary }) => primary && l.includes(`(#${obligationAnchor(o.id)})`)));
      if (citing.length > 0) body.push("", "Also citing this paragraph:", "", ...citing.map((l) => `- ${l}`));
    }
  }

  // The index: every obligation, where it is described, and how it is tested.
  const index = [
    "",
    anchor("obligation-index"),
    "",
    "## Obligation index",
    "",
    "| obligation | kind | paragraphs | rules, cadences, deadlines, workflow | source files naming it | passing | failing | other tests |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const o of sources.obligations) {
    const e = encodings.get(o.id)!;
    const c = exampleCounts.get(o.id)!;
    const n = e.rules.length + e.cadences.length + e.deadlines.length + (e.workflow ? 1 : 0);
    const at = homes.get(o.id)!.map((k) => `[${esc(`${SHORT[byKey.get(k)!.document]} ${byKey.get(k)!.label}`)}](#${k})`).join(", ");
    index.push(`| [${o.id}](#${obligationAnchor(o.id)}) | ${o.kind} | ${at} | ${n} | ${e.namedIn.length} | ${c.passing} | ${c.failing} | ${c.other} |`);
  }
  const rest = [...params.values()].filter((p) => !shownParams.has(p.id));
  const appendix = ["", anchor("other-parameters"), "", "## Parameters from other instruments", "", "Parameters no walked paragraph is cited for: they come from the instruments the sources refer to.", ""];
  appendix.push(...rest.flatMap((p) => parameterLines(p.id, params, "")));

  const rules = new Set([...encodings.values()].flatMap((e) => e.rules.map((r) => r.id)));
  const cadences = new Set([...encodings.values()].flatMap((e) => e.cadences.map((c) => c.id)));
  const head = [
    "---",
    "title: Policy book",
    "---",
    "",
    "# Policy book",
    "",
    "Generated from the code and the tests by `pnpm run docs:book`; do not edit by hand. A test keeps this file in",
    "step with the code, and the documentation site is built from it.",
    "",
    "The book walks the bulletin (by section, as the domain reference gives it), the DPKO implementation guidelines",
    "and the MINUSCA action plan, paragraph by paragraph. Under each paragraph: the obligations of the catalogue",
    "drawn from it, the rules, exceptions, cadences, case deadlines and workflow steps that encode them (found by",
    "their obligation tags), their parameters with values, dates and citations, and the tests that name the",
    "obligation. A test is listed as a passing example when its title says the rule is met (passes, accepts,",
    "compliant, no finding) and as a failing one when it says the rule is broken (fails, flags, warns, missing);",
    "the others are listed as other tests.",
    "",
    `${sources.paragraphs.length} paragraphs, ${ids.length} obligations, ${rules.size} rules and exceptions, ${cadences.size} cadences,`,
    `${params.size} parameters; ${stats.passing} passing and ${stats.failing} failing examples, ${stats.other} other tests.`,
    "",
    ...DOCUMENTS.map((d) => `- [${esc(d.title)}](#${d.anchor})`),
    "- [Obligation index](#obligation-index)",
    "- [Parameters from other instruments](#other-parameters)",
  ];
  const markdown = `${[...head, ...body, ...index, ...appendix].join("\n")}\n`;
  return {
    markdown,
    anchors: { paragraphs: sources.paragraphs.map((p) => p.key), obligations: ids.map(obligationAnchor) },
    stats: {
      paragraphs: sources.paragraphs.length,
      obligations: ids.length,
      obligationsDescribed: exampleCounts.size,
      rules: rules.size,
      cadences: cadences.size,
      parameters: params.size,
      examples: stats,
    },
  };
}
