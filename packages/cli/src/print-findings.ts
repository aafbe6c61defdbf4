import type { DerivedClassification, EvaluationResult, Finding } from "@psea/core";
import type { CliIo } from "./io";
import { formatTable } from "./table";

// How `psea validate` prints its result as a table: the findings (with the exception that lowered
// one), conflicts, rules that could not run, and the derived classification of each allegation.

// A lowered finding says which exception lowered it, and on what basis, in the table as in every report.
function exceptionNote(f: Finding): string {
  const e = f.explanation.exception;
  if (!e) return "";
  const basis = e.basis === "decision" ? `decision ${e.decisionId} of ${e.decidedOn}` : "the recorded facts";
  return ` [${e.obligationId} applied on ${basis}; was ${e.originalSeverity}]`;
}

function classificationLabel(c: DerivedClassification): string {
  if (c.kind === "classified") return `${c.nature} / ${c.type}`;
  return c.kind === "discouraged-relationship" ? "discouraged relationship (SGB 3.2(d))" : "undetermined";
}

export function printClassifications(io: CliIo, classifications: readonly DerivedClassification[]): void {
  if (classifications.length === 0) return;
  io.stdout("\nAllegations as classified from their facts (SGB section 1):\n");
  io.stdout(
    formatTable(
      ["ALLEGATION", "DERIVED", "RECORDED", "AGREES", "BASIS"],
      classifications.map((c) => [
        c.allegationId,
        classificationLabel(c),
        c.recordedNature === null && c.recordedType === null ? "none" : `${c.recordedNature ?? "-"} / ${c.recordedType ?? "-"}`,
        c.agrees === null ? "" : c.agrees ? "yes" : "no",
        c.kind === "undetermined" ? (c.reason ?? "") : c.basis.join("; "),
      ]),
    ),
  );
}

export function printFindingsTable(io: CliIo, result: Extract<EvaluationResult, { ok: true }>, heading: string): void {
  const s = result.summary;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  io.stdout(`${heading}: ${plural(s.rulesEvaluated, "rule")} evaluated, ${plural(s.violations, "violation")}, ${plural(s.warnings, "warning")}, ${plural(s.notices, "notice")}\n\n`);
  if (result.findings.length === 0) io.stdout("No findings.\n");
  else {
    io.stdout(
      formatTable(
        ["SEVERITY", "RULE", "OBLIGATION", "SUBJECT", "MESSAGE"],
        result.findings.map((f) => [f.severity, f.ruleId, f.obligationIds.join(", "), `${f.subject.kind} ${f.subject.id}`, f.message + exceptionNote(f)]),
      ),
    );
  }
  if (result.conflicts.length > 0) {
    io.stdout("\nConflicts between rules:\n");
    for (const c of result.conflicts) io.stdout(`  ${c.subject.kind} ${c.subject.id}: ${c.message}\n`);
  }
  if (result.ruleErrors.length > 0) {
    io.stdout("\nRules that could not run (the check is incomplete):\n");
    for (const e of result.ruleErrors) io.stdout(`  ${e.ruleId}: ${e.message} [${e.code}]\n`);
  }
}
