import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { addDuration } from "../../../time/duration";
import { MissionDatasetShape } from "../../../vocabulary/dataset";

/**
 * AP Prevention goal 5 (b) and (d): CBCM members receive refresher training on SEA, and the CDT
 * visits their work. For each CBCM established on or before `asOf`, the last refresher training (or
 * its establishment, if none) is at most `cbcmRefresherTrainingMaxInterval` old, and the last CDT
 * visit (or its establishment) at most `cbcmCdtVisitMaxInterval`; each lapse is a warning, as the
 * plan's other CBCM checks are. A lapse starts the day after the due date.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "p5", title: "P5", rules: [cbcmRecency] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const complaintMechanisms = [{ id: "C-1", region: "North", kind: "cbcm", functional: true, establishedOn: "2018-02-15",
 *   lastRefresherTrainingOn: "2018-03-01", lastCdtVisitOn: "2018-03-01" }];
 * const r = evaluate(set, { mission, complaintMechanisms }, { asOf: "2018-12-31" });
 * r.ok && r.findings.map((f) => f.explanation.facts.dueOn); // ["2018-09-01"]
 */
export const cbcmRecency = defineRule({
  id: "ap.p5.cbcm-recency",
  title: "CBCMs have recent refresher training and CDT follow-up visits",
  obligations: ["AP-P5"],
  citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 5 (b) and (d)"),
  severity: "warning",
  reads: MissionDatasetShape.pick({ complaintMechanisms: true }),
  parameters: ["cbcmRefresherTrainingMaxInterval", "cbcmCdtVisitMaxInterval"],
  *evaluate({ complaintMechanisms }, { asOf, params }) {
    for (const [i, m] of complaintMechanisms.entries()) {
      if (m.kind !== "cbcm" || m.establishedOn > asOf) continue;
      const checks = [
        { what: "refresher training", field: "lastRefresherTrainingOn", last: m.lastRefresherTrainingOn, interval: params.cbcmRefresherTrainingMaxInterval },
        { what: "CDT follow-up visit", field: "lastCdtVisitOn", last: m.lastCdtVisitOn, interval: params.cbcmCdtVisitMaxInterval },
      ] as const;
      for (const c of checks) {
        const last = c.last !== undefined && c.last <= asOf ? c.last : undefined;
        const dueOn = addDuration(last ?? m.establishedOn, c.interval);
        if (asOf <= dueOn) continue;
        yield {
          subject: { kind: "complaint-mechanism", id: m.id },
          path: ["complaintMechanisms", i, c.field],
          message: `CBCM ${m.id} (${m.region}) has had no ${c.what} since ${last ?? `its establishment on ${m.establishedOn}`}; the next was due by ${dueOn} (${c.interval})`,
          facts: { region: m.region, check: c.field, last: last ?? null, establishedOn: m.establishedOn, interval: c.interval, dueOn },
          concern: `ap.p5.cbcm-recency:${c.field}`,
        };
      }
    }
  },
});
