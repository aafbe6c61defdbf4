import { describe, expect, it } from "vitest";
import type { AllegationInput } from "../../../src";
import { allegation, datasetWith, run, single } from "./support";

const RULE = "sgb.3.2a.substantiated-closed-without-final-action";

function closed(a: Partial<AllegationInput>): AllegationInput {
  return allegation({
    id: "A-1",
    outcome: { result: "substantiated", decidedOn: "2018-05-01" },
    closedOn: "2018-06-01",
    ...a,
  });
}

describe("SGB-3.2a: a substantiated allegation is closed only with a final action for each subject", () => {
  it("SGB-3.2a: passes a civilian staff member dismissed and a contingent member repatriated", () => {
    const a = closed({
      subjects: [
        { ref: "S-1", category: "civilian-staff" },
        { ref: "S-2", category: "military-contingent", contributingCountry: "XYZ" },
      ],
      actions: [
        { kind: "dismissal", subjectRef: "S-1", takenOn: "2018-05-20" },
        { kind: "repatriation", subjectRef: "S-2", takenOn: "2018-05-25" },
      ],
    });
    expect(run(datasetWith({ allegations: [a] })).findings).toEqual([]);
  });

  it("SGB-3.2a: passes a referral for criminal accountability, whatever the category", () => {
    const a = closed({
      subjects: [{ ref: "S-1", category: "un-volunteer" }],
      actions: [{ kind: "referral-for-criminal-accountability", takenOn: "2018-05-20", legalAffairsConsultedOn: "2018-05-10" }],
    });
    expect(run(datasetWith({ allegations: [a] })).findings).toEqual([]);
  });

  it("SGB-3.2a: passes while the allegation is open, or closed only after asOf", () => {
    expect(run(datasetWith({ allegations: [closed({ closedOn: undefined })] })).findings).toEqual([]);
    expect(run(datasetWith({ allegations: [closed({ closedOn: "2018-07-01" })] })).findings).toEqual([]);
  });

  it("SGB-3.2a: fails a contingent member closed with a staff sanction only, naming the appropriate actions", () => {
    const a = closed({
      subjects: [{ ref: "S-1", category: "military-contingent", contributingCountry: "XYZ" }],
      actions: [{ kind: "administrative-leave", takenOn: "2018-03-05" }, { kind: "dismissal", takenOn: "2018-05-20" }],
    });
    const f = single(run(datasetWith({ allegations: [a] })));
    expect(f).toMatchObject({
      ruleId: RULE,
      obligationIds: ["SGB-3.2a"],
      severity: "violation",
      subject: { kind: "allegation", id: "A-1" },
      path: ["allegations", 0, "subjects", 0],
      explanation: {
        facts: {
          subjectRef: "S-1",
          category: "military-contingent",
          closedOn: "2018-06-01",
          outcome: "substantiated",
          appropriateActions: ["repatriation", "exclusion-from-future-service", "referral-for-criminal-accountability"],
          recordedActions: ["administrative-leave", "dismissal"],
        },
      },
    });
    expect(f.explanation.parameters).toMatchObject([{ id: "finalActionsByCategory", layer: "default" }]);
  });

  it("SGB-3.2a: fails only the subject left without action when an action names another subject", () => {
    const a = closed({
      subjects: [
        { ref: "S-1", category: "civilian-staff" },
        { ref: "S-2", category: "civilian-staff" },
      ],
      actions: [{ kind: "separation", subjectRef: "S-1", takenOn: "2018-05-20" }],
    });
    const f = single(run(datasetWith({ allegations: [a] })));
    expect([f.path, f.explanation.facts["subjectRef"], f.explanation.facts["recordedActions"]]).toEqual([["allegations", 0, "subjects", 1], "S-2", []]);
  });

  it("SGB-3.2a: does not let an action without a subject cover several subjects", () => {
    const a = closed({
      subjects: [
        { ref: "S-1", category: "civilian-staff" },
        { ref: "S-2", category: "civilian-staff" },
      ],
      actions: [{ kind: "dismissal", takenOn: "2018-05-20" }],
    });
    expect(run(datasetWith({ allegations: [a] })).findings.map((f) => f.explanation.facts["subjectRef"])).toEqual(["S-1", "S-2"]);
  });

  it("SGB-3.2a: fails a substantiated closure with no subject recorded", () => {
    const f = single(run(datasetWith({ allegations: [closed({ subjects: [] })] })));
    expect(f).toMatchObject({ ruleId: RULE, path: ["allegations", 0, "subjects"], explanation: { facts: { subjects: 0 } } });
  });

  it("SGB-3.2a: follows a host's overlay of the actions appropriate to a category", () => {
    const a = closed({ subjects: [{ ref: "S-1", category: "un-volunteer" }], actions: [{ kind: "contract-termination", takenOn: "2018-05-20" }] });
    const categories = {
      "civilian-staff": ["dismissal"],
      "un-volunteer": ["contract-termination"],
      "consultant-contractor": ["contract-termination"],
      "military-contingent": ["repatriation"],
      "military-observer-staff-officer": ["repatriation"],
      "individual-police": ["repatriation"],
      "formed-police-unit": ["repatriation"],
      "non-un-partner": ["contract-termination"],
    };
    const parameters = {
      finalActionsByCategory: [{ value: categories, effectiveFrom: "2018-01-01", citation: { document: "ST/SGB/2003/13", clause: "section 3.2(a)" } }],
    };
    expect(run(datasetWith({ allegations: [a] })).findings.map((f) => f.ruleId)).toEqual([RULE]);
    expect(run(datasetWith({ allegations: [a] }), { parameters }).findings).toEqual([]);
  });
});

describe("SGB-3.2a and members of non-UN forces", () => {
  it("SGB-3.2a: passes a member of a non-UN force with no UN action: the UN disciplines no other force", () => {
    const a = closed({ subjects: [{ ref: "S-1", category: "non-un-force" }], actions: [] });
    expect(run(datasetWith({ allegations: [a] })).findings).toEqual([]);
  });

  it("SGB-3.2a: still fails the contingent member named beside a member of a non-UN force", () => {
    const a = closed({
      subjects: [
        { ref: "S-1", category: "non-un-force" },
        { ref: "S-2", category: "military-contingent", contributingCountry: "XYZ" },
      ],
      actions: [],
    });
    const f = single(run(datasetWith({ allegations: [a] })));
    expect(f).toMatchObject({ ruleId: RULE, path: ["allegations", 0, "subjects", 1], explanation: { facts: { subjectRef: "S-2", category: "military-contingent" } } });
  });
});
