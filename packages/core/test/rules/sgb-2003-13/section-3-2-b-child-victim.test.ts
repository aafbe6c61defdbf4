import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compliantDataset } from "@psea/test-support";
import { allegation, datasetWith, findingsOf, run, single, victim } from "./support";

const CHILD = "sgb.3.2b.child-victim";
const UNKNOWN = "sgb.3.2b.victim-age-unknown";

describe("SGB-3.2b: sexual activity with children is prohibited", () => {
  it("SGB-3.2b: passes a victim aged exactly the threshold (18)", () => {
    const a = allegation({ id: "A-1", victims: [victim({ ref: "V-1", age: { kind: "known", years: 18 } })] });
    expect(run(datasetWith({ allegations: [a] })).findings).toEqual([]);
  });

  it("SGB-3.2b: fails a 16-year-old victim, ignoring the local age of consent and the subject's claimed belief", () => {
    const d = compliantDataset();
    d.mission = { ...d.mission, localAgeOfConsentYears: 15 };
    d.allegations = [
      allegation({ id: "A-1" }),
      allegation({
        id: "A-2",
        victims: [victim({ ref: "V-7", age: { kind: "known", years: 30 } }), victim({ ref: "V-8", age: { kind: "known", years: 16 } })],
        conduct: { sexualActivity: "actual", subjectClaimedBeliefVictimAdult: true },
      }),
    ];
    const f = single(run(d));
    expect(f).toMatchObject({
      ruleId: CHILD,
      obligationIds: ["SGB-3.2b"],
      severity: "violation",
      citation: { document: "ST/SGB/2003/13", clause: "section 3.2(b)" },
      subject: { kind: "allegation", id: "A-2" },
      path: ["allegations", 1, "victims", 1, "age"],
      concern: "sgb.3.2b.child-victim:V-8",
      explanation: {
        facts: {
          victimRef: "V-8",
          childStatus: "child",
          ageYears: 16,
          childAgeThresholdYears: 18,
          localAgeOfConsentYears: 15,
          subjectClaimedBeliefVictimAdult: true,
          ignored: ["mission.localAgeOfConsentYears", "conduct.subjectClaimedBeliefVictimAdult"],
        },
        parameters: [{ id: "childAgeThresholdYears", value: 18, effectiveFrom: "2003-10-15", layer: "default" }],
      },
    });
    expect(f.message).toContain("local age of consent (15) does not lower it");
    expect(f.message).toContain("no defence");
  });

  it("SGB-3.2b: flags an unknown age as its own warning, never as adult", () => {
    const a = allegation({ id: "A-1", victims: [victim({ ref: "V-1", age: { kind: "unknown" } })] });
    const f = single(run(datasetWith({ allegations: [a] })));
    expect(f).toMatchObject({
      ruleId: UNKNOWN,
      obligationIds: ["SGB-3.2b"],
      severity: "warning",
      subject: { kind: "allegation", id: "A-1" },
      path: ["allegations", 0, "victims", 0, "age"],
      explanation: { facts: { victimRef: "V-1", childStatus: "age-unknown", childAgeThresholdYears: 18 } },
    });
    expect(f.message).toContain("age unknown: never treated as adult");
  });

  it("SGB-3.2b: a known age under the threshold is a violation whatever the local age of consent and the claimed belief (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 17 }),
        fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
        fc.boolean(),
        fc.constantFrom("none", "attempted", "actual") as fc.Arbitrary<"none" | "attempted" | "actual">,
        (years, localAge, belief, activity) => {
          const d = compliantDataset();
          d.mission = { ...d.mission, ...(localAge === undefined ? {} : { localAgeOfConsentYears: localAge }) };
          d.allegations = [
            allegation({ id: "A-1", victims: [victim({ ref: "V-1", age: { kind: "known", years } })], conduct: { sexualActivity: activity, subjectClaimedBeliefVictimAdult: belief } }),
          ];
          const fs = findingsOf(run(d), CHILD);
          expect(fs.map((f) => [f.severity, f.explanation.facts["ageYears"]])).toEqual([["violation", years]]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("SGB-3.2b: takes a raised threshold from its overlay", () => {
    const a = allegation({ id: "A-1", victims: [victim({ ref: "V-1", age: { kind: "known", years: 19 } })] });
    const parameters = { childAgeThresholdYears: [{ value: 21, effectiveFrom: "2018-01-01", citation: { document: "ST/SGB/2003/13", clause: "section 3.2(b)" } }] };
    expect(run(datasetWith({ allegations: [a] })).findings).toEqual([]);
    const f = findingsOf(run(datasetWith({ allegations: [a] }), { parameters }), CHILD);
    expect(f.map((x) => x.explanation.parameters[0])).toMatchObject([{ value: 21, layer: "overlay" }]);
  });
});
