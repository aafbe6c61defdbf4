import { describe, expect, it } from "vitest";
import { bulletinRules } from "../../../src/rules";
import { compliantDataset } from "@psea/test-support";
import { allegation, datasetWith, run } from "./support";

describe("ST/SGB/2003/13 rule set", () => {
  it("finds nothing in the compliant mission", () => {
    const r = run(compliantDataset());
    expect(r.findings).toEqual([]);
    expect(r.conflicts).toEqual([]);
    expect(r.summary.rulesEvaluated).toBe(bulletinRules.rules.length);
  });

  it("finds nothing in an allegation that meets no standard of 3.2 and classifies cleanly (the baseline of every test)", () => {
    expect(run(datasetWith({ allegations: [allegation({ id: "A-1" })] })).findings).toEqual([]);
  });

  it("encodes every SGB obligation of the catalogue but DPKO-GM-e's, as rules or declared exceptions (3.2(e) with DPKO-ST-h, which restates it)", () => {
    const tagged = new Set([...bulletinRules.rules.flatMap((r) => r.obligations), ...bulletinRules.exceptions.map((e) => e.obligation)]);
    expect([...tagged].sort()).toEqual(
      ["DPKO-ST-h", "SGB-1-SA", "SGB-1-SE", "SGB-3.2a", "SGB-3.2b", "SGB-3.2c", "SGB-3.2d", "SGB-3.2e", "SGB-3.2f", "SGB-4.3", "SGB-4.4", "SGB-4.5", "SGB-5", "SGB-6"].sort(),
    );
    expect(bulletinRules.rules.every((r) => r.citation.document === "ST/SGB/2003/13")).toBe(true);
  });

  it("declares SGB-4.4 against 3.2(b) and SGB-4.5 against 3.2(d), each lowering to a notice", () => {
    expect(bulletinRules.exceptions.map((e) => [e.obligation, e.overrides, e.lowersTo])).toEqual([
      ["SGB-4.4", "sgb.3.2b.child-victim", "notice"],
      ["SGB-4.5", "sgb.3.2d.relationship-with-beneficiary", "notice"],
    ]);
  });
});
