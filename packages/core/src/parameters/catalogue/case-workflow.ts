import { z } from "zod";
import { IsoDuration } from "../../time/duration";
import { cite } from "../citation";
import { defineParameter } from "../types";

/** The bulletin, and the guidelines implementing it, are in force from 15 October 2003. */
const SGB_IN_FORCE = "2003-10-15";
/** General Assembly resolution 61/267 B endorsed the revised model MOU on 24 July 2007. */
const REVISED_MOU = "2007-07-24";
/** The MINUSCA plan covers 2018-2019; later plans overlay their own values. */
const PLAN_START = "2018-01-01";

/**
 * A response window: a calendar period (`P2W`) or a count of working days (Monday to Friday;
 * public holidays are not known to the kit, so hosts that count them overlay a calendar period).
 *
 * @category Parameters
 * @example
 * ResponseWindow.parse({ workingDays: 10 }); // { workingDays: 10 }
 * ResponseWindow.parse("P2W"); // "P2W"
 */
export const ResponseWindow = z.union([IsoDuration, z.object({ workingDays: z.number().int().min(1) })]);
/** @category Parameters */
export type ResponseWindow = z.infer<typeof ResponseWindow>;

/**
 * Parameters of the allegation workflow (deadlines of notifications, victim updates, Member State answers).
 * Owned by the cases workflow; every deadline of `@psea/cases` is one of these, or an investigation timeline.
 *
 * @category Parameters
 * @example
 * caseWorkflowParameters.memberStateResponseWindow.values[0]?.value; // { workingDays: 10 }
 */
export const caseWorkflowParameters = {
  headquartersNotificationWindow: defineParameter({
    title: "Headquarters notification window",
    description:
      "A mission notifies headquarters of a registered SEA allegation within this period, so that headquarters can monitor the disciplinary procedure.",
    schema: IsoDuration,
    values: [
      {
        value: "P1D",
        effectiveFrom: SGB_IN_FORCE,
        citation: cite("DPKO-IG", "Responsibilities of DPKO Headquarters officials (f)", { verify: true }),
        note: "The guidelines set the duty to monitor 'upon receipt of a complaint' but no period; one day stands for 'immediately'. Overlay the mission's SOP value.",
      },
    ],
  }),
  departmentOfManagementNotificationWindow: defineParameter({
    title: "Department of Management notification window",
    description: "Headquarters informs the Department of Management of every SEA investigation and of every action taken, within this period.",
    schema: IsoDuration,
    values: [
      {
        value: "P1W",
        effectiveFrom: SGB_IN_FORCE,
        citation: cite("ST/SGB/2003/13", "section 4.6 ('promptly')", { verify: true }),
        note: "SGB 4.6 and DPKO Headquarters (g) say 'promptly' without a period; one week is taken. Overlay a stricter value where one is set.",
      },
    ],
  }),
  memberStateResponseWindow: defineParameter({
    title: "Member State response window",
    description:
      "A troop- or police-contributing country notified of an allegation against its contingent answers within this window whether it will investigate; after a refusal or no answer, OIOS may investigate.",
    schema: ResponseWindow,
    values: [
      {
        value: { workingDays: 10 },
        effectiveFrom: REVISED_MOU,
        citation: cite("MOU-TCC", "article 7 quater (investigations)", { verify: true }),
        note: "Ten working days under the revised model MOU; later practice asks for a shorter answer on SEA. Overlay the value the contributing country's MOU states.",
      },
    ],
  }),
  victimStatusUpdateMaxInterval: defineParameter({
    title: "Victim status update interval",
    description: "The longest a victim may go without being informed of the status of the investigation of their allegation.",
    schema: IsoDuration,
    values: [
      {
        value: "P1M",
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 4, expected result (iii)", { verify: true }),
        note: "The plan says 'timely'; monthly matches the monthly meetings with the Victims' Rights Advocate (Remedial actions goal 1 (a)).",
      },
    ],
  }),
  assessmentTimeline: defineParameter({
    title: "Preliminary assessment timeline (AP Enforcement goal 3 (a))",
    description: "An allegation is assessed (the preliminary assessment completed) within this period of its receipt.",
    schema: IsoDuration,
    values: [
      {
        value: "P2W",
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 3 (a), timely assessment of allegations", { verify: true }),
        note: "The plan asks for timely assessment 'as per relevant advisories and guidance documents' and sets no period; two weeks is taken. Overlay the mission's SOP value.",
      },
    ],
  }),
  referralTimeline: defineParameter({
    title: "Referral for investigation timeline (AP Enforcement goal 3 (a))",
    description: "An assessed allegation is referred for investigation within this period of its assessment.",
    schema: IsoDuration,
    values: [
      {
        value: "P1W",
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 3 (a), timely referral of allegations for investigation", { verify: true }),
        note: "The plan asks for timely referral and sets no period; one week is taken. Overlay the mission's SOP value.",
      },
    ],
  }),
  reportReviewTimeline: defineParameter({
    title: "Investigation report review timeline (AP Enforcement goal 3 (b))",
    description: "An investigation report is reviewed, and recommendations made, within this period of its receipt.",
    schema: IsoDuration,
    values: [
      {
        value: "P1M",
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 3 (b), review of investigation reports in a timely manner", { verify: true }),
        note: "The plan asks for review 'in a timely manner' and sets no period; a month is taken. Overlay the mission's SOP value.",
      },
    ],
  }),
  serviceReferralWindow: defineParameter({
    title: "Victim service referral window (AP Remedial actions goal 1 (c))",
    description: "A service a victim's needs assessment found needed is referred to a mapped provider within this period of the assessment.",
    schema: IsoDuration,
    values: [
      {
        value: "P1W",
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Remedial actions goal 1 (c) and expected result (ii), services in a timely manner", { verify: true }),
        note: "The plan asks that victims access services 'in a timely manner' and sets no period; one week is taken. Overlay the mission's Victim Assistance Protocol value.",
      },
    ],
  }),
  emergencyServiceReferralWindow: defineParameter({
    title: "Emergency medical referral window (AP Remedial actions goal 1 (c))",
    description: "Emergency medical assistance a victim's needs assessment found needed is referred within this period of the assessment.",
    schema: IsoDuration,
    values: [
      {
        value: "P1D",
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Remedial actions goal 1 (c), referral for emergency medical assistance", { verify: true }),
        note: "The plan names emergency medical assistance apart from general care but sets no period; one day is taken, as post-exposure care is time-critical. Overlay the mission's protocol value.",
      },
    ],
  }),
};
