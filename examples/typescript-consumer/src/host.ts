// A host application as the kit's users write one: every package imported by name from its built
// types. `pnpm run check` type-checks it with TypeScript 5.5, the oldest version the kit supports.
import { openCase, applyEvent, dueItems, publicStatus } from "@psea/cases";
import { evaluate, formatCitation, type Finding } from "@psea/core";
import { allRules } from "@psea/core/rules";
import { openAssessment } from "@psea/partners";
import { buildFindingsReport, buildReport, renderMarkdown } from "@psea/reports";
import { evaluateRisk } from "@psea/risk";
import { complianceReport } from "@psea/training";

export function check(untrustedJson: unknown): string[] {
  const result = evaluate(allRules, untrustedJson, { asOf: "2019-06-30" });
  if (!result.ok) return result.issues.map((i) => `${i.path.join(".")}: ${i.code}`);
  const line = (f: Finding) => `${f.severity} ${f.ruleId} ${formatCitation(f.citation)}`;
  return [...result.findings.map(line), renderMarkdown(buildFindingsReport(result, { title: "PSEA compliance", asOf: "2019-06-30" }))];
}

export function workflow(): string | undefined {
  const opened = openCase({ id: "A-1", receivedOn: "2018-06-01", intake: { channel: "hotline" } });
  if (!opened.ok) return undefined;
  const registered = applyEvent(opened.state, { type: "REGISTERED", at: "2018-06-02" });
  if (!registered.ok) return undefined;
  return `${publicStatus(registered.state)} ${dueItems(registered.state, "2018-06-03").length}`;
}

export const report = buildReport("public-data", {}, { asOf: "2019-06-30" });
export const risk = evaluateRisk({}, { asOf: "2018-06-30" });
export const partner = openAssessment({ id: "PCA-7", partnerId: "IP-7", agreementIds: ["PA-7"], createdOn: "2019-01-07" });
export const training = complianceReport;
