import type { ParameterValue } from "../../parameters/catalogue";
import { cite } from "../../parameters/citation";
import { periodicCadenceRule } from "../cadence-rule";
import { defineCadence } from "../define-cadence";
import { recipientForContext } from "../rc-report-recipient";

/**
 * DPKO-RC-f: the Resident Coordinator reports on progress every `rcAnnualReportPeriod` (annually),
 * to a recipient that depends on the country context (see {@link rcReportRecipient}).
 *
 * @category Cadences: DPKO guidelines
 * @example
 * rcAnnualReportCadence.obligations; // ["DPKO-RC-f"]
 */
export const rcAnnualReportCadence = defineCadence({
  id: "dpko.rc-f.annual-report",
  title: "Resident Coordinator progress reports",
  obligations: ["DPKO-RC-f"],
  citation: cite("DPKO-IG", "Responsibilities of HoM and RC (f)"),
  kind: "periodic",
  periodParameter: "rcAnnualReportPeriod",
});

/**
 * DPKO-RC-f: flags each year without a Resident Coordinator report; each finding names the
 * recipient derived from `mission.context` (fact `recipient`).
 *
 * @category Cadences: DPKO guidelines
 * @example
 * rcAnnualReportRule.parameters; // ["rcAnnualReportPeriod", "rcReportRecipientByContext"]
 */
export const rcAnnualReportRule = periodicCadenceRule(rcAnnualReportCadence, {
  parameters: ["rcReportRecipientByContext"],
  describe(mission, params) {
    const byContext = params["rcReportRecipientByContext"] as ParameterValue<"rcReportRecipientByContext">;
    const recipient = recipientForContext(mission.context, byContext);
    return { facts: { context: mission.context, recipient }, note: `to the ${recipient}` };
  },
});
