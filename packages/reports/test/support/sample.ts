import { cite, type Finding } from "@psea/core";
import type { CompletedEvaluation } from "../../src";

const gradeFinding: Finding = {
  ruleId: "dpko.gm-c.focal-point-grade",
  obligationIds: ["DPKO-GM-c"],
  severity: "violation",
  citation: cite("DPKO-IG", "General management responsibilities (c)"),
  subject: { kind: "personnel", id: "P-ALT" },
  path: ["roster", "alternate", "personnelId"],
  message: "the Alternate is at grade P-3, below the minimum P-4",
  concern: "dpko.gm-c.focal-point-grade",
  explanation: {
    facts: { role: "alternate", grade: "P-3", comparison: "below" },
    parameters: [
      { id: "focalPointMinimumGrade", value: "P-4", effectiveFrom: "2003-10-15", citation: cite("DPKO-IG", "General management responsibilities (c)"), layer: "default" },
      { id: "gradeOrder", value: ["P-3", "P-4", "P-5"], effectiveFrom: "2003-10-15", effectiveTo: "2030-01-01", citation: cite("DPKO-IG", "General management responsibilities (c)", { verify: true }), layer: "overlay" },
    ],
  },
};

const loweredFinding: Finding = {
  ruleId: "sgb.3.2d.relationship-with-beneficiary",
  obligationIds: ["SGB-3.2d", "AP-P6"],
  severity: "notice",
  citation: cite("ST/SGB/2003/13", "section 3.2(d)"),
  subject: { kind: "allegation", id: "A-7" },
  path: ["allegations", 0, "conduct", "relationship"],
  message: "a relationship with a beneficiary, <script>alert(\"x\")</script> & more, \"quoted\"\nsecond line",
  concern: "relationship",
  explanation: {
    facts: { victimRef: "V-1", beneficiary: true, exchange: ["money", "goods"] },
    parameters: [],
    exception: {
      exceptionId: "sgb.4.5.adult-beneficiary",
      obligationId: "SGB-4.5",
      citation: cite("ST/SGB/2003/13", "section 4.5"),
      basis: "decision",
      decisionId: "D-1",
      decidedOn: "2018-07-01",
      originalSeverity: "violation",
    },
  },
};

const supersedingFinding: Finding = {
  ruleId: "ap.p6.formula",
  obligationIds: ["AP-P6"],
  severity: "warning",
  citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 6"),
  subject: { kind: "allegation", id: "A-7" },
  path: ["allegations", 0],
  message: "=HYPERLINK(\"http://evil.example\",\"click\")",
  concern: "formula",
  explanation: {
    facts: {},
    parameters: [],
    supersedes: [{ ruleId: "ap.p6.general", severity: "notice", citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 6") }],
  },
};

/** A hand-built evaluation with a finding of each kind: plain, lowered by an exception, superseding. */
export function sampleEvaluation(): CompletedEvaluation {
  return {
    ok: true,
    asOf: "2018-06-30",
    findings: [gradeFinding, supersedingFinding, loweredFinding],
    conflicts: [
      {
        subject: { kind: "allegation", id: "A-7" },
        concern: "relationship",
        findings: [
          { ruleId: "rule.a", severity: "violation" },
          { ruleId: "rule.b", severity: "warning" },
        ],
        message: "rules rule.a, rule.b judge 'relationship' differently",
      },
    ],
    ruleErrors: [
      { code: "parameter-not-in-force", ruleId: "dpko.rc-b.agreement", parameterId: "rcHomAgreementPeriod", asOf: "2018-06-30", message: "no value of 'rcHomAgreementPeriod' is in force on 2018-06-30" },
      { code: "rule-failed", ruleId: "broken.rule", message: "boom" },
    ],
    summary: { rulesEvaluated: 12, violations: 1, warnings: 1, notices: 1 },
  };
}

export const OPTIONS = { title: "MINUSCA PSEA compliance", asOf: "2018-06-30", generatedFor: "Conduct & Discipline <Team>", generatedOn: "2018-07-02" } as const;
