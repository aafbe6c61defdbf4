import { addDuration, defineRule } from "@psea/core";
import { RiskDatasetShape } from "../schemas/risk-dataset";
import { goal6 } from "./shared";

/**
 * AP Prevention goal 6 (c): risk management of all camps. Every camp open on `asOf` has an SEA risk
 * assessment no older than `campRiskAssessmentPeriod`, taking the later of the camp's
 * `lastRiskAssessmentOn` and its assessments in `campAssessments`. A camp never assessed is
 * flagged once its first period from `openedOn` has run (at once when the opening date is unknown).
 *
 * @category Risk rules
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "camps", title: "Camps", rules: [campRiskAssessment] });
 * const camps = [{ id: "CAMP-1", name: "Camp North", officeId: "FO-1", lastRiskAssessmentOn: "2017-11-30" }];
 * const r = evaluate(set, { camps }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.explanation.facts; // { officeId: "FO-1", openedOn: null, lastAssessedOn: "2017-11-30", dueOn: "2018-05-30" }
 */
export const campRiskAssessment = defineRule({
  id: "ap.p6.camp-risk-assessment",
  title: "Every camp has a current SEA risk assessment",
  obligations: ["AP-P6"],
  citation: goal6("(c)"),
  severity: "violation",
  reads: RiskDatasetShape.pick({ camps: true, campAssessments: true }),
  parameters: ["campRiskAssessmentPeriod"],
  *evaluate({ camps, campAssessments }, { asOf, params }) {
    const period = params.campRiskAssessmentPeriod;
    const latest = new Map<string, { on: string; index: number }>();
    for (const [index, a] of campAssessments.entries()) {
      if (a.assessedOn > asOf) continue;
      const seen = latest.get(a.campId);
      if (!seen || a.assessedOn > seen.on) latest.set(a.campId, { on: a.assessedOn, index });
    }
    for (const [i, camp] of camps.entries()) {
      if ((camp.openedOn !== undefined && camp.openedOn > asOf) || (camp.closedOn !== undefined && camp.closedOn <= asOf)) continue;
      const recorded = camp.lastRiskAssessmentOn !== undefined && camp.lastRiskAssessmentOn <= asOf ? camp.lastRiskAssessmentOn : undefined;
      const held = latest.get(camp.id);
      const last = held && (recorded === undefined || held.on > recorded) ? held.on : recorded;
      const path = held && last === held.on ? ["campAssessments", held.index, "assessedOn"] : ["camps", i, "lastRiskAssessmentOn"];
      const from = last ?? camp.openedOn;
      const dueOn = from === undefined ? null : addDuration(from, period);
      if (dueOn !== null && dueOn >= asOf) continue;
      yield {
        subject: { kind: "camp", id: camp.id },
        path,
        message:
          last === undefined
            ? `camp ${camp.name} has no SEA risk assessment${dueOn === null ? "" : `; the first was due by ${dueOn}`}`
            : `camp ${camp.name} was last assessed for SEA risk on ${last}; the next assessment was due by ${dueOn}`,
        facts: { officeId: camp.officeId, openedOn: camp.openedOn ?? null, lastAssessedOn: last ?? null, dueOn },
      };
    }
  },
});
