import { describe, expect, it } from "vitest";
import { cite, formatCitation, type ParameterSet } from "../../src";
import { createParameterSet, defaultParameterSet, resolveParameter } from "../../src/parameters";

// The dates a value is in force on, which overlays are accepted, and what a resolution carries.

const citation = { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 1, expected result (vi)" } as const;

function overlay(raw: unknown): ParameterSet {
  const r = createParameterSet(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe("resolveParameter: the dates a value is in force", () => {
  it("from its effective date included, to its end date excluded", () => {
    const set = overlay({ newsletterPeriod: [{ value: "P1M", effectiveFrom: "2019-01-01", effectiveTo: "2019-07-01", citation }] });
    expect(resolveParameter(set, "newsletterPeriod", "2018-12-31")).toMatchObject({ value: "P3M", use: { layer: "default" } });
    expect(resolveParameter(set, "newsletterPeriod", "2019-01-01")).toMatchObject({ value: "P1M", use: { layer: "overlay" } });
    expect(resolveParameter(set, "newsletterPeriod", "2019-06-30")).toMatchObject({ value: "P1M", use: { layer: "overlay" } });
    expect(resolveParameter(set, "newsletterPeriod", "2019-07-01")).toMatchObject({ value: "P3M", use: { layer: "default" } });
  });

  it("carries the end date of a bounded value in its use, and no end date for an open one", () => {
    const set = overlay({ newsletterPeriod: [{ value: "P1M", effectiveFrom: "2019-01-01", effectiveTo: "2019-07-01", citation }] });
    const bounded = resolveParameter(set, "newsletterPeriod", "2019-03-01");
    expect(bounded.ok && bounded.use).toEqual({ id: "newsletterPeriod", value: "P1M", effectiveFrom: "2019-01-01", effectiveTo: "2019-07-01", citation, layer: "overlay" });
    const open = resolveParameter(defaultParameterSet, "childAgeThresholdYears", "2019-03-01");
    expect(open.ok && Object.keys(open.use)).not.toContain("effectiveTo");
  });

  it("says which value is missing, and on which date", () => {
    expect(resolveParameter(defaultParameterSet, "childAgeThresholdYears", "2003-10-14")).toMatchObject({
      error: { message: "no value of 'childAgeThresholdYears' is in force on 2003-10-14" },
    });
    expect(resolveParameter(defaultParameterSet, "noSuchParameter" as never, "2018-01-01")).toEqual({
      ok: false,
      error: { code: "unknown-parameter", parameterId: "noSuchParameter", message: "no parameter named 'noSuchParameter'" },
    });
  });
});

describe("createParameterSet: which overlays are accepted", () => {
  it("accepts values that meet end to start, and refuses values that share a day", () => {
    const adjacent = createParameterSet({
      newsletterPeriod: [
        { value: "P1M", effectiveFrom: "2019-01-01", effectiveTo: "2019-06-01", citation },
        { value: "P2M", effectiveFrom: "2019-06-01", citation },
      ],
    });
    expect(adjacent.ok).toBe(true);
    const latestFirst = createParameterSet({
      newsletterPeriod: [
        { value: "P2M", effectiveFrom: "2019-06-01", citation },
        { value: "P1M", effectiveFrom: "2019-01-01", effectiveTo: "2019-06-01", citation },
      ],
    });
    expect(latestFirst.ok).toBe(true);
    const sharing = createParameterSet({
      newsletterPeriod: [
        { value: "P2M", effectiveFrom: "2019-05-31", citation },
        { value: "P1M", effectiveFrom: "2019-01-01", effectiveTo: "2019-06-01", citation },
      ],
    });
    expect(sharing).toEqual({
      ok: false,
      issues: [{ path: ["newsletterPeriod", 1], code: "overlapping-values", message: "overlaps value 0: two values for the same dates are ambiguous" }],
    });
  });

  it("refuses a value that ends on or before the day it starts", () => {
    for (const effectiveTo of ["2019-01-01", "2018-12-31"]) {
      expect(createParameterSet({ newsletterPeriod: [{ value: "P1M", effectiveFrom: "2019-01-01", effectiveTo, citation }] })).toEqual({
        ok: false,
        issues: [{ path: ["newsletterPeriod", 0, "effectiveTo"], code: "empty-interval", message: "effectiveTo must be after effectiveFrom" }],
      });
    }
    expect(createParameterSet({ newsletterPeriod: [{ value: "P1M", effectiveFrom: "2019-01-01", effectiveTo: "2019-01-02", citation }] }).ok).toBe(true);
  });

  it("refuses what is not an object of parameter ids, and an empty list of values", () => {
    for (const raw of [null, [], 3]) {
      expect(createParameterSet(raw)).toEqual({ ok: false, issues: [{ path: [], code: "invalid-type", message: "expected an object of parameter id to dated values" }] });
    }
    expect(createParameterSet()).toEqual({ ok: true, value: { overlay: {} } });
    expect(createParameterSet({ newsletterPeriod: [] })).toMatchObject({ ok: false, issues: [{ path: ["newsletterPeriod"] }] });
    expect(createParameterSet({ constructor: [] })).toMatchObject({ ok: false, issues: [{ path: ["constructor"], code: "unknown-parameter", message: "expected the id of a parameter of the catalogue" }] });
  });

  it("gives the path inside a value the schema refuses, and a citation from an unknown document", () => {
    const r = createParameterSet({
      networkIssuedAudiences: [{ value: ["nobody"], effectiveFrom: "2019-01-01", citation }],
      newsletterPeriod: [{ value: "P1M", effectiveFrom: "2019-01-01", citation: { document: "Memo", clause: "x" } }],
    });
    expect(r).toMatchObject({
      ok: false,
      issues: [
        { path: ["networkIssuedAudiences", 0, "value", 0] },
        { path: ["newsletterPeriod", 0, "citation", "document"] },
      ],
    });
  });

  it("keeps a citation's verify flag and a note, and refuses anything else the host sent", () => {
    expect(createParameterSet({ newsletterPeriod: [{ value: "P1M", effectiveFrom: "2019-01-01", citation, extra: "refused" }] })).toMatchObject({
      ok: false,
      issues: [{ path: ["newsletterPeriod", 0], code: "unrecognized_keys" }],
    });
    const set = overlay({
      newsletterPeriod: [{ value: "P1M", effectiveFrom: "2019-01-01", citation: { ...citation, verify: true }, note: "monthly from 2019" }],
      investigationTimeline: [{ value: "P4M", effectiveFrom: "2019-01-01", citation: { document: "CC-1474", clause: "measure (7)" } }],
    });
    expect(set.overlay.newsletterPeriod).toEqual([
      { value: "P1M", effectiveFrom: "2019-01-01", citation: { ...citation, verify: true }, note: "monthly from 2019" },
    ]);
    expect(set.overlay.investigationTimeline).toEqual([{ value: "P4M", effectiveFrom: "2019-01-01", citation: { document: "CC-1474", clause: "measure (7)" } }]);
  });
});

describe("citations", () => {
  it("are marked for verification only when asked, and printed with the mark", () => {
    expect(cite("DPKO-IG", "(c)")).toEqual({ document: "DPKO-IG", clause: "(c)" });
    expect(cite("DPKO-IG", "(c)", { verify: false })).toEqual({ document: "DPKO-IG", clause: "(c)" });
    expect(cite("DPKO-IG", "(c)", { verify: true })).toEqual({ document: "DPKO-IG", clause: "(c)", verify: true });
    expect(formatCitation(cite("DPKO-IG", "(c)"))).toBe("DPKO-IG, (c)");
    expect(formatCitation(cite("DPKO-IG", "(c)", { verify: true }))).toBe("DPKO-IG, (c) [verify]");
  });
});

describe("createParameterSet: an open end runs through the calendar's last day", () => {
  it("refuses a value starting before an earlier one ends, and one from 9999-12-31 beside an open value", () => {
    const issue = { path: ["newsletterPeriod", 1], code: "overlapping-values", message: "overlaps value 0: two values for the same dates are ambiguous" };
    const open = { value: "P1M", effectiveFrom: "2019-01-01", citation };
    const last = { value: "P2M", effectiveFrom: "9999-12-31", citation };
    expect(createParameterSet({ newsletterPeriod: [open, last] })).toEqual({ ok: false, issues: [issue] });
    expect(createParameterSet({ newsletterPeriod: [last, open] })).toEqual({ ok: false, issues: [issue] });
    expect(createParameterSet({ newsletterPeriod: [{ ...open, effectiveTo: "9999-12-31" }, last] }).ok).toBe(true);
    const bounded = { ...open, effectiveTo: "2019-06-01" };
    const later = { ...last, effectiveFrom: "2019-05-31" };
    expect(createParameterSet({ newsletterPeriod: [bounded, later] })).toEqual({ ok: false, issues: [issue] });
  });
});
