// What the kit ships for each obligation id, read from the code itself: the rules and exceptions
// of every rule set (found by their obligation tags, as `pnpm rules:coverage` finds them), the
// cadences, the case deadlines and workflow steps, and the parameters with their dated values.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { caseWorkflowObligations, deadlineObligations, exampleCase, type DeadlineKind, type ExampleCaseStage } from "@psea/cases";
import type { Citation, ParameterId, RuleSet } from "@psea/core";
import { allRules as coreRules } from "@psea/core/rules";
import { defaultParameters, listParameterConflicts, type DatedValue, type ParameterConflict } from "@psea/core/parameters";
import { cadenceCatalogue } from "@psea/core/cadences";
import { partnerRules } from "@psea/partners";
import { riskRules } from "@psea/risk";
import { trainingRules } from "@psea/training";

/** The rule sets the kit ships, by the package that exports them. */
export const ruleSetsByPackage: readonly (readonly [string, RuleSet])[] = [
  ["@psea/core", coreRules],
  ["@psea/training", trainingRules],
  ["@psea/risk", riskRules],
  ["@psea/partners", partnerRules],
];

export interface RuleEncoding {
  readonly kind: "rule" | "exception";
  readonly id: string;
  readonly title: string;
  readonly packageName: string;
  readonly citation: Citation;
  readonly parameters: readonly string[];
  /** A rule's severity; for an exception, the rule it may lower and the severity it lowers to. */
  readonly severity: string;
  readonly overrides?: string;
}

export interface CadenceEncoding {
  readonly id: string;
  readonly title: string;
  readonly kind: "periodic" | "per-event";
  readonly citation: Citation;
  readonly parameters: readonly string[];
  readonly requires?: string;
}

export interface DeadlineEncoding {
  readonly kind: DeadlineKind;
  readonly citation: Citation;
  readonly parameters: readonly ParameterId[];
}

export interface WorkflowEncoding {
  readonly citation: Citation;
  readonly encodedBy: readonly string[];
}

export interface ObligationEncodings {
  readonly rules: readonly RuleEncoding[];
  readonly cadences: readonly CadenceEncoding[];
  readonly deadlines: readonly DeadlineEncoding[];
  readonly workflow: WorkflowEncoding | undefined;
  /** Source files (not tests) that name the id as a string literal. */
  readonly namedIn: readonly string[];
}

/**
 * The parameters that set each case deadline's window. Checked against the deadlines the example
 * case carries at each of its stages, so a deadline that changes its parameter fails the book.
 */
export const deadlineWindows = {
  "headquarters-notification": ["headquartersNotificationWindow"],
  "department-of-management-notification": ["departmentOfManagementNotificationWindow"],
  "member-state-response": ["memberStateResponseWindow"],
  investigation: ["investigationTimeline", "urgentInvestigationTimeline"],
  "victim-status-update": ["victimStatusUpdateMaxInterval"],
  assessment: ["assessmentTimeline"],
  referral: ["referralTimeline"],
  "report-review": ["reportReviewTimeline"],
  "service-referral": ["serviceReferralWindow", "emergencyServiceReferralWindow"],
} as const satisfies Record<DeadlineKind, readonly ParameterId[]>;

const exampleStages: readonly ExampleCaseStage[] = [
  "opened",
  "registered",
  "headquartersNotified",
  "assessed",
  "evidencePreserved",
  "referred",
  "investigating",
  "reported",
  "substantiated",
  "actionTaken",
  "closed",
];

/** Throws when a deadline of the example case is set by a parameter {@link deadlineWindows} does not name. */
export function checkDeadlineWindows(): void {
  for (const stage of exampleStages) {
    for (const d of exampleCase(stage).context.deadlines) {
      const declared: readonly string[] = deadlineWindows[d.kind];
      if (!declared.includes(d.parameter.id)) {
        throw new Error(`policy book: the ${d.kind} deadline is set by ${d.parameter.id}, which deadlineWindows does not list for it`);
      }
    }
  }
}

function sourceFiles(root: string): string[] {
  const acc: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      if (["node_modules", "dist", ".git", "coverage", "test"].includes(name)) continue;
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|mts|tsx)$/.test(name) && !/\.test(-d)?\./.test(name)) acc.push(p);
    }
  };
  walk(join(root, "packages"));
  return acc;
}

/** Everything that encodes each obligation id, keyed by id. */
export function collectEncodings(root: string, ids: readonly string[]): Map<string, ObligationEncodings> {
  checkDeadlineWindows();
  const sources = sourceFiles(root).map((f) => ({ file: relative(root, f).split("\\").join("/"), text: readFileSync(f, "utf8") }));
  const workflow: Readonly<Record<string, WorkflowEncoding>> = caseWorkflowObligations;
  const out = new Map<string, ObligationEncodings>();
  for (const id of ids) {
    const rules: RuleEncoding[] = [];
    for (const [packageName, set] of ruleSetsByPackage) {
      for (const r of set.rules) {
        if (!r.obligations.includes(id as never)) continue;
        rules.push({ kind: "rule", id: r.id, title: r.title, packageName, citation: r.citation, parameters: [...r.parameters], severity: r.severity });
      }
      for (const e of set.exceptions) {
        if (e.obligation !== id) continue;
        rules.push({ kind: "exception", id: e.id, title: e.title, packageName, citation: e.citation, parameters: [...e.parameters], severity: e.lowersTo, overrides: e.overrides });
      }
    }
    const cadences: CadenceEncoding[] = cadenceCatalogue
      .filter((c) => c.obligations.includes(id as never))
      .map((c) =>
        c.kind === "periodic"
          ? { id: c.id, title: c.title, kind: c.kind, citation: c.citation, parameters: [c.periodParameter, ...(c.languagesParameter ? [c.languagesParameter] : [])] }
          : { id: c.id, title: c.title, kind: c.kind, citation: c.citation, parameters: [], requires: c.requires },
      );
    const deadlines: DeadlineEncoding[] = (Object.keys(deadlineObligations) as DeadlineKind[])
      .filter((k) => (deadlineObligations[k].obligationIds as readonly string[]).includes(id))
      .map((k) => ({ kind: k, citation: deadlineObligations[k].citation, parameters: deadlineWindows[k] }));
    const literal = new RegExp(`["'\`]${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["'\`]`);
    const namedIn = sources.filter((s) => literal.test(s.text)).map((s) => s.file);
    out.set(id, { rules, cadences, deadlines, workflow: workflow[id], namedIn });
  }
  return out;
}

export interface ParameterEntry {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly values: readonly DatedValue<unknown>[];
  readonly conflicts: readonly ParameterConflict[];
}

/** Every parameter of the catalogue, with the other values the sources state for it. */
export function parameterEntries(): Map<string, ParameterEntry> {
  const conflicts = new Map(listParameterConflicts().map((c) => [c.parameterId as string, c.conflicts]));
  const out = new Map<string, ParameterEntry>();
  for (const [id, def] of Object.entries(defaultParameters)) {
    out.set(id, { id, title: def.title, description: def.description, values: def.values as readonly DatedValue<unknown>[], conflicts: conflicts.get(id) ?? [] });
  }
  return out;
}
