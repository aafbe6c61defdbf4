import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateRisk, parseRiskDataset } from "../src";
import { AS_OF, compliantRiskDataset } from "@psea/test-support";

describe("AP-P6 parseRiskDataset", () => {
  it("AP-P6 parses the risk sections of a dataset with defaults, leaving the core sections out", () => {
    const r = parseRiskDataset(compliantRiskDataset());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.value)).toEqual(["riskRegister", "camps", "campAssessments", "offLimitsList", "jointPatrols"]);
    expect(r.value.riskRegister[1]!.mitigations).toEqual([]);
    expect(parseRiskDataset({})).toEqual({ ok: true, value: { riskRegister: [], camps: [], campAssessments: [], jointPatrols: [] } });
  });

  it("AP-P6 reports malformed records with their path and zod's code", () => {
    const r = parseRiskDataset({ riskRegister: [{ id: "R-1", category: "weather", identifiedOn: "2018-02-30" }], jointPatrols: "weekly" });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => [i.path, i.code])).toEqual([
      [["riskRegister", 0, "description"], "invalid_type"],
      [["riskRegister", 0, "category"], "invalid_value"],
      [["riskRegister", 0, "identifiedOn"], "invalid_format"],
      [["jointPatrols"], "invalid_type"],
    ]);
  });

  it("AP-P6 reports duplicate ids, unknown camps and unknown offices", () => {
    const d = compliantRiskDataset();
    d.camps = [...d.camps!, { id: "CAMP-S", name: "Camp South", officeId: "FO-9" }];
    d.campAssessments = [...d.campAssessments!, { id: "CRA-1", campId: "CAMP-X", assessedOn: "2018-04-01" }];
    d.riskRegister = [...d.riskRegister!, { ...d.riskRegister![0]!, id: "R-3", campId: "CAMP-X" }];
    const r = parseRiskDataset(d);
    expect(!r.ok && r.issues).toEqual([
      { path: ["campAssessments", 1, "id"], code: "duplicate-id", message: "duplicate id in campAssessments: each record's id must be unique" },
      { path: ["riskRegister", 2, "mitigations", 0, "id"], code: "duplicate-id", message: "duplicate mitigation id in riskRegister: each mitigation's id must be unique" },
      { path: ["campAssessments", 1, "campId"], code: "unknown-reference", message: "expected the id of a camp of this dataset" },
      { path: ["riskRegister", 2, "campId"], code: "unknown-reference", message: "expected the id of a camp of this dataset" },
      { path: ["camps", 1, "officeId"], code: "unknown-reference", message: "expected the id of an office of this dataset" },
    ]);
    // evaluateRisk refuses the same document with the same issues.
    const e = evaluateRisk(d, { asOf: AS_OF });
    expect(!e.ok && e.issues).toEqual(!r.ok && r.issues);
  });

  it("AP-P6 never throws, and never mutates its input", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const before = JSON.stringify(input);
        const r = parseRiskDataset(input);
        expect(JSON.stringify(input)).toBe(before);
        if (!r.ok) expect(r.issues.every((i) => Array.isArray(i.path) && typeof i.code === "string")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
