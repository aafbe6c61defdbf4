import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { parameterOn } from "../../../engine/parameter-on";
import { addDuration } from "../../../time/duration";
import { MissionDatasetShape } from "../../../vocabulary/dataset";
import { withinBulletinScope } from "../../sgb-2003-13/section-2-scope";
import { codeCable1474MeasureInPlace } from "./measures";

/**
 * Code Cable 1474 measure (7), checked against the allegations: every UN investigation referred on
 * or before `asOf` is concluded within `investigationTimeline` of its referral
 * (`urgentInvestigationTimeline` when marked urgent), the value in force on the day of the referral.
 * An investigation without a recorded conclusion ends at the earlier of the outcome decision and the
 * allegation's closure. One finding per allegation whose investigation was concluded or ended late,
 * or is still open after its due date. Concluded on the due date is in time. An allegation against
 * non-UN forces only (outside the bulletin's scope, see {@link withinBulletinScope}) is investigated
 * by national authorities and is left out.
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
  *evaluate({ mission, allegations }, ctx) {
    const { asOf } = ctx;
    const declared = codeCable1474MeasureInPlace(mission, "investigation-timeline-compliance", asOf);
    const by = (d: string | undefined) => (d !== undefined && d <= asOf ? d : undefined);
    for (const [i, a] of allegations.entries()) {
      const inv = a.investigation;
      if (!inv || inv.referredOn > asOf) continue;
      // The UN's timelines bind the UN's investigations. Allegations against non-UN forces only are
      // outside ST/SGB/2003/13 (section 2) and go to national authorities, whom no UN timeline binds
      // (policy reference, "Who investigates, and how fast"); the case workflow of @psea/cases opens
      // no investigation deadline for them either.
      if (!withinBulletinScope(a)) continue;
      // A deadline runs under the timeline in force when its clock starts, the referral: a later value
      // never rewrites it. None in force then: the engine reports a rule error and the investigation is skipped.
      const t = parameterOn(ctx, inv.urgent ? "urgentInvestigationTimeline" : "investigationTimeline", inv.referredOn);
      if (!t) continue;
      const timeline = t.value;
      const dueOn = addDuration(inv.referredOn, timeline);
      const concludedOn = by(inv.concludedOn);
      // Without a recorded conclusion, an outcome decision or the closure ends the investigation: the
      // earlier of the two, as for the case-management timelines (sort puts an undefined date last).
      const decidedOn = by(a.outcome?.decidedOn);
      const endedOn = concludedOn === undefined ? [by(a.closedOn), decidedOn].sort()[0] : undefined;
      const endOn = concludedOn ?? endedOn;
      if (endOn !== undefined ? endOn <= dueOn : asOf <= dueOn) continue;
      const late = ` after its due date ${dueOn} (${timeline} from referral)`;
      const { path, message } =
        concludedOn !== undefined
          ? { path: ["allegations", i, "investigation", "concludedOn"], message: `the investigation of ${a.id} was concluded on ${concludedOn},${late}` }
          : endedOn === undefined
            ? { path: ["allegations", i, "investigation"], message: `the investigation of ${a.id} is still open on ${asOf}, past its due date ${dueOn} (${timeline} from referral)` }
            : endedOn === decidedOn
              ? { path: ["allegations", i, "outcome", "decidedOn"], message: `the investigation of ${a.id} was ended by the outcome decision on ${endedOn},${late}` }
              : { path: ["allegations", i, "closedOn"], message: `the investigation of ${a.id} was ended by the closure of the allegation on ${endedOn},${late}` };
      yield {
        subject: { kind: "allegation", id: a.id },
        path,
        message,
        facts: {
          referredOn: inv.referredOn,
          urgent: inv.urgent,
          timeline,
          dueOn,
          concludedOn: concludedOn ?? null,
          endedOn: endedOn ?? null,
          entity: inv.entity,
          measureDeclaredInPlace: declared,
        },
        parameters: t.uses,
      };
    }
  },
});
