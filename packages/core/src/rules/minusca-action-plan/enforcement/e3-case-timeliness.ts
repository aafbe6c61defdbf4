import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { parameterOn } from "../../../engine/parameter-on";
import { addDuration } from "../../../time/duration";
import { MissionDatasetShape } from "../../../vocabulary/dataset";

type Step = "assessment" | "referral" | "report-review";
type TimelineId = "assessmentTimeline" | "referralTimeline" | "reportReviewTimeline";

const timelineOf: Record<Step, TimelineId> = { assessment: "assessmentTimeline", referral: "referralTimeline", "report-review": "reportReviewTimeline" };

/**
 * AP Enforcement goal 3 (a) and (b), over the allegation records: timely assessment and referral
 * of allegations for investigation, and timely review of investigation reports. For each allegation
 * received by `asOf`:
 * - **assessment**: completed within `assessmentTimeline` of receipt (`assessedOn`; a referral for
 *   investigation shows an assessment was made by then when `assessedOn` is not recorded);
 * - **referral**: an allegation with a recorded `assessedOn` is referred for investigation
 *   (`investigation.referredOn`) within `referralTimeline` of it, unless it was closed or decided
 *   without a referral by the due date;
 * - **report review**: a concluded investigation's report is reviewed and recommendations made
 *   (`investigation.reportReviewedOn`, or else the outcome's `decidedOn`) within `reportReviewTimeline`
 *   of its conclusion.
 *
 * One finding per step done late or, past its due date, not done. Each period is the one in force on
 * the day the step's clock started. Done on the due date is in time. The case workflow of
 * `@psea/cases` keeps the same three steps as deadlines of a case.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "e3", title: "E3", rules: [caseManagementTimeliness] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const allegations = [{ id: "A-1", receivedOn: "2018-05-01", assessedOn: "2018-05-10", intake: { channel: "hotline" },
 *   conduct: { sexualActivity: "actual" } }];
 * const r = evaluate(set, { mission, allegations }, { asOf: "2018-06-30" });
 * r.ok && r.findings.map((f) => [f.explanation.facts.step, f.explanation.facts.dueOn]); // [["referral", "2018-05-17"]]
 */
export const caseManagementTimeliness = defineRule({
  id: "ap.e3.case-management-timeliness",
  title: "Allegations are assessed and referred, and investigation reports reviewed, within their timelines",
  obligations: ["AP-E3"],
  citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 3 (a) and (b), expected result (i)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ allegations: true }),
  parameters: ["assessmentTimeline", "referralTimeline", "reportReviewTimeline"],
  *evaluate({ allegations }, ctx) {
    const { asOf } = ctx;
    const timelineOn = (on: string, step: Step) => parameterOn(ctx, timelineOf[step], on);
    const by = (d: string | undefined) => (d !== undefined && d <= asOf ? d : undefined);
    for (const [i, a] of allegations.entries()) {
      if (a.receivedOn > asOf) continue;
      const inv = a.investigation;
      const referredOn = by(inv?.referredOn);
      const assessedOn = by(a.assessedOn);
      // The earlier of the closure and the decision (sort puts an undefined date last).
      const endedOn = [by(a.closedOn), by(a.outcome?.decidedOn)].sort()[0];
      // `what` is done: the allegation is assessed and referred; its investigation report is reviewed.
      const steps: { step: Step; from: string; doneOn: string | undefined; endedOn?: string | undefined; path: (string | number)[]; what: string; duty: string }[] = [
        { step: "assessment", from: a.receivedOn, doneOn: assessedOn ?? referredOn, endedOn, path: ["allegations", i, "assessedOn"], what: a.id, duty: "assessed" },
      ];
      if (assessedOn !== undefined) {
        steps.push({ step: "referral", from: assessedOn, doneOn: referredOn, endedOn, path: ["allegations", i, "investigation", "referredOn"], what: a.id, duty: "referred for investigation" });
      }
      const concludedOn = by(inv?.concludedOn);
      if (concludedOn !== undefined) {
        const reviewedOn = [by(inv?.reportReviewedOn), by(a.outcome?.decidedOn)].filter((d): d is string => d !== undefined && d >= concludedOn).sort()[0];
        steps.push({ step: "report-review", from: concludedOn, doneOn: reviewedOn, path: ["allegations", i, "investigation", "reportReviewedOn"], what: `the investigation report of ${a.id}`, duty: "reviewed" });
      }
      for (const s of steps) {
        const t = timelineOn(s.from, s.step);
        if (!t) continue;
        const dueOn = addDuration(s.from, t.value);
        if (s.doneOn !== undefined ? s.doneOn <= dueOn : asOf <= dueOn) continue;
        // Closed or decided without the step by its due date: the step no longer applies.
        if (s.doneOn === undefined && s.endedOn !== undefined && s.endedOn <= dueOn) continue;
        yield {
          subject: { kind: "allegation", id: a.id },
          path: s.path,
          message:
            s.doneOn !== undefined
              ? `${s.what} was ${s.duty} on ${s.doneOn}, after its due date ${dueOn} (${t.value} from ${s.from})`
              : `${s.what} has not been ${s.duty} by ${asOf}; it was due by ${dueOn} (${t.value} from ${s.from})`,
          facts: { step: s.step, startedOn: s.from, timeline: t.value, dueOn, doneOn: s.doneOn ?? null },
          concern: `e3:${s.step}`,
          parameters: t.uses,
        };
      }
    }
  },
});
