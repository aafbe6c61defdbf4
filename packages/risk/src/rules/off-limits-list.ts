import { addDuration, defineRule, MissionDatasetShape } from "@psea/core";
import { RiskDatasetShape } from "../schemas/risk-dataset";
import { goal6 } from "./shared";

/**
 * AP Prevention goal 6 (i): the off-limits list of places out of bounds for UN personnel is
 * updated bi-annually. No list, a list dated after `asOf` (so none is known on that day), or one
 * not updated within `offLimitsReviewPeriod` is a violation.
 *
 * @category Risk rules
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "off-limits", title: "Off-limits", rules: [offLimitsListCurrent] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const r = evaluate(set, { mission, offLimitsList: { updatedOn: "2017-11-15" } }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.message; // "the off-limits list was last updated on 2017-11-15; the next update was due by 2018-05-15"
 */
export const offLimitsListCurrent = defineRule({
  id: "ap.p6.off-limits-list",
  title: "The off-limits list exists and is updated every review period",
  obligations: ["AP-P6"],
  citation: goal6("(i)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true }).extend(RiskDatasetShape.pick({ offLimitsList: true }).shape),
  parameters: ["offLimitsReviewPeriod"],
  *evaluate({ mission, offLimitsList }, { asOf, params }) {
    const subject = { kind: "mission", id: mission.id };
    if (!offLimitsList) {
      yield { subject, path: ["offLimitsList"], message: "the mission has no off-limits list", facts: { updatedOn: null, dueOn: null, places: 0 } };
      return;
    }
    const { updatedOn, places } = offLimitsList;
    if (updatedOn > asOf) {
      yield {
        subject,
        path: ["offLimitsList", "updatedOn"],
        message: `no off-limits list is known on ${asOf}: the one on record was updated on ${updatedOn}`,
        facts: { updatedOn, dueOn: null, places: places.length },
      };
      return;
    }
    const dueOn = addDuration(updatedOn, params.offLimitsReviewPeriod);
    if (dueOn >= asOf) return;
    yield {
      subject,
      path: ["offLimitsList", "updatedOn"],
      message: `the off-limits list was last updated on ${updatedOn}; the next update was due by ${dueOn}`,
      facts: { updatedOn, dueOn, places: places.length },
    };
  },
});
