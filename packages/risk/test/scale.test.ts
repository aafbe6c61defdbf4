import type { ParameterValue } from "@psea/core";
import { defaultParameters } from "@psea/core/parameters";
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { defaultRiskScale, resolveRiskScale, RiskLevel, scoreRisk, type RiskScale } from "../src";

const citation = { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 6 (b)" };

describe("AP-P6 risk scale and scoreRisk", () => {
  it("AP-P6 scores likelihood × impact on the default 5×5 scale, by the default bands", () => {
    expect(defaultRiskScale).toEqual({
      likelihoodLevels: 5,
      impactLevels: 5,
      bands: [
        { level: "low", minScore: 1 },
        { level: "medium", minScore: 5 },
        { level: "high", minScore: 10 },
        { level: "critical", minScore: 20 },
      ],
    });
    const levels = [
      [1, 4, "low"],
      [1, 5, "medium"],
      [3, 3, "medium"],
      [2, 5, "high"],
      [4, 4, "high"],
      [5, 4, "critical"],
      [5, 5, "critical"],
    ] as const;
    for (const [likelihood, impact, level] of levels) {
      expect(scoreRisk({ likelihood, impact }, defaultRiskScale)).toEqual({ ok: true, likelihood, impact, score: likelihood * impact, level });
    }
  });

  it("AP-P6 gives a reason, never a throw, for an entry not scored or scored off the scale", () => {
    expect(scoreRisk({}, defaultRiskScale)).toEqual({ ok: false, code: "unscored", message: "likelihood and impact are not scored" });
    expect(scoreRisk({ likelihood: 0, impact: 1 }, defaultRiskScale)).toMatchObject({ ok: false, code: "likelihood-out-of-scale" });
    expect(scoreRisk({ likelihood: 2.5, impact: 1 }, defaultRiskScale)).toMatchObject({ ok: false, code: "likelihood-out-of-scale" });
    expect(scoreRisk({ likelihood: 1, impact: Number.NaN }, defaultRiskScale)).toMatchObject({ ok: false, code: "impact-out-of-scale" });
    expect(scoreRisk({ likelihood: 1, impact: 1 }, { likelihoodLevels: 5, impactLevels: 5, bands: [{ level: "high", minScore: 2 }] })).toMatchObject({ ok: false, code: "no-band" });
  });

  it("AP-P6 resolves an overlaid scale from its effective date, and rejects bands that do not rise", () => {
    const overlay = {
      riskScale: [{ value: { likelihoodLevels: 3, impactLevels: 3 }, effectiveFrom: "2019-01-01", citation }],
      riskLevelBands: [{ value: [{ level: "low", minScore: 1 }, { level: "high", minScore: 4 }], effectiveFrom: "2019-01-01", citation }],
    };
    expect(resolveRiskScale("2018-12-31", overlay)).toEqual({ ok: true, value: defaultRiskScale });
    const r = resolveRiskScale("2019-01-01", overlay);
    expect(r).toEqual({ ok: true, value: { likelihoodLevels: 3, impactLevels: 3, bands: [{ level: "low", minScore: 1 }, { level: "high", minScore: 4 }] } });
    if (r.ok) expect(scoreRisk({ likelihood: 2, impact: 2 }, r.value)).toMatchObject({ score: 4, level: "high" });

    const falling = { riskLevelBands: [{ value: [{ level: "high", minScore: 1 }, { level: "low", minScore: 4 }], effectiveFrom: "2019-01-01", citation }] };
    expect(resolveRiskScale("2019-01-01", falling)).toEqual({
      ok: false,
      issues: [{ path: ["parameters", "riskLevelBands", 0, "value"], code: "custom", message: "bands must rise in both minScore and level" }],
    });
    expect(resolveRiskScale("2017-12-31")).toMatchObject({ ok: false, issues: [{ code: "parameter-not-in-force" }, { code: "parameter-not-in-force" }] });
    expect(resolveRiskScale(42)).toMatchObject({ ok: false, issues: [{ path: ["asOf"], code: "invalid-as-of" }] });
  });

  it("AP-P6 (property) scoreRisk is monotone in likelihood and in impact, on any valid scale", () => {
    const scale = fc
      .record({
        likelihoodLevels: fc.integer({ min: 2, max: 10 }),
        impactLevels: fc.integer({ min: 2, max: 10 }),
        steps: fc.uniqueArray(fc.integer({ min: 2, max: 100 }), { maxLength: 3 }),
      })
      .map(({ likelihoodLevels, impactLevels, steps }): RiskScale => {
        const mins = [1, ...steps.sort((a, b) => a - b)];
        return { likelihoodLevels, impactLevels, bands: mins.map((minScore, i) => ({ level: RiskLevel.options[i]!, minScore })) };
      });
    fc.assert(
      fc.property(scale, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (s, a, b, c, d) => {
        const [l1, l2] = [(a % s.likelihoodLevels) + 1, (b % s.likelihoodLevels) + 1].sort((x, y) => x - y) as [number, number];
        const [i1, i2] = [(c % s.impactLevels) + 1, (d % s.impactLevels) + 1].sort((x, y) => x - y) as [number, number];
        const lower = scoreRisk({ likelihood: l1, impact: i1 }, s);
        for (const higher of [scoreRisk({ likelihood: l2, impact: i1 }, s), scoreRisk({ likelihood: l1, impact: i2 }, s), scoreRisk({ likelihood: l2, impact: i2 }, s)]) {
          if (!lower.ok || !higher.ok) return false;
          if (higher.score < lower.score) return false;
          if (RiskLevel.options.indexOf(higher.level) < RiskLevel.options.indexOf(lower.level)) return false;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it("AP-P6 the package's levels are exactly the levels the core's band parameter accepts", () => {
    expectTypeOf<RiskLevel>().toEqualTypeOf<ParameterValue<"riskLevelBands">[number]["level"]>();
    for (const level of RiskLevel.options) {
      expect(defaultParameters.riskLevelBands.schema.safeParse([{ level, minScore: 1 }]).success, level).toBe(true);
    }
    expect(defaultParameters.riskLevelBands.schema.safeParse([{ level: "extreme", minScore: 1 }]).success).toBe(false);
  });
});
