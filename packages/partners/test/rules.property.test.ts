import { addDuration, evaluate } from "@psea/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { partnerRules } from "../src";
import { STANDARD_IDS } from "./support";

const day = (n: number) => addDuration("2018-01-01", `P${n}D`);

const Agreement = fc.record({
  kind: fc.constantFrom("ngo", "contractor", "consultant", "government", "other"),
  start: fc.nat({ max: 700 }),
  undertaking: fc.option(fc.nat({ max: 700 }), { nil: undefined }),
  failure: fc.option(fc.nat({ max: 700 }), { nil: undefined }),
  ends: fc.option(fc.nat({ max: 900 }), { nil: undefined }),
});
const Assessment = fc.record({
  agreement: fc.nat({ max: 9 }),
  partner: fc.nat({ max: 4 }),
  status: fc.constantFrom("draft", "in-progress", "submitted", "final", "final", "cancelled"),
  finalized: fc.nat({ max: 700 }),
  scores: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 0, maxLength: 6 }),
  undertakingEvidence: fc.option(fc.nat({ max: 700 }), { nil: undefined }),
  plan: fc.option(fc.record({ adopted: fc.nat({ max: 700 }), due: fc.nat({ max: 800 }), done: fc.boolean() }), { nil: undefined }),
});

type Of<A> = A extends fc.Arbitrary<infer T> ? T : never;

function dataset(agreements: Of<typeof Agreement>[], assessments: Of<typeof Assessment>[]) {
  return {
    partnerAgreements: agreements.map((a, i) => ({
      id: `PA-${i}`,
      partnerName: `Partner ${i}`,
      partnerKind: a.kind,
      startDate: day(a.start),
      ...(a.undertaking !== undefined ? { writtenUndertakingOn: day(a.undertaking) } : {}),
      ...(a.ends !== undefined ? { endDate: day(a.start + a.ends) } : {}),
      failures: a.failure !== undefined ? [{ kind: "prevention", recordedOn: day(a.failure) }] : [],
    })),
    partnerAssessments: assessments.map((x, i) => ({
      id: `PCA-${i}`,
      partnerId: `IP-${x.partner}`,
      agreementIds: x.agreement < agreements.length ? [`PA-${x.agreement}`] : [],
      status: x.status,
      ...(x.status === "final" ? { finalizedOn: day(x.finalized) } : {}),
      ratings: x.scores.map((score, j) => ({
        standardId: STANDARD_IDS[j]!,
        score,
        evidence: j === 0 && x.undertakingEvidence !== undefined ? [{ kind: "written-undertaking", reference: "D", on: day(x.undertakingEvidence) }] : [],
      })),
      ...(x.plan ? { plan: { adoptedOn: day(x.plan.adopted), actionPoints: [{ id: `AP-${i}`, standardId: "training", description: "d", owner: "o", dueDate: day(x.plan.due), ...(x.plan.done ? { completedOn: day(x.plan.due) } : {}) }] } } : {}),
    })),
  };
}

describe("partner rules, property-based", () => {
  it("any dataset of agreements and assessments evaluates without rule errors, deterministically, without mutating it", () => {
    fc.assert(
      fc.property(fc.array(Agreement, { maxLength: 10 }), fc.array(Assessment, { maxLength: 12 }), fc.nat({ max: 900 }), (agreements, assessments, asOf) => {
        const d = dataset(agreements, assessments);
        const before = JSON.stringify(d);
        const r = evaluate(partnerRules, d, { asOf: day(asOf) });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.ruleErrors).toEqual([]);
        expect(r.conflicts).toEqual([]);
        expect(JSON.stringify(evaluate(partnerRules, d, { asOf: day(asOf) }))).toBe(JSON.stringify(r));
        expect(JSON.stringify(d)).toBe(before);
        // Every finding explains itself: obligation, citation, subject, path, and the parameters it used.
        for (const f of r.findings) {
          expect(f.obligationIds.length).toBeGreaterThan(0);
          expect(f.path.length).toBeGreaterThan(0);
          expect(f.citation.clause.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("a final assessment before every start leaves no arrangement started without one", () => {
    fc.assert(
      fc.property(fc.array(Agreement, { minLength: 1, maxLength: 10 }), fc.array(Assessment, { maxLength: 12 }), (agreements, assessments) => {
        const d = dataset(agreements, assessments);
        d.partnerAssessments.push({
          id: "PCA-ALL",
          partnerId: "IP-ALL",
          agreementIds: d.partnerAgreements.map((a) => a.id),
          status: "final",
          finalizedOn: "2017-12-31",
          ratings: STANDARD_IDS.map((standardId) => ({ standardId, score: 3, evidence: [] })),
        });
        const r = evaluate(partnerRules, d, { asOf: "2020-06-30" });
        expect(r.ok && r.findings.filter((f) => f.ruleId === "partners.gm-e.assessment-before-arrangement" && f.explanation.facts["reason"] === "no-assessment")).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
