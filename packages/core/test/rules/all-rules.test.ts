import { describe, expect, it } from "vitest";
import { evaluate } from "../../src";
import { allRules } from "../../src/rules";
import { AS_OF, compliantDataset } from "@psea/test-support";

describe("allRules", () => {
  it("finds nothing in a mission that meets every obligation", () => {
    const r = evaluate(allRules, compliantDataset(), { asOf: AS_OF });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.findings.map((f) => `${f.ruleId} ${f.subject.id} ${f.message}`)).toEqual([]);
    expect(r.ruleErrors).toEqual([]);
    expect(r.conflicts).toEqual([]);
  });

  it("every rule is tagged with an obligation, cites a clause and has a unique id", () => {
    const ids = new Set<string>();
    for (const rule of allRules.rules) {
      expect(rule.obligations.length, rule.id).toBeGreaterThan(0);
      expect(rule.citation.clause.length, rule.id).toBeGreaterThan(0);
      expect(ids.has(rule.id), rule.id).toBe(false);
      ids.add(rule.id);
    }
    expect(allRules.exceptions.map((e) => e.obligation).sort()).toEqual(["SGB-4.4", "SGB-4.5"]);
  });

  it("a mission that misses one weekly radio broadcast gets exactly that finding (AP-P1)", () => {
    const d = compliantDataset();
    d.cadenceOccurrences = d.cadenceOccurrences!.filter((o) => !(o.cadenceId === "ap.p1.radio-broadcast" && o.on === "2018-03-05"));
    const r = evaluate(allRules, d, { asOf: AS_OF });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.findings.map((f) => [f.ruleId, f.obligationIds, f.explanation.facts["from"]])).toEqual([
      [expect.stringContaining("radio"), ["AP-P1"], "2018-03-05"],
    ]);
  });
});
