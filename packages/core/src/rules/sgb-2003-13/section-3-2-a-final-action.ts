import { defineRule } from "../../engine/define-rule";
import { cite } from "../../parameters/citation";
import type { ActionKind } from "../../vocabulary/allegation";
import { MissionDatasetShape } from "../../vocabulary/dataset";
import { isPersonnelCategory } from "../../vocabulary/subject-category";

/** Always sufficient whatever the category: SGB 3.2(a) names criminal proceedings beside discipline. */
const CRIMINAL_REFERRAL: ActionKind = "referral-for-criminal-accountability";

/**
 * SGB 3.2(a): SEA is serious misconduct. A substantiated allegation closed on or before `asOf` must
 * show, for each subject, a final action appropriate to the subject's personnel category
 * (parameter `finalActionsByCategory`) or a referral for criminal accountability. An action without
 * a `subjectRef` counts only where the allegation has a single subject. A subject of a non-UN force
 * (`non-un-force`) is left out: the bulletin binds UN staff and forces under UN command (section 2),
 * the UN takes no disciplinary action on another force's members, and their State is accountable.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * substantiatedClosedWithoutAction.parameters; // ["finalActionsByCategory"]
 */
export const substantiatedClosedWithoutAction = defineRule({
  id: "sgb.3.2a.substantiated-closed-without-final-action",
  title: "A substantiated allegation is closed only with a final action for each subject",
  obligations: ["SGB-3.2a"],
  citation: cite("ST/SGB/2003/13", "section 3.2(a)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ allegations: true }),
  parameters: ["finalActionsByCategory"],
  *evaluate({ allegations }, { asOf, params }) {
    for (const [i, a] of allegations.entries()) {
      if (a.outcome?.result !== "substantiated" || a.closedOn === undefined || a.closedOn > asOf) continue;
      const subject = { kind: "allegation", id: a.id };
      const taken = a.actions.filter((x) => x.takenOn <= asOf);
      if (a.subjects.length === 0) {
        yield {
          subject,
          path: ["allegations", i, "subjects"],
          message: `allegation ${a.id} was closed substantiated on ${a.closedOn} with no subject recorded, so no final action can be shown`,
          facts: { closedOn: a.closedOn, outcome: a.outcome.result, subjects: 0, recordedActions: taken.map((x) => x.kind) },
          concern: "sgb.3.2a.final-action",
        };
        continue;
      }
      const single = a.subjects.length === 1;
      for (const [k, s] of a.subjects.entries()) {
        const mine = taken.filter((x) => x.subjectRef === s.ref || (x.subjectRef === undefined && single));
        if (!isPersonnelCategory(s.category)) continue;
        const appropriate = params.finalActionsByCategory[s.category];
        if (mine.some((x) => x.kind === CRIMINAL_REFERRAL || appropriate.includes(x.kind))) continue;
        yield {
          subject,
          path: ["allegations", i, "subjects", k],
          message: `allegation ${a.id} was closed substantiated on ${a.closedOn} without a final action appropriate to ${s.category} (${appropriate.join(", ")}) or a referral for criminal accountability for subject ${s.ref}`,
          facts: {
            subjectRef: s.ref,
            category: s.category,
            closedOn: a.closedOn,
            outcome: a.outcome.result,
            appropriateActions: [...appropriate, CRIMINAL_REFERRAL],
            recordedActions: mine.map((x) => x.kind),
          },
          concern: `sgb.3.2a.final-action:${s.ref}`,
        };
      }
    }
  },
});
