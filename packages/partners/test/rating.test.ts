import { cite } from "@psea/core";
import { createParameterSet } from "@psea/core/parameters";
import { describe, expect, it } from "vitest";
import { overallRating, partnerAssessmentSummaries, ratingSchemeOn, weakStandards, type RatingScheme } from "../src";
import { ok, scores } from "./support";

const scheme: RatingScheme = ok(ratingSchemeOn("2019-06-30")).scheme;

describe("the overall rating (default six standards, absent 1 / progressing 2 / adequate 3)", () => {
  it("8 is high risk and 9 moderate", () => {
    expect(overallRating(scheme, scores(1, 1, 1, 1, 2, 2))).toEqual({ rating: "high", total: 8, unrated: [] });
    expect(overallRating(scheme, scores(1, 1, 1, 2, 2, 2))).toEqual({ rating: "moderate", total: 9, unrated: [] });
  });

  it("14 is moderate and 15 low", () => {
    expect(overallRating(scheme, scores(3, 3, 2, 2, 2, 2))).toEqual({ rating: "moderate", total: 14, unrated: [] });
    expect(overallRating(scheme, scores(3, 3, 3, 2, 2, 2))).toEqual({ rating: "low", total: 15, unrated: [] });
  });

  it("the extremes: all absent is high (6), all adequate low (18)", () => {
    expect(overallRating(scheme, scores(1, 1, 1, 1, 1, 1)).rating).toBe("high");
    expect(overallRating(scheme, scores(3, 3, 3, 3, 3, 3))).toMatchObject({ rating: "low", total: 18 });
  });

  it("a single unrated standard gives no overall rating, and says which", () => {
    expect(overallRating(scheme, scores(3, 3, 3, 3, 3))).toEqual({ rating: null, total: null, unrated: ["investigations"] });
    expect(overallRating(scheme, [])).toMatchObject({ rating: null, unrated: scheme.standards.map((s) => s.id) });
  });

  it("a score off the scale or a standard outside the scheme does not count as rated", () => {
    const off = scores(3, 3, 3, 3, 3, 4);
    expect(overallRating(scheme, off)).toMatchObject({ rating: null, unrated: ["investigations"] });
    expect(overallRating(scheme, [...scores(3, 3, 3, 3, 3), { standardId: "other", score: 3 }])).toMatchObject({ rating: null });
  });

  it("weak standards are those below adequate", () => {
    expect(weakStandards(scheme, scores(3, 2, 1, 3, 3, 3))).toEqual(["management-and-hr", "training"]);
  });
});

describe("standards, scale and bands are dated, cited parameters a host overlays", () => {
  // An eight-indicator variant with its own bands, from its own date.
  const eight = Array.from({ length: 8 }, (_, i) => ({ id: `ind-${i + 1}`, title: `Indicator ${i + 1}`, indicator: `Indicator ${i + 1} text`, evidenceKinds: ["document"] }));
  const citation = cite("UN-IP-PSEA", "earlier eight-indicator version");
  const overlay = {
    partnerCapacityStandards: [{ value: eight, effectiveFrom: "2021-01-01", citation }],
    partnerRatingBands: [{ value: [{ rating: "high", minTotal: 0 }, { rating: "moderate", minTotal: 12 }, { rating: "low", minTotal: 20 }], effectiveFrom: "2021-01-01", citation }],
  };
  const set = ok(createParameterSet(overlay)).value;

  it("takes effect from its own date and never re-rates the past", () => {
    const before = ok(ratingSchemeOn("2020-12-31", set));
    expect(before.scheme.standards).toHaveLength(6);
    expect(before.uses.map((u) => u.layer)).toEqual(["default", "default", "default"]);
    const after = ok(ratingSchemeOn("2021-01-01", set));
    expect(after.scheme.standards.map((s) => s.id)).toEqual(eight.map((s) => s.id));
    expect(after.uses.find((u) => u.id === "partnerRatingBands")).toMatchObject({ layer: "overlay", effectiveFrom: "2021-01-01", citation });
    const rate = (n: number) => eight.map((s) => ({ standardId: s.id, score: n }));
    // 8 × 1 = 8 is high either way; 8 × 2 = 16 is low under six-standard bands but moderate under the variant's.
    expect(overallRating(after.scheme, rate(1))).toMatchObject({ rating: "high", total: 8 });
    expect(overallRating(after.scheme, rate(2))).toMatchObject({ rating: "moderate", total: 16 });
    expect(overallRating(after.scheme, rate(3))).toMatchObject({ rating: "low", total: 24 });
    // The six default standards are not the variant's: a six-standard record is unrated under it.
    expect(overallRating(after.scheme, scores(3, 3, 3, 3, 3, 3)).rating).toBeNull();
  });

  it("the report builders read the overlay from the options", () => {
    const partnerAssessments = [{ id: "A", partnerId: "P", status: "final", finalizedOn: "2021-02-01", ratings: eight.map((s) => ({ standardId: s.id, score: 2 })) }];
    const r = ok(partnerAssessmentSummaries({ partnerAssessments }, { asOf: "2021-06-30", parameters: overlay }));
    expect(r.report.partners[0]).toMatchObject({ rating: "moderate", total: 16 });
    expect(ok(partnerAssessmentSummaries({ partnerAssessments }, { asOf: "2020-06-30", parameters: overlay })).report.partners[0]).toMatchObject({ rating: null });
  });

  it("a value not in force is an error, never a guess", () => {
    expect(ratingSchemeOn("2017-12-31")).toMatchObject({ ok: false, error: { code: "parameter-not-in-force", parameterId: "partnerCapacityStandards" } });
  });

  it("an overlay with bands that do not rise is refused with a path", () => {
    const bad = createParameterSet({ partnerRatingBands: [{ value: [{ rating: "low", minTotal: 0 }, { rating: "high", minTotal: 5 }, { rating: "moderate", minTotal: 9 }], effectiveFrom: "2021-01-01", citation }] });
    expect(bad.ok).toBe(false);
  });
});
