import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pseaRuleSet } from "@psea/cli";
import { evaluate } from "@psea/core";
import { generateMission } from "@psea/fixtures";
import { buildFindingsReport, maskIdentityValues, renderCsv, renderHtml, renderJson, renderMarkdown } from "@psea/reports";
import type { DemoOptions } from "./args";
import { formatSummary } from "./summary";

/**
 * The files the demo writes into its output directory.
 *
 * @category Demo
 * @example
 * REPORT_FILES[0]; // "findings.json"
 */
export const REPORT_FILES = ["findings.json", "findings.csv", "summary.md", "report.html"] as const;

/**
 * What a demo run produced.
 *
 * @category Demo
 */
export type DemoResult =
  | { readonly ok: true; readonly summary: string; readonly files: readonly string[]; readonly violations: number }
  | { readonly ok: false; readonly summary: string };

/**
 * Generates the synthetic mission, evaluates every rule the kit ships as of `asOf` (`pseaRuleSet`
 * of `@psea/cli`, the set `psea validate` runs: the core's rules, SEA training (AP-P2) and SEA risk
 * management (AP-P6)), writes the four reports to
 * `outDir` and returns the text summary. Every output is built from the findings report (which
 * holds no identity) and then masked against the dataset's identity values as a second line of
 * defence. Writes nothing to stdout: `main.ts` prints.
 *
 * @category Demo
 * @example
 * const r = runDemo({ seed: 2018, personnel: 500, asOf: "2019-06-30", outDir: "/tmp/psea-demo" });
 * r.ok && r.files.length; // 4
 */
export function runDemo(options: DemoOptions): DemoResult {
  const dataset = generateMission({
    seed: options.seed,
    personnel: options.personnel,
    asOf: options.asOf,
    violations: "some",
    ...(options.canary !== undefined ? { canary: options.canary } : {}),
  });
  const result = evaluate(pseaRuleSet, dataset, { asOf: options.asOf });
  if (!result.ok) {
    // Paths and codes only: an issue's message may quote the offending value.
    const issues = result.issues.slice(0, 20).map((i) => `  ${i.path.join(".")}: ${i.code}`);
    return { ok: false, summary: `The generated dataset did not validate (${result.issues.length} issues):\n${issues.join("\n")}\n` };
  }
  const built = buildFindingsReport(result, {
    title: `PSEA compliance: ${dataset.mission.name} (synthetic)`,
    asOf: options.asOf,
    generatedFor: "PSEA Policy Kit demo",
  });
  // Masked before rendering too: escaping (O'Brien → O&#39;Brien in HTML) would hide a name from a mask applied afterwards.
  const report = maskIdentityValues(built, dataset);
  const mask = (text: string) => maskIdentityValues(text, dataset);
  const outputs: Record<(typeof REPORT_FILES)[number], string> = {
    "findings.json": renderJson(report),
    "findings.csv": renderCsv(report),
    "summary.md": renderMarkdown(report),
    "report.html": renderHtml(report),
  };
  mkdirSync(options.outDir, { recursive: true });
  const files = REPORT_FILES.map((name) => {
    const path = join(options.outDir, name);
    writeFileSync(path, mask(outputs[name]), "utf8");
    return path;
  });
  const summary = formatSummary(report, {
    missionName: dataset.mission.name,
    seed: options.seed,
    personnel: dataset.personnel?.length ?? 0,
    offices: dataset.offices?.length ?? 0,
    allegations: dataset.allegations?.length ?? 0,
    partnerAgreements: dataset.partnerAgreements?.length ?? 0,
  });
  return { ok: true, summary: mask(`${summary}\nReports written to ${options.outDir}: ${REPORT_FILES.join(", ")}\n`), files, violations: result.summary.violations };
}
