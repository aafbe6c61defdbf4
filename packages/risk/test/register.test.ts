import { describe, expect, it } from "vitest";
import { evaluateRisk } from "../src";
import { AP, findings } from "./support/findings";
import { AS_OF, compliantRiskDataset, withRisk } from "@psea/test-support";

const run = (d: unknown, parameters?: unknown) => findings(evaluateRisk(d, parameters === undefined ? { asOf: AS_OF } : { asOf: AS_OF, parameters }));

describe("AP-P6 (b) risk register: scored within the scale", () => {
  it("AP-P6 passes entries scored within the 5×5 scale", () => {
    expect(run(compliantRiskDataset())).toEqual([]);
  });

  it("AP-P6 fails an open entry with no likelihood, pointing at the field", () => {
    const [f, ...rest] = run(withRisk("R-2", { likelihood: undefined }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "ap.p6.risk-entry-scored",
      obligationIds: ["AP-P6"],
      severity: "violation",
      citation: { ...AP, clause: "Prevention goal 6 (b)" },
      subject: { kind: "risk", id: "R-2" },
      path: ["riskRegister", 1, "likelihood"],
      message: "risk R-2: likelihood is not scored",
    });
    expect(f!.explanation.facts).toEqual({ code: "unscored", likelihood: null, impact: 2, likelihoodLevels: 5, impactLevels: 5 });
    expect(f!.explanation.parameters.map((p) => [p.id, p.value])).toEqual([
      ["riskScale", { likelihoodLevels: 5, impactLevels: 5 }],
      ["riskLevelBands", [{ level: "low", minScore: 1 }, { level: "medium", minScore: 5 }, { level: "high", minScore: 10 }, { level: "critical", minScore: 20 }]],
    ]);
  });

  it("AP-P6 fails an impact off the scale, and passes it once the scale is overlaid to 7 levels", () => {
    const d = withRisk("R-2", { likelihood: 1, impact: 7 });
    expect(run(d).map((f) => [f.ruleId, f.path, f.explanation.facts["code"]])).toEqual([["ap.p6.risk-entry-scored", ["riskRegister", 1, "impact"], "impact-out-of-scale"]]);
    const parameters = { riskScale: [{ value: { likelihoodLevels: 5, impactLevels: 7 }, effectiveFrom: "2018-01-01", citation: { ...AP, clause: "Prevention goal 6 (b)" } }] };
    expect(run(d, parameters)).toEqual([]);
  });

  it("AP-P6 asks nothing of a closed entry, nor of one identified after asOf", () => {
    expect(run(withRisk("R-2", { likelihood: undefined, owner: undefined, closedOn: "2018-06-01" }))).toEqual([]);
    expect(run(withRisk("R-2", { likelihood: undefined, owner: undefined, identifiedOn: "2018-07-01" }))).toEqual([]);
  });
});

describe("AP-P6 (b) risk register: owned by personnel on strength", () => {
  it("AP-P6 fails an entry with no owner", () => {
    const [f, ...rest] = run(withRisk("R-2", { owner: undefined }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "ap.p6.risk-entry-owned",
      obligationIds: ["AP-P6"],
      severity: "violation",
      subject: { kind: "risk", id: "R-2" },
      path: ["riskRegister", 1, "owner"],
      message: "risk R-2 has no owner",
      explanation: { facts: { owner: null, ownerStatus: "none" } },
    });
  });

  it("AP-P6 fails an owner who is not mission personnel, or who has left", () => {
    expect(run(withRisk("R-2", { owner: "P-NOBODY" })).map((f) => f.explanation.facts)).toEqual([{ owner: "P-NOBODY", ownerStatus: "unknown" }]);
    const d = compliantRiskDataset();
    d.personnel = d.personnel!.map((p) => (p.id === "P-FP" ? { ...p, departureDate: "2018-05-31" } : p));
    const [f] = run(d);
    expect(f).toMatchObject({
      ruleId: "ap.p6.risk-entry-owned",
      subject: { kind: "risk", id: "R-2" },
      message: "risk R-2 is owned by P-FP, who is not on strength on 2018-06-30 (departed)",
      explanation: { facts: { owner: "P-FP", ownerStatus: "departed" } },
    });
  });
});

describe("AP-P6 (d) high and critical risks have a mitigation recommendation", () => {
  it("AP-P6 fails a critical risk with no recommendation", () => {
    const [f, ...rest] = run(withRisk("R-1", { mitigations: [] }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "ap.p6.high-risk-mitigation",
      obligationIds: ["AP-P6"],
      severity: "violation",
      citation: { ...AP, clause: "Prevention goal 6 (d)" },
      subject: { kind: "risk", id: "R-1" },
      path: ["riskRegister", 0, "mitigations"],
      message: "critical risk R-1 (score 20) has no standing mitigation recommendation",
      explanation: { facts: { score: 20, level: "critical", standing: 0, rejected: 0 } },
    });
  });

  it("AP-P6 does not count a rejected recommendation, nor one made after asOf", () => {
    const mitigations = [
      { id: "M-R", recommendation: "Move the camp", recommendedOn: "2018-03-12", addressedTo: "sea-emergency-action-team" as const, status: "rejected" as const },
      { id: "M-L", recommendation: "Later", recommendedOn: "2018-07-02", addressedTo: "sea-emergency-action-team" as const },
    ];
    expect(run(withRisk("R-1", { mitigations })).map((f) => [f.ruleId, f.explanation.facts["rejected"]])).toEqual([["ap.p6.high-risk-mitigation", 1]]);
  });

  it("AP-P6 asks nothing of a medium risk unless the levels are overlaid to include it", () => {
    const d = withRisk("R-2", { likelihood: 3, impact: 3 });
    expect(run(d)).toEqual([]);
    const parameters = {
      riskLevelsRequiringMitigation: [{ value: ["medium", "high", "critical"], effectiveFrom: "2018-01-01", citation: { ...AP, clause: "Prevention goal 6 (d)" } }],
    };
    expect(run(d, parameters).map((f) => [f.subject.id, f.explanation.facts["level"]])).toEqual([["R-2", "medium"]]);
  });
});

describe("AP-P6 (e) recommendations followed up within the window", () => {
  const open = (status: "open" | "in-progress", recommendedOn: string) =>
    withRisk("R-1", { mitigations: [{ id: "M-1", recommendation: "Light the perimeter", recommendedOn, addressedTo: "sea-emergency-action-team", status }] });

  it("AP-P6 warns on a recommendation still in progress past mitigationFollowUpWindow", () => {
    const [f, ...rest] = run(open("in-progress", "2018-03-12"));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "ap.p6.mitigation-follow-up",
      obligationIds: ["AP-P6"],
      severity: "warning",
      citation: { ...AP, clause: "Prevention goal 6 (e)" },
      subject: { kind: "risk-mitigation", id: "M-1" },
      path: ["riskRegister", 0, "mitigations", 0, "status"],
      explanation: {
        facts: { riskId: "R-1", recommendedOn: "2018-03-12", dueOn: "2018-06-12", status: "in-progress", addressedTo: "sea-emergency-action-team" },
        parameters: [expect.objectContaining({ id: "mitigationFollowUpWindow", value: "P3M", citation: { ...AP, clause: "Prevention goal 6 (e)", verify: true } })],
      },
    });
  });

  it("AP-P6 passes one still within the window, and counts one implemented after asOf as open on asOf", () => {
    expect(run(open("open", "2018-04-01"))).toEqual([]);
    const late = withRisk("R-1", {
      mitigations: [{ id: "M-1", recommendation: "…", recommendedOn: "2018-03-12", addressedTo: "cdt", status: "implemented", implementedOn: "2018-07-20" }],
    });
    expect(run(late).map((f) => [f.ruleId, f.explanation.facts["status"]])).toEqual([["ap.p6.mitigation-follow-up", "implemented"]]);
  });
});
