import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { parsePartnerDataset, PartnerAssessment, PartnerAssessments, partnerAssessmentSummaries, partnerPortfolio } from "../src";
import { compliantDataset, finalAssessment } from "./support";

/** Every field of every object in a schema, with its description (undefined when missing). */
function fields(schema: z.ZodType, path: string[] = []): [string, string | undefined][] {
  const def = (schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; element?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType> } } })._zod.def;
  if (def.type === "object") {
    return Object.entries(def.shape!).flatMap(([k, v]) => [[[...path, k].join("."), v.description] as [string, string | undefined], ...fields(v, [...path, k])]);
  }
  if (def.type === "optional" || def.type === "default" || def.type === "nullable") return fields(def.innerType!, path);
  if (def.type === "array") return fields(def.element!, [...path, "[]"]);
  if (def.type === "pipe") return fields(def.in!, path);
  return [];
}

describe("the partnerAssessments dataset section", () => {
  it("describes every field, at every depth", () => {
    const all = fields(PartnerAssessment);
    expect(all.length).toBeGreaterThan(15);
    expect(all.filter(([, d]) => d === undefined || d.length < 10).map(([k]) => k)).toEqual([]);
    expect(PartnerAssessments.description).toBeDefined();
  });

  it("is strict: an unknown key is an issue with a path and a code, never its name or value", () => {
    const d = compliantDataset();
    const r = parsePartnerDataset({ ...d, partnerAssessments: [{ ...d.partnerAssessments[0], survivorName: "CANARY-NAME" }] });
    expect(r).toEqual({ ok: false, issues: [{ path: ["partnerAssessments", 0], code: "unrecognized_keys", message: "an unexpected field: only the documented fields are accepted here" }] });
    expect(JSON.stringify(r)).not.toMatch(/CANARY|survivorName/);
  });

  it("accepts the compliant dataset, and gives defaults", () => {
    const r = parsePartnerDataset({ partnerAssessments: [{ id: "A", partnerId: "P", status: "draft" }] });
    expect(r.ok && r.value.partnerAssessments[0]).toEqual({ id: "A", partnerId: "P", status: "draft", agreementIds: [], ratings: [] });
    expect(parsePartnerDataset(compliantDataset()).ok).toBe(true);
  });

  it("reports duplicates, unknown agreements and a final assessment with no date, by path and code", () => {
    const a = finalAssessment();
    const r = parsePartnerDataset({
      partnerAgreements: [],
      partnerAssessments: [a, { ...a, finalizedOn: undefined, ratings: [{ standardId: "policy", score: 3 }, { standardId: "policy", score: 2 }] }],
    });
    expect(!r.ok && r.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["partnerAssessments.1.finalizedOn", "required"],
      ["partnerAssessments.1.ratings.1.standardId", "duplicate-id"],
      ["partnerAssessments.1.id", "duplicate-id"],
      ["partnerAssessments.1.plan.actionPoints.0.id", "duplicate-id"],
      ["partnerAssessments.1.plan.actionPoints.1.id", "duplicate-id"],
      ["partnerAssessments.1.plan.actionPoints.2.id", "duplicate-id"],
      ["partnerAssessments.1.plan.actionPoints.3.id", "duplicate-id"],
      ["partnerAssessments.0.agreementIds.0", "unknown-reference"],
      ["partnerAssessments.1.agreementIds.0", "unknown-reference"],
    ]);
  });

  it("never echoes a received value in an issue", () => {
    const canary = "CANARY-7f3a";
    const r = parsePartnerDataset({ partnerAssessments: [{ id: canary, partnerId: 5, status: canary, ratings: [{ standardId: canary, score: canary }], plan: { adoptedOn: canary } }] });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain(canary);
  });

  it("property: any input gives a result, never a throw, and is never mutated", () => {
    const builders = [partnerAssessmentSummaries, partnerPortfolio];
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ partnerAssessments: fc.array(fc.anything()), partnerAgreements: fc.anything() })), (input) => {
        const before = JSON.stringify(input) ?? "undefined";
        expect(typeof parsePartnerDataset(input).ok).toBe("boolean");
        for (const b of builders) expect(typeof b(input, { asOf: "2019-06-30" }).ok).toBe("boolean");
        expect(JSON.stringify(input) ?? "undefined").toBe(before);
      }),
      { numRuns: 200 },
    );
  });

  it("deeply nested, huge and far-future input neither throws nor hangs", () => {
    let deep: unknown = {};
    for (let i = 0; i < 5000; i++) deep = { partnerAssessments: [deep] };
    expect(parsePartnerDataset(deep).ok).toBe(false);
    const many = Array.from({ length: 20_000 }, (_, i) => ({ id: `A-${i}`, partnerId: `P-${i % 500}`, status: "final", finalizedOn: "9999-12-31" }));
    const r = partnerPortfolio({ partnerAssessments: many }, { asOf: "9999-12-31" });
    expect(r.ok && r.report.partners).toBe(500);
  });
});
