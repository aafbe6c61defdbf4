import { describe, expect, it } from "vitest";
import { createParameterSet, defaultParameterSet, defaultParameters, listParameterConflicts, resolveParameter } from "../../src/parameters";

const citation = { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 1, expected result (vi)" };

describe("policy parameters", () => {
  it("gives the value in force with its citation and effective date", () => {
    expect(resolveParameter(defaultParameterSet, "childAgeThresholdYears", "2018-06-30")).toEqual({
      ok: true,
      value: 18,
      use: {
        id: "childAgeThresholdYears",
        value: 18,
        effectiveFrom: "2003-10-15",
        citation: { document: "ST/SGB/2003/13", clause: "section 3.2(b)" },
        layer: "default",
      },
    });
  });

  it("is an error, not a guess, when no value is in force", () => {
    expect(resolveParameter(defaultParameterSet, "childAgeThresholdYears", "2003-10-14")).toEqual({
      ok: false,
      error: { code: "parameter-not-in-force", parameterId: "childAgeThresholdYears", asOf: "2003-10-14", message: expect.any(String) },
    });
  });

  it("every default value has a citation, an effective date and a value its schema accepts", () => {
    for (const [id, def] of Object.entries(defaultParameters)) {
      expect(def.values.length, id).toBeGreaterThan(0);
      for (const v of def.values) {
        expect(v.effectiveFrom, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(v.citation.clause.length, id).toBeGreaterThan(0);
        expect((def.schema as { safeParse(x: unknown): { success: boolean } }).safeParse(v.value).success, id).toBe(true);
      }
    }
  });

  it("lets a host overlay a value from a date, leaving earlier dates to the default", () => {
    const r = createParameterSet({ newsletterPeriod: [{ value: "P1M", effectiveFrom: "2019-01-01", citation }] });
    if (!r.ok) throw new Error("overlay rejected");
    expect(resolveParameter(r.value, "newsletterPeriod", "2018-12-31")).toMatchObject({ ok: true, value: "P3M", use: { layer: "default" } });
    expect(resolveParameter(r.value, "newsletterPeriod", "2019-01-01")).toMatchObject({ ok: true, value: "P1M", use: { layer: "overlay", citation } });
  });

  it("rejects unknown parameters, invalid values and overlapping values with a path", () => {
    const r = createParameterSet({
      ageOfConsent: [{ value: 16, effectiveFrom: "2019-01-01", citation }],
      childAgeThresholdYears: [{ value: "eighteen", effectiveFrom: "2019-01-01", citation }],
      newsletterPeriod: [
        { value: "P1M", effectiveFrom: "2019-01-01", citation },
        { value: "P2M", effectiveFrom: "2019-06-01", citation },
      ],
    });
    expect(r).toMatchObject({
      ok: false,
      issues: [
        { path: ["ageOfConsent"], code: "unknown-parameter" },
        { path: ["childAgeThresholdYears", 0, "value"], code: "invalid_type" },
        { path: ["newsletterPeriod", 1], code: "overlapping-values" },
      ],
    });
    expect(createParameterSet("P1M")).toMatchObject({ ok: false, issues: [{ path: [], code: "invalid-type" }] });
  });

  it("exposes the action plan's newsletter period conflict instead of hiding it (AP-P1)", () => {
    expect(listParameterConflicts().find((c) => c.parameterId === "newsletterPeriod")).toEqual(
      expect.objectContaining({
        parameterId: "newsletterPeriod",
        encoded: [expect.objectContaining({ value: "P3M" })],
        conflicts: [expect.objectContaining({ value: "P1M", citation })],
      }),
    );
  });
});
