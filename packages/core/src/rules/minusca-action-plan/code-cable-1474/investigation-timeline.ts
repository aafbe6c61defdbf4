import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { addDuration } from "../../../time/duration";
import { MissionDatasetShape } from "../../../vocabulary/dataset";
import { codeCable1474MeasureInPlace } from "./measures";

/**
 * Code Cable 1474 measure (7), checked against the allegations: every investigation referred on or
 * before `asOf` is concluded within `investigationTimeline` of its referral
 * (`urgentInvestigationTimeline` when marked urgent). One finding per allegation whose investigation
 * was concluded late, or is still open after its due date. Concluded on the due date is in time.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "cc7", title: "CC 1474 (7)", rules: [investigationTimelineCompliance] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const allegations = [{ id: "A-1", receivedOn: "2017-10-01", intake: { channel: "hotline" }, conduct: { sexualActivity: "actual" },
 *   investigation: { entity: "OIOS", referredOn: "2017-10-15" } }];
 * const r = evaluate(set, { mission, allegations }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.explanation.facts.dueOn; // "2018-04-15"
 */
export const investigationTimelineCompliance = defineRule({
  id: "ap.cc1474.investigation-timeline",
  title: "SEA investigations are concluded within the investigation timeline",
  obligations: ["AP-CC1474"],
  citation: cite("CC-1474", "measure (7)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true, allegations: true }),
  parameters: ["investigationTimeline", "urgentInvestigationTimeline"],
  *evaluate({ mission, allegations }, { asOf, params }) {
    const declared = codeCable1474MeasureInPlace(mission, "investigation-timeline-compliance", asOf);
    for (const [i, a] of allegations.entries()) {
      const inv = a.investigation;
      if (!inv || inv.referredOn > asOf) continue;
      const timeline = inv.urgent ? params.urgentInvestigationTimeline : params.investigationTimeline;
      const dueOn = addDuration(inv.referredOn, timeline);
      const concludedOn = inv.concludedOn !== undefined && inv.concludedOn <= asOf ? inv.concludedOn : undefined;
      if (concludedOn !== undefined ? concludedOn <= dueOn : asOf <= dueOn) continue;
      yield {
        subject: { kind: "allegation", id: a.id },
        path: concludedOn !== undefined ? ["allegations", i, "investigation", "concludedOn"] : ["allegations", i, "investigation"],
        message:
          concludedOn !== undefined
            ? `the investigation of ${a.id} was concluded on ${concludedOn}, after its due date ${dueOn} (${timeline} from referral)`
            : `the investigation of ${a.id} is still open on ${asOf}, past its due date ${dueOn} (${timeline} from referral)`,
        facts: {
          referredOn: inv.referredOn,
          urgent: inv.urgent,
          timeline,
          dueOn,
          concludedOn: concludedOn ?? null,
          entity: inv.entity,
          measureDeclaredInPlace: declared,
        },
      };
    }
  },
});
