import { z } from "zod";
import { IsoDuration } from "../../time/duration";
import { LanguageCode, ReportingChannel } from "../../vocabulary";
import { cite } from "../citation";
import { defineParameter, type DatedValue } from "../types";

/** The MINUSCA plan covers 2018-2019; later plans overlay their own values. */
const PLAN_START = "2018-01-01";

function period(clause: string, value: string): DatedValue<string> {
  return { value, effectiveFrom: PLAN_START, citation: cite("MINUSCA-AP-2018-2019", clause) };
}

const periodParameter = (title: string, description: string, clause: string, value: string) =>
  defineParameter({ title, description, schema: IsoDuration, values: [period(clause, value)] });

/** Parameters set by the MINUSCA SEA action plan 2018-2019. @category Parameters */
export const actionPlanParameters = {
  radioBroadcastPeriod: periodParameter("Radio broadcast period", "Radio broadcasts on SEA.", "Prevention goal 1 (h)", "P1W"),
  radioBroadcastLanguages: defineParameter({
    title: "Radio broadcast languages",
    description: "Every radio broadcast on SEA is issued in each of these languages.",
    schema: z.array(LanguageCode).min(1),
    values: [{ value: ["fr", "sg"], effectiveFrom: PLAN_START, citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 1 (h)") }],
  }),
  newsletterPeriod: defineParameter({
    title: "CDT newsletter period",
    description: "The Conduct and Discipline Team newsletter through which anti-SEA messages are issued.",
    schema: IsoDuration,
    values: [period("Prevention goal 1, activity (c)", "P3M")],
    conflicts: [
      {
        value: "P1M",
        citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 1, expected result (vi)"),
        note: "Activity (c) says quarterly; expected result (vi) says monthly. The activity is taken as the obligation; overlay P1M to hold the mission to the result.",
      },
    ],
  }),
  newsletterLanguages: defineParameter({
    title: "CDT newsletter languages",
    description: "Every newsletter issue is published in each of these languages.",
    schema: z.array(LanguageCode).min(1),
    values: [{ value: ["fr", "en"], effectiveFrom: PLAN_START, citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 1 (c)") }],
  }),
  taskForceMeetingPeriod: periodParameter("SEA Task Force meeting period", "Standing SEA Task Force meetings.", "Prevention goal 3", "P1M"),
  forceCommanderMeetingPeriod: periodParameter("CDT–Force Commander meeting period", "CDT meets the Force Commander.", "Prevention goal 4 (a)", "P1W"),
  policeCommissionerMeetingPeriod: periodParameter("CDT–Police Commissioner meeting period", "CDT meets the Police Commissioner.", "Prevention goal 4 (b)", "P1M"),
  preventionMeetingPeriod: periodParameter("SEA prevention meeting period", "Prevention meetings led by the Force.", "Prevention goal 6 (f)", "P1W"),
  offLimitsReviewPeriod: periodParameter("Off-limits list review period", "The off-limits list is updated at least once per period (bi-annually).", "Prevention goal 6 (i)", "P6M"),
  investigationReviewMeetingPeriod: periodParameter("CDT/OIOS/SIU review meeting period", "Review of the progress of SEA investigations.", "Enforcement goal 3 (e)", "P2W"),
  vraMeetingPeriod: periodParameter("VRA service-provision meeting period", "CDT, UNCT and service providers meet with the Victims' Rights Advocate.", "Remedial actions goal 1 (a)", "P1M"),
  trainingComplianceTarget: defineParameter({
    title: "Training compliance target",
    description: "Share of personnel trained on SEA.",
    schema: z.number().min(0).max(1),
    values: [{ value: 1, effectiveFrom: PLAN_START, citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 2, expected result (i)") }],
  }),
  requiredReportingChannelKinds: defineParameter({
    title: "Reporting channel kinds to promote",
    description: "The mission promotes at least one confidential channel of each kind.",
    schema: z.array(ReportingChannel.shape.kind).min(1),
    values: [{ value: ["hotline", "email"], effectiveFrom: PLAN_START, citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 1 (c)") }],
  }),
};
