import { z } from "zod";
import { IsoDuration } from "../../time/duration";
import { LanguageCode, PersonnelCategory, ReportingChannel } from "../../vocabulary";
import { IrtUnit, TaskForceMemberGroup } from "../../vocabulary/mission-bodies";
import { VictimServiceKind } from "../../vocabulary/victim-services";
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
  promotedReportingChannels: defineParameter({
    title: "Reporting channels the mission promotes (AP Enforcement goal 1 (c))",
    description:
      "Each of these channels (a kind and an address: a hotline number, an e-mail address) must be configured among the mission's reporting channels and be confidential. Numbers and addresses are a mission's own: the default lists none, and a mission profile lists its own (minuscaMissionProfile lists MINUSCA's).",
    schema: z.array(z.object({ kind: ReportingChannel.shape.kind, address: z.string().trim().min(1) })),
    values: [
      {
        value: [],
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 1 (c)"),
        note: "Channels are configuration, not literals: overlay with the mission's own, as minuscaMissionProfile does.",
      },
    ],
  }),
  sopFamiliarizationTarget: defineParameter({
    title: "Share of personnel familiarized with the reporting SOP",
    description: "Share (0 to 1) of personnel on strength who attended a familiarization session on the SOP on reporting misconduct, including SEA.",
    schema: z.number().min(0).max(1),
    values: [
      {
        value: 1,
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 1 (b)"),
        note: "The plan asks for sessions 'for all mission component'; every person on strength is taken.",
      },
    ],
  }),
  retaliationProtectionAudiences: defineParameter({
    title: "Who is assured of protection against retaliation (ST/SGB/2017/2)",
    description:
      "Each of these audiences must have been sent at least one communication on protection against retaliation for reporting misconduct (ST/SGB/2017/2).",
    schema: z.array(z.enum(["staff", "local-population", "beneficiaries", "refugees"])).min(1),
    values: [{ value: ["staff"], effectiveFrom: PLAN_START, citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 1 (d) and (e)") }],
  }),
  irtRequiredUnits: defineParameter({
    title: "Immediate Response Team membership",
    description: "The Immediate Response Team has a serving member from each of these units.",
    schema: z.array(IrtUnit).min(1),
    values: [
      {
        value: ["human-rights", "crsv", "human-resources", "child-protection", "un-police", "force"],
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 2, expected result (i)"),
        note: "Result (i) lists HRD, CRSV, HR, CP, UNPOL, Force; activity (a) repeats HRD where the result has HR, read as a typing slip.",
      },
    ],
  }),
  taskForceRequiredGroups: defineParameter({
    title: "SEA Task Force membership",
    description: "The SEA Task Force has a serving member from each of these groups.",
    schema: z.array(TaskForceMemberGroup).min(1),
    values: [
      {
        value: ["cdt", "mission-leadership", "un-agency-head"],
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 3, leading partners ('Members - CDT, MINUSCA leadership, all Heads of UN agencies')"),
        note: "'All heads of UN agencies' is checked as at least one; a host that keeps the list of agencies overlays a stricter check of its own.",
      },
    ],
  }),
  noExcuseCardCategories: defineParameter({
    title: "Who receives the no-excuse card",
    description: "Every person on strength in these categories receives the 'no-excuse card' on SEA.",
    schema: z.array(PersonnelCategory).min(1),
    values: [
      {
        value: ["civilian-staff", "un-volunteer", "consultant-contractor", "military-contingent", "military-observer-staff-officer", "individual-police", "formed-police-unit"],
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 1 (e)"),
        note: "'Every member of the Force, the police and MINUSCA civilian personnel'; partners' personnel are not the mission's.",
      },
    ],
  }),
  noExcuseCardCoverageTarget: defineParameter({
    title: "No-excuse card distribution coverage",
    description: "Share (0 to 1) of the personnel of noExcuseCardCategories on strength who have received the card.",
    schema: z.number().min(0).max(1),
    values: [{ value: 1, effectiveFrom: PLAN_START, citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 1 (e) ('to every member')") }],
  }),
  cbcmRefresherTrainingMaxInterval: defineParameter({
    title: "CBCM refresher training interval",
    description: "The longest a CBCM may go, since its last refresher training on SEA (or its establishment), before the next one.",
    schema: IsoDuration,
    values: [
      {
        value: "P1Y",
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 5 (b)", { verify: true }),
        note: "The plan asks for refresher training but sets no interval; yearly is taken, the plan's own horizon. Overlay the mission's value.",
      },
    ],
  }),
  cbcmCdtVisitMaxInterval: defineParameter({
    title: "CDT follow-up visit interval",
    description: "The longest a CBCM may go, since the last CDT follow-up visit (or its establishment), before the next one.",
    schema: IsoDuration,
    values: [
      {
        value: "P6M",
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 5 (d)", { verify: true }),
        note: "The plan asks for follow-up visits but sets no interval; twice a year is taken. Overlay the mission's value.",
      },
    ],
  }),
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
  serviceMapReviewMaxInterval: defineParameter({
    title: "Service map review interval (AP Enforcement goal 5 (i))",
    description: "The longest the mission's service map of victim assistance may go without a review against the services that exist.",
    schema: IsoDuration,
    values: [
      {
        value: "P6M",
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 5 (i)", { verify: true }),
        note: "The plan asks that existing services be mapped and the gaps addressed but sets no interval; twice a year is taken. Overlay the mission's value.",
      },
    ],
  }),
  mappedServiceKinds: defineParameter({
    title: "Services the service map covers in every region (AP Enforcement goal 5 (i))",
    description:
      "In every region of the mission's offices, each of these services is offered by a mapped provider (of the region, or of the whole mission), or the latest review of the map lists it as a gap.",
    schema: z.array(VictimServiceKind).min(1),
    values: [
      {
        value: ["emergency-medical", "general-medical", "psychosocial", "legal"],
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Remedial actions goal 1 (c); Enforcement goal 5 (i)"),
        note: "The services Remedial actions goal 1 (c) names; material support comes through the Trust Fund (Enforcement goal 5 (f)) and is left off.",
      },
    ],
  }),
  serviceTrackingUpdateMaxInterval: defineParameter({
    title: "Service tracking update interval (AP Enforcement goal 5 (j))",
    description: "The longest an open row of the service tracking table (pending or accepted) may go without its status being recorded again.",
    schema: IsoDuration,
    values: [
      {
        value: "P1M",
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 5 (j) ('develop and maintain')", { verify: true }),
        note: "The plan asks that the table be maintained but sets no interval; monthly matches the monthly meetings with the service providers (Remedial actions goal 1 (a)).",
      },
    ],
  }),
};
