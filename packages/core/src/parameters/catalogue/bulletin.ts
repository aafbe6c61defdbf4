import { z } from "zod";
import { ActionKind, PersonnelCategory, PersonnelRole } from "../../vocabulary";
import { CommunicationAudience, CommunicationTopic } from "../../vocabulary/communication";
import { cite } from "../citation";
import { defineParameter } from "../types";

/** The bulletin entered into force on 15 October 2003 (ST/SGB/2003/13, section 7). */
const SGB_IN_FORCE = "2003-10-15";

/** The MINUSCA action plan, which introduced the managers' pledge, runs from 2018. */
const ACTION_PLAN_START = "2018-01-01";

/** The links SGB 3.2(f) checks between a manager and the prevention measures. */
const PreventionLink = z.enum(["pledge", "training"]);

/** Parameters set by ST/SGB/2003/13 itself. @category Parameters */
export const bulletinParameters = {
  childAgeThresholdYears: defineParameter({
    title: "Child age threshold",
    description: "Persons under this age are children, whatever the local age of majority or consent.",
    schema: z.number().int().min(1),
    values: [{ value: 18, effectiveFrom: SGB_IN_FORCE, citation: cite("ST/SGB/2003/13", "section 3.2(b)") }],
  }),
  finalActionsByCategory: defineParameter({
    title: "Final actions appropriate to each personnel category",
    description:
      "A substantiated SEA allegation is closed only with one of these actions for the subject's category, or a referral for criminal accountability.",
    schema: z.record(PersonnelCategory, z.array(ActionKind).min(1)),
    values: [
      {
        value: {
          "civilian-staff": ["summary-dismissal", "dismissal", "separation", "disciplinary-measure"],
          "un-volunteer": ["separation", "disciplinary-measure"],
          "consultant-contractor": ["contract-termination"],
          "military-contingent": ["repatriation", "exclusion-from-future-service"],
          "military-observer-staff-officer": ["repatriation", "exclusion-from-future-service"],
          "individual-police": ["repatriation", "exclusion-from-future-service"],
          "formed-police-unit": ["repatriation", "exclusion-from-future-service"],
          "non-un-partner": ["contract-termination"],
        },
        effectiveFrom: SGB_IN_FORCE,
        citation: cite("ST/SGB/2003/13", "section 3.2(a)", { verify: true }),
        note: "Mapping by category follows the UN's published conduct data; hosts may overlay their own.",
      },
    ],
  }),
  managementRoles: defineParameter({
    title: "Roles with management duties under SGB 3.2(f)",
    description:
      "Personnel holding any of these roles are leadership or managers who must create and maintain an environment that prevents SEA.",
    schema: z.array(PersonnelRole).min(1),
    values: [
      {
        value: ["head-of-mission", "head-of-office", "chief-of-section", "manager", "supervisor"],
        effectiveFrom: SGB_IN_FORCE,
        citation: cite("ST/SGB/2003/13", "section 3.2(f)"),
        note: "The bulletin says 'managers at all levels'; the roles named follow the action plan's restatement (section C, bullet 6; Enforcement goal 5).",
      },
    ],
  }),
  managerPreventionLinks: defineParameter({
    title: "Prevention measures every manager is linked to",
    description:
      "Each manager must show each of these links: a signed SEA pledge, and at least one completed SEA training. A missing link is a finding of its own.",
    schema: z.array(PreventionLink).min(1),
    values: [
      {
        value: ["training"],
        effectiveFrom: SGB_IN_FORCE,
        effectiveTo: ACTION_PLAN_START,
        citation: cite("ST/SGB/2003/13", "section 3.2(f)", { verify: true }),
        note: "The bulletin names no measure; SEA training is taken as the least a manager's support for the preventive environment shows.",
      },
      {
        value: ["pledge", "training"],
        effectiveFrom: ACTION_PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 5 (a)-(c); Prevention goal 2"),
        note: "The action plan asks every head of office, manager and supervisor to sign the pledge, and every person to be trained.",
      },
    ],
  }),
  adultBeneficiaryRelationshipClassification: defineParameter({
    title: "How a consensual relationship with an adult beneficiary is classified (SGB section 1, 3.2(d))",
    description:
      "An ongoing relationship with a beneficiary of assistance who is an adult, with no exchange, no solicitation, no abuse of position, no profit and no coercion recorded: 'sgb-3.2d-matter' leaves it out of sexual exploitation and abuse (strongly discouraged by 3.2(d), not prohibited); 'exploitative-relationship' classifies it as sexual exploitation, as a non-fraternization policy does.",
    schema: z.enum(["sgb-3.2d-matter", "exploitative-relationship"]),
    values: [
      {
        value: "sgb-3.2d-matter",
        effectiveFrom: SGB_IN_FORCE,
        citation: cite("ST/SGB/2003/13", "section 3.2(d)"),
        note: "The bulletin strongly discourages such relationships and prohibits them only with an exchange (3.2(c)) or a child (3.2(b)). A mission whose non-fraternization policy treats them as exploitative relationships overlays 'exploitative-relationship' from that policy's date, citing it.",
      },
    ],
  }),
  childCaseImmediateReferral: defineParameter({
    title: "Referral of a child case to judicial authorities (SGB section 5)",
    description:
      "'after-gates': a case is referred for criminal prosecution only after a substantiated outcome and a consultation of the Office of Legal Affairs (the bulletin), children's cases included. 'immediate': sexual activity with a child may be referred at once, as the MINUSCA action plan allows; such a referral is then recorded as a notice, not a violation.",
    schema: z.enum(["after-gates", "immediate"]),
    values: [{ value: "after-gates", effectiveFrom: SGB_IN_FORCE, citation: cite("ST/SGB/2003/13", "section 5") }],
    conflicts: [
      {
        value: "immediate",
        citation: cite("MINUSCA-AP-2018-2019", "section C, core principles, bullet 2"),
        note: "The plan says 'any sexual activity with children may be immediately referred to Judicial Authorities for prosecution'; the bulletin refers a case only after a proper investigation and upon consultation with the Office of Legal Affairs. The bulletin is kept as the default; a mission held to its plan overlays 'immediate' from the plan's start.",
      },
    ],
  }),
  staffMemberCategories: defineParameter({
    title: "Personnel categories that are staff members (SGB 4.4)",
    description:
      "SGB 4.4 sets 3.2(b) aside only for a staff member lawfully married to a spouse under 18 who is of age in their country of citizenship. Subjects of these categories are staff members; no other category benefits from the carve-out.",
    schema: z.array(PersonnelCategory).min(1),
    values: [
      {
        value: ["civilian-staff"],
        effectiveFrom: SGB_IN_FORCE,
        citation: cite("ST/SGB/2003/13", "section 4.4"),
        note: "Section 4.4 speaks of 'a staff member' only. UN Volunteers, consultants and contractors are not staff members, and uniformed personnel are bound through their contributing countries' undertakings, which carry no such carve-out.",
      },
    ],
  }),
  discretionDeciderRoles: defineParameter({
    title: "Who may exercise the SGB 4.5 discretion",
    description:
      "Section 4.5 gives the discretion on 3.2(d) to the head of department, office or mission. A recorded SGB 4.5 decision counts only when its decidedBy is a person of the dataset holding one of these roles; a decision by anyone else cannot lower the 3.2(d) finding.",
    schema: z.array(PersonnelRole).min(1),
    values: [
      {
        value: ["head-of-mission", "head-of-office"],
        effectiveFrom: SGB_IN_FORCE,
        citation: cite("ST/SGB/2003/13", "section 4.5", { verify: true }),
        note: "A mission dataset holds the Head of Mission and heads of office; a host whose records name a head of department overlays this list.",
      },
    ],
  }),
  focalPointInformationAudiences: defineParameter({
    title: "Who must be informed of the focal point (SGB 4.3)",
    description:
      "In a mission, each of these audiences must have been informed of the focal point's existence and role and of how to contact it, through at least one communication addressed to it.",
    schema: z.array(CommunicationAudience).min(1),
    values: [{ value: ["staff", "local-population"], effectiveFrom: SGB_IN_FORCE, citation: cite("ST/SGB/2003/13", "section 4.3") }],
  }),
  focalPointInformationTopics: defineParameter({
    title: "What a focal-point communication must cover (SGB 4.3)",
    description: "A communication informs its audience of the focal point only if it covers every one of these topics: who the focal point is, and how to report to it.",
    schema: z.array(CommunicationTopic).min(1),
    values: [
      {
        value: ["focal-points", "reporting"],
        effectiveFrom: SGB_IN_FORCE,
        citation: cite("ST/SGB/2003/13", "section 4.3"),
        note: "'Existence and role' is the focal-points topic; 'how to contact them' is the reporting topic.",
      },
    ],
  }),
};
