import { z } from "zod";
import { Communication } from "../../vocabulary/communication";
import { HeadquartersMilestone } from "../../vocabulary/headquarters-monitoring";
import { IsoDuration } from "../../time/duration";
import { cite } from "../citation";
import { defineParameter } from "../types";

/** The guidelines implement the bulletin; the seed carries no date of its own. */
const GUIDELINES_IN_FORCE = "2003-10-15";

/** Parameters set by the DPKO implementation guidelines. @category Parameters */
export const dpkoParameters = {
  focalPointMinimumGrade: defineParameter({
    title: "Focal point minimum grade",
    description: "The SEA Focal Point and the Alternate are senior-level: this grade or above in the UN system.",
    schema: z.string().min(1),
    values: [{ value: "P-4", effectiveFrom: GUIDELINES_IN_FORCE, citation: cite("DPKO-IG", "General management responsibilities (c)") }],
  }),
  gradeOrder: defineParameter({
    title: "Grade order",
    description: "UN grades from lowest to highest, used to decide 'at or above'. Grades outside it are not comparable and never meet a minimum.",
    schema: z.array(z.string().min(1)).min(1),
    values: [
      {
        value: ["P-1", "P-2", "P-3", "P-4", "P-5", "D-1", "D-2", "ASG", "USG"],
        effectiveFrom: GUIDELINES_IN_FORCE,
        citation: cite("DPKO-IG", "General management responsibilities (c)"),
        note: "Professional and higher categories; General Service, Field Service and National Officer grades are not on this scale.",
      },
    ],
  }),
  gradeEquivalents: defineParameter({
    title: "Grade equivalents on the professional scale",
    description:
      "Grades off the P/D scale (Field Service, National Officer, military and police ranks) mapped to the professional grade they are compared as. A grade with no entry here, such as a General Service grade, is not comparable and never meets a minimum.",
    schema: z.record(z.string().min(1), z.string().min(1)),
    values: [
      {
        value: {
          "FS-7": "P-4",
          "FS-6": "P-3",
          "FS-5": "P-2",
          "NO-D": "P-4",
          "NO-C": "P-3",
          "NO-B": "P-2",
          "NO-A": "P-1",
          COL: "P-5",
          LTCOL: "P-4",
          MAJ: "P-3",
          CAPT: "P-2",
        },
        effectiveFrom: GUIDELINES_IN_FORCE,
        citation: cite("DPKO-IG", "General management responsibilities (c)", { verify: true }),
        note: "The guidelines say only 'P4 level and above' in the UN system. These equivalences are a starting point a mission overlays with its own; General Service grades are left off on purpose.",
      },
    ],
  }),
  focalPointPairMinimumWomen: defineParameter({
    title: "Women among focal point and alternate",
    description: "Either the Focal Point or the Alternate will be a female staff member.",
    schema: z.number().int().min(0).max(2),
    values: [{ value: 1, effectiveFrom: GUIDELINES_IN_FORCE, citation: cite("DPKO-IG", "General management responsibilities (c)") }],
  }),
  networkIssuedAudiences: defineParameter({
    title: "Audiences whose SEA communications the Network issues",
    description:
      "An SEA communication addressed to any of these audiences must be issued by the in-country Network, in every relevant language of the mission.",
    schema: z.array(Communication.shape.audience.element).min(1),
    values: [
      {
        value: ["local-population", "beneficiaries", "refugees"],
        effectiveFrom: GUIDELINES_IN_FORCE,
        citation: cite("DPKO-IG", "Responsibilities of HoM and RC (d)"),
        note: "Paragraph (d) also names communications to staff; the obligation catalogue checks community-facing ones. Overlay with 'staff' added to hold staff communications to the same rule.",
      },
    ],
  }),
  communityCommunicationIssuers: defineParameter({
    title: "Who may issue SEA communications to communities (DPKO RC (d))",
    description:
      "An SEA communication to an audience of networkIssuedAudiences is properly issued only by one of these issuers, so that communities are not given conflicting information about where to turn.",
    schema: z.array(Communication.shape.issuer).min(1),
    values: [{ value: ["network"], effectiveFrom: GUIDELINES_IN_FORCE, citation: cite("DPKO-IG", "Responsibilities of HoM and RC (d)") }],
    conflicts: [
      {
        value: ["network", "mission"],
        citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 1 (b) and (h); leading partners"),
        note: "The guidelines have the in-country Network issue every communication to local populations; the MINUSCA action plan has the mission (Head of Mission, Spokesperson, SCPI, CDT, with the UNCT through the UN Communications Group) issue the broadcasts and radio programmes. The guidelines are kept as the default; a mission held to its plan overlays ['network', 'mission'] from the plan's start, as minuscaMissionProfile does.",
      },
    ],
  }),
  localCommunityAudiences: defineParameter({
    title: "The local community the Network informs of the focal points (DPKO RC (d))",
    description:
      "The local community, including refugees and other beneficiaries of assistance, is informed of the SEA Focal Points and how to contact them when at least one communication addressed to any of these audiences covers every topic of focalPointContactTopics.",
    schema: z.array(Communication.shape.audience.element).min(1),
    values: [
      {
        value: ["local-population", "refugees", "beneficiaries"],
        effectiveFrom: GUIDELINES_IN_FORCE,
        citation: cite("DPKO-IG", "Responsibilities of HoM and RC (d)"),
        note: "Paragraph (d) names one community that includes refugees and beneficiaries; a communication to any part of it counts.",
      },
    ],
  }),
  focalPointContactTopics: defineParameter({
    title: "What informs a community of the focal points (DPKO RC (d))",
    description:
      "A communication informs its audience of 'the existence and role of the SEA Focal Points and their field counterparts and how to contact them' only if it covers every one of these topics.",
    schema: z.array(Communication.shape.topics.element).min(1),
    values: [
      {
        value: ["focal-points", "reporting"],
        effectiveFrom: GUIDELINES_IN_FORCE,
        citation: cite("DPKO-IG", "Responsibilities of HoM and RC (d)"),
        note: "'Existence and role' is the focal-points topic; 'how to contact them' is the reporting topic.",
      },
    ],
  }),
  rcAnnualReportPeriod: defineParameter({
    title: "Resident Coordinator report period",
    description: "The RC reports on progress once per period.",
    schema: IsoDuration,
    values: [{ value: "P1Y", effectiveFrom: GUIDELINES_IN_FORCE, citation: cite("DPKO-IG", "Responsibilities of HoM and RC (f)") }],
  }),
  rcReportRecipientByContext: defineParameter({
    title: "Resident Coordinator report recipient",
    description: "Who receives the RC's annual report, by country context.",
    schema: z.object({ humanitarian: z.string().min(1), development: z.string().min(1) }),
    values: [
      {
        value: { humanitarian: "IASC Working Group", development: "UN Development Group" },
        effectiveFrom: GUIDELINES_IN_FORCE,
        citation: cite("DPKO-IG", "Responsibilities of HoM and RC (f)"),
      },
    ],
  }),
  preventiveEnvironmentTarget: defineParameter({
    title: "Managers showing each prevention measure (DPKO GM (a))",
    description:
      "Senior management's preventive environment is measured by the share of managers on strength who show each measure of managerPreventionLinks (a signed pledge, SEA training). Below this share (0 to 1) the mission falls short.",
    schema: z.number().min(0).max(1),
    values: [
      {
        value: 1,
        effectiveFrom: GUIDELINES_IN_FORCE,
        citation: cite("DPKO-IG", "General management responsibilities (a)"),
        note: "The guidelines set no figure; the action plan asks it of all managers and supervisors (Enforcement goal 5 (i)) and of all personnel for training (Prevention goal 2 (i)).",
      },
    ],
  }),
  headquartersMonitoredMilestones: defineParameter({
    title: "Milestones headquarters monitors (DPKO HQ (f))",
    description:
      "Once a mission has sent it a complaint, headquarters records monitoring each of these steps of the procedure as the allegation reaches it: referral (investigation referredOn), investigation (concludedOn), outcome (decidedOn), action (the first takenOn) and closure (closedOn).",
    schema: z.array(HeadquartersMilestone).min(1),
    values: [
      {
        value: ["referral", "investigation", "outcome", "action", "closure"],
        effectiveFrom: GUIDELINES_IN_FORCE,
        citation: cite("DPKO-IG", "Responsibilities of DPKO Headquarters officials (f)"),
        note: "'Monitor the application of the appropriate procedures': each step of the disciplinary procedure the allegation record shows. Overlay a shorter list where headquarters monitors fewer steps.",
      },
    ],
  }),
  headquartersMonitoringWindow: defineParameter({
    title: "Headquarters monitoring window (DPKO HQ (f))",
    description: "Headquarters records monitoring a milestone of the procedure within this period of the allegation reaching it.",
    schema: IsoDuration,
    values: [
      {
        value: "P1M",
        effectiveFrom: GUIDELINES_IN_FORCE,
        citation: cite("DPKO-IG", "Responsibilities of DPKO Headquarters officials (f)", { verify: true }),
        note: "The guidelines set the duty to monitor but no period; a month matches the plan's monthly reporting rhythm. Overlay headquarters' own value.",
      },
    ],
  }),
};
