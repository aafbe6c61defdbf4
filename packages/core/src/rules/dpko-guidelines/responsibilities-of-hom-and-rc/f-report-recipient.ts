import { rcAnnualReportCadence } from "../../../cadences/dpko-guidelines/rc-annual-report";
import { recipientForContext } from "../../../cadences/rc-report-recipient";
import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";

/** A recipient's name as compared: spacing and case are not what makes two recipients different. */
function asCompared(name: string): string {
  const spaced = name.trim().replace(/\s+/g, " ");
  // Stryker disable next-line MethodExpression: both names are compared in one case, upper or lower alike
  return spaced.toLowerCase();
}

function sameRecipient(a: string, b: string): boolean {
  return asCompared(a) === asCompared(b);
}

/**
 * DPKO Responsibilities of HoM and RC (f): the Resident Coordinator reports to the IASC Working Group
 * in a humanitarian-crisis context, or to the UN Development Group in a development context. Each
 * annual report held on or before `asOf` that records a `recipient` must name the one that
 * `rcReportRecipientByContext` (in force on the report's date) derives from `mission.context`;
 * another recipient is a violation. A report that records none is left to the cadence, which
 * already names the recipient it is due to.
 *
 * @category Rules: DPKO guidelines
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "rc-f", title: "RC (f)", rules: [rcReportRecipientRecorded] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const cadenceOccurrences = [{ cadenceId: "dpko.rc-f.annual-report", on: "2018-11-30", recipient: "UN Development Group" }];
 * const r = evaluate(set, { mission, cadenceOccurrences }, { asOf: "2018-12-31" });
 * r.ok && r.findings[0]?.explanation.facts.expectedRecipient; // "IASC Working Group"
 */
export const rcReportRecipientRecorded = defineRule({
  id: "dpko.rc-f.report-recipient",
  title: "The Resident Coordinator's annual report went to the recipient the country context requires",
  obligations: ["DPKO-RC-f"],
  citation: cite("DPKO-IG", "Responsibilities of HoM and RC (f)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true, cadenceOccurrences: true }),
  parameters: ["rcReportRecipientByContext"],
  *evaluate({ mission, cadenceOccurrences }, { asOf, params, paramsOn }) {
    for (const [i, o] of cadenceOccurrences.entries()) {
      if (o.cadenceId !== rcAnnualReportCadence.id || o.on > asOf || o.recipient === undefined) continue;
      // The recipient in force on the report's own date: an overlay from a later date never rewrites a
      // report already sent. Outside the engine, the asOf value serves.
      const on = paramsOn ? paramsOn(o.on, ["rcReportRecipientByContext"]) : { values: params, uses: [] };
      // Not in force on the report's date: the engine has recorded a rule error.
      if (!on) continue;
      const expected = recipientForContext(mission.context, on.values.rcReportRecipientByContext);
      if (sameRecipient(o.recipient, expected)) continue;
      yield {
        subject: { kind: "mission", id: mission.id },
        path: ["cadenceOccurrences", i, "recipient"],
        message: `the Resident Coordinator's report of ${o.on} is recorded as sent to ${o.recipient}, but in a ${mission.context} context it goes to the ${expected}`,
        facts: { reportOn: o.on, recordedRecipient: o.recipient, expectedRecipient: expected, context: mission.context },
        concern: `dpko.rc-f.report-recipient:${o.on}`,
        parameters: on.uses,
      };
    }
  },
});
