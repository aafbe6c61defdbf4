import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import type { Allegation } from "../../../vocabulary/allegation";
import { MissionDatasetShape } from "../../../vocabulary/dataset";

/**
 * Whether an allegation reached the mission as a rumour or 'in-the-air' allegation.
 *
 * @category Rules: DPKO guidelines
 * @example
 * isRumour({ intake: { channel: "rumour", rumour: false } }); // true
 * isRumour({ intake: { channel: "hotline", rumour: false } }); // false
 */
export function isRumour(allegation: { readonly intake: Pick<Allegation["intake"], "channel" | "rumour"> }): boolean {
  return allegation.intake.rumour || allegation.intake.channel === "rumour";
}

/**
 * DPKO Responsibilities of HoM and RC (e): a rumoured or 'in-the-air' allegation is dealt with
 * appropriately, and the RC liaises with the Head of Mission where mission personnel may be involved.
 * As of `asOf`, a rumour received by then must not be closed without an outcome, and where a
 * mission is present (`mission.missionPresent`; without one there is no Head of Mission to liaise
 * with) and `intake.missionPersonnelMayBeInvolved`, it must record `intake.headOfMissionLiaisonOn`
 * on or before `asOf`.
 *
 * @category Rules: DPKO guidelines
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "rc-e", title: "RC (e)", rules: [rumouredAllegations] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const allegations = [{ id: "A-1", receivedOn: "2018-05-01", intake: { channel: "rumour" },
 *   conduct: { sexualActivity: "actual" } }];
 * const r = evaluate(set, { mission, allegations }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.path; // ["allegations", 0, "intake", "headOfMissionLiaisonOn"]
 */
export const rumouredAllegations = defineRule({
  id: "dpko.rc-e.rumoured-allegations",
  title: "Rumoured allegations are processed, with Head of Mission liaison where mission personnel may be involved",
  obligations: ["DPKO-RC-e"],
  citation: cite("DPKO-IG", "Responsibilities of HoM and RC (e)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true, allegations: true }),
  parameters: [],
  *evaluate({ mission, allegations }, { asOf }) {
    for (const [i, a] of allegations.entries()) {
      if (a.receivedOn > asOf || !isRumour(a)) continue;
      const subject = { kind: "allegation", id: a.id };
      if (a.closedOn !== undefined && a.closedOn <= asOf && a.outcome === undefined) {
        yield {
          subject,
          path: ["allegations", i, "closedOn"],
          message: `rumoured allegation ${a.id} was closed on ${a.closedOn} without a recorded outcome`,
          facts: { rumour: true, receivedOn: a.receivedOn, closedOn: a.closedOn, outcome: null },
          concern: "rumour:processed",
        };
      }
      const liaison = a.intake.headOfMissionLiaisonOn;
      if (mission.missionPresent && a.intake.missionPersonnelMayBeInvolved && (liaison === undefined || liaison > asOf)) {
        yield {
          subject,
          path: ["allegations", i, "intake", "headOfMissionLiaisonOn"],
          message: `rumoured allegation ${a.id} may involve mission personnel but no liaison with the Head of Mission is recorded by ${asOf}`,
          facts: { rumour: true, missionPersonnelMayBeInvolved: true, receivedOn: a.receivedOn, headOfMissionLiaisonOn: liaison ?? null },
          concern: "rumour:head-of-mission-liaison",
        };
      }
    }
  },
});
