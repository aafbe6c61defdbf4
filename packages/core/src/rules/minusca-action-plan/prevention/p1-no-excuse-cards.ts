import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";
import { isOnStrength } from "../../../vocabulary/personnel";

/**
 * AP Prevention goal 1 (e): the "no-excuse cards" on SEA are distributed to every member of the
 * Force, the police and MINUSCA civilian personnel. Of the personnel on strength on `asOf` in
 * `noExcuseCardCategories`, the share with `noExcuseCardReceivedOn` on or before it must reach
 * `noExcuseCardCoverageTarget`; below it, one violation for the mission with the coverage rate.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "p1", title: "P1", rules: [noExcuseCardCoverage] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const offices = [{ id: "HQ", name: "HQ", region: "Capital", kind: "headquarters", significantStaffPresence: true }];
 * const personnel = [
 *   { id: "P-1", category: "civilian-staff", gender: "female", officeId: "HQ", arrivalDate: "2018-01-01", noExcuseCardReceivedOn: "2018-01-05" },
 *   { id: "P-2", category: "military-contingent", gender: "male", officeId: "HQ", arrivalDate: "2018-01-01" },
 * ];
 * const r = evaluate(set, { mission, offices, personnel }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.explanation.facts.rate; // 0.5
 */
export const noExcuseCardCoverage = defineRule({
  id: "ap.p1.no-excuse-card-coverage",
  title: "Every member of the Force, the police and civilian personnel has received the no-excuse card",
  obligations: ["AP-P1"],
  citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 1 (e)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true, personnel: true }),
  parameters: ["noExcuseCardCategories", "noExcuseCardCoverageTarget"],
  *evaluate({ mission, personnel }, { asOf, params }) {
    const categories: readonly string[] = params.noExcuseCardCategories;
    const concerned = personnel.filter((p) => categories.includes(p.category) && isOnStrength(p, asOf));
    if (concerned.length === 0) return;
    const received = concerned.filter((p) => p.noExcuseCardReceivedOn !== undefined && p.noExcuseCardReceivedOn <= asOf).length;
    const rate = received / concerned.length;
    if (rate >= params.noExcuseCardCoverageTarget) return;
    yield {
      subject: { kind: "mission", id: mission.id },
      path: ["personnel"],
      message: `${concerned.length - received} of ${concerned.length} personnel on strength have not received the no-excuse card (coverage ${rate.toFixed(3)}, target ${params.noExcuseCardCoverageTarget})`,
      facts: { concerned: concerned.length, received, rate, target: params.noExcuseCardCoverageTarget },
    };
  },
});
