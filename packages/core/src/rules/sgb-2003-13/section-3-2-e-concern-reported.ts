import { defineRule } from "../../engine/define-rule";
import { cite } from "../../parameters/citation";
import { MissionDatasetShape } from "../../vocabulary/dataset";

/**
 * SGB 3.2(e), restated for staff by the DPKO guidelines' Responsibilities of staff (h): personnel
 * who develop concerns or suspicions of SEA by a fellow worker, in the same agency or not, must
 * report them through established reporting mechanisms. One rule serves both clauses, so a concern
 * gives one finding tagged with both obligations rather than two findings on the same facts. A concern known on `asOf` is a violation if it was
 * not reported, if the report does not record its channel, or if the channel is not one of the
 * mission's reporting channels.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * concernReported.obligations; // ["SGB-3.2e", "DPKO-ST-h"]
 */
export const concernReported = defineRule({
  id: "sgb.3.2e.concern-reported",
  title: "Concerns of SEA are reported through an established channel",
  obligations: ["SGB-3.2e", "DPKO-ST-h"],
  citation: cite("ST/SGB/2003/13", "section 3.2(e)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true, concerns: true }),
  parameters: [],
  *evaluate({ mission, concerns }, { asOf }) {
    const channels = mission.reportingChannels.map((c) => c.id);
    for (const [k, c] of concerns.entries()) {
      if (c.becameAwareOn > asOf) continue;
      const subject = { kind: "concern", id: c.id };
      const base = { personnelId: c.personnelId, becameAwareOn: c.becameAwareOn };
      if (c.reportedOn === undefined || c.reportedOn > asOf) {
        yield {
          subject,
          path: ["concerns", k, "reportedOn"],
          message: `concern ${c.id}, known to ${c.personnelId} since ${c.becameAwareOn}, has not been reported`,
          facts: { ...base, reported: false },
          concern: "sgb.3.2e.concern-reported",
        };
      } else if (c.channelId === undefined || !channels.includes(c.channelId)) {
        yield {
          subject,
          path: ["concerns", k, "channelId"],
          message:
            c.channelId === undefined
              ? `concern ${c.id} was reported on ${c.reportedOn} without recording the channel used`
              : `concern ${c.id} was reported on ${c.reportedOn} through '${c.channelId}', which is not an established reporting channel of the mission`,
          facts: { ...base, reported: true, reportedOn: c.reportedOn, channelId: c.channelId ?? null, establishedChannels: channels },
          concern: "sgb.3.2e.concern-reported",
        };
      }
    }
  },
});
