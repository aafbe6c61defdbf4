import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";
import { isRumour } from "../../dpko-guidelines/responsibilities-of-hom-and-rc/e-rumoured-allegations";

/**
 * AP Enforcement goal 1, expected result (ii): complaints come in through the established reporting
 * mechanisms. Every allegation received on or before `asOf`, other than a rumour (which by nature
 * came through no channel, DPKO RC (e)), records `intake.channelId` naming one of the mission's
 * configured channels. An unknown id is already rejected as an input issue; a missing one is a violation.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "e1", title: "E1", rules: [intakeChannelRecorded] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const allegations = [{ id: "A-1", receivedOn: "2018-05-01", intake: { channel: "hotline" }, conduct: { sexualActivity: "actual" } }];
 * const r = evaluate(set, { mission, allegations }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.path; // ["allegations", 0, "intake", "channelId"]
 */
export const intakeChannelRecorded = defineRule({
  id: "ap.e1.intake-channel-recorded",
  title: "Every allegation records the configured reporting channel it came through",
  obligations: ["AP-E1"],
  citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 1, expected result (ii)"),
  severity: "violation",
  // Reading the mission makes the engine check every channelId against the configured channels.
  reads: MissionDatasetShape.pick({ mission: true, allegations: true }),
  parameters: [],
  *evaluate({ allegations }, { asOf }) {
    for (const [i, a] of allegations.entries()) {
      if (a.receivedOn > asOf || isRumour(a) || a.intake.channelId !== undefined) continue;
      yield {
        subject: { kind: "allegation", id: a.id },
        path: ["allegations", i, "intake", "channelId"],
        message: `allegation ${a.id}, received by ${a.intake.channel}, does not record which configured reporting channel it came through`,
        facts: { channel: a.intake.channel, channelId: null, receivedOn: a.receivedOn },
      };
    }
  },
});
