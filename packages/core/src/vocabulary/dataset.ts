import { z } from "zod";
import { Allegation, ConcernRecord, DiscretionDecision } from "./allegation";
import { CadenceOccurrence, kitCadenceIds } from "./cadence-occurrence";
import { Communication } from "./communication";
import { ComplaintMechanism } from "./complaint-mechanism";
import { FocalPointRoster } from "./focal-point-roster";
import { Mission } from "./mission";
import { ImmediateResponseTeam, TaskForce } from "./mission-bodies";
import { Office } from "./office";
import { PartnerAgreement } from "./partner-agreement";
import { Personnel } from "./personnel";
import { ServiceMapReview, ServiceProviderRecord, ServiceTrackingEntry } from "./victim-services";

/**
 * The sections of a mission dataset, without the cross-reference check. Rules pick the
 * sections they read from this shape (`MissionDatasetShape.pick({ roster: true })`).
 *
 * @category Vocabulary
 * @example
 * Object.keys(MissionDatasetShape.shape).includes("roster"); // true
 */
export const MissionDatasetShape = z.object({
  schemaVersion: z.literal(1).default(1).describe("The version of this dataset format; 1, the default."),
  mission: Mission.describe("The mission and the country it serves: the configuration every structural rule reads."),
  offices: z.array(Office).default([]).describe("The mission's offices: headquarters, field offices and sub-offices."),
  personnel: z.array(Personnel).default([]).describe("Mission personnel; every personnelId of the dataset refers to one of them, except an official's (headOfMission, residentCoordinator), which may name someone not listed."),
  roster: FocalPointRoster.default({ fieldFocalPoints: [] }).describe("Who the Head of Mission appointed as SEA Focal Point, Alternate and field focal points."),
  partnerAgreements: z.array(PartnerAgreement).default([]).describe("Cooperative arrangements with non-UN entities or individuals (SGB section 6)."),
  communications: z.array(Communication).default([]).describe("Communications on SEA to staff and to local populations (DPKO RC (d))."),
  allegations: z.array(Allegation).default([]).describe("Allegations as a misconduct tracking system holds them."),
  concerns: z.array(ConcernRecord).default([]).describe("Staff members' concerns or suspicions of SEA by a fellow worker, and whether they were reported (SGB 3.2(e))."),
  discretionDecisions: z.array(DiscretionDecision).default([]).describe("Recorded uses of the SGB 4.5 discretion; the exception never applies without one."),
  cadenceOccurrences: z
    .array(CadenceOccurrence)
    .default([])
    .describe(`Held occurrences of recurring obligations, checked from mission.actionPlanStart. Each names one of the kit's cadences: ${kitCadenceIds.join(", ")}.`),
  /** Community-based complaint mechanisms and CLA fallbacks, by region (action plan, Prevention goal 5). */
  complaintMechanisms: z
    .array(ComplaintMechanism)
    .default([])
    .describe("Community-based complaint mechanisms and Community Liaison Assistant fallbacks, by region (action plan, Prevention goal 5)."),
  immediateResponseTeam: ImmediateResponseTeam.default({ members: [] }).describe(
    "The SEA Immediate Response Team (action plan, Enforcement goal 2; Code Cable 1474 measure (6)).",
  ),
  taskForce: TaskForce.default({ members: [] }).describe("The standing SEA Task Force (action plan, Prevention goal 3; Code Cable 1474 measure (3))."),
  serviceProviders: z
    .array(ServiceProviderRecord)
    .default([])
    .describe("The mission's service map of victim assistance: each provider, its services and region (action plan, Enforcement goal 5 (i))."),
  serviceMapReviews: z
    .array(ServiceMapReview)
    .default([])
    .describe("Each review of the service map and the gaps it identified (action plan, Enforcement goal 5 (i)); the latest one is current."),
  serviceTracking: z
    .array(ServiceTrackingEntry)
    .default([])
    .describe("The service tracking table: each referral of a victim to a mapped provider and its status (action plan, Enforcement goal 5 (j))."),
});

/**
 * A section name of a mission dataset. @category Vocabulary
 * @example
 * const datasetSection: DatasetSection = "mission";
 */
export type DatasetSection = keyof typeof MissionDatasetShape.shape;

/**
 * The zod refinement context `checkReferences` reports issues through. @category Vocabulary
 * @example
 * const addIssueOf = (datasetRefinementContext: DatasetRefinementContext) => datasetRefinementContext.addIssue;
 */
export type DatasetRefinementContext = z.core.$RefinementCtx<Record<string, unknown>>;
type Ctx = DatasetRefinementContext;

function duplicates(ctx: Ctx, items: readonly { id: string }[] | undefined, section: string): void {
  if (!items) return;
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: "custom", path: [section, i, "id"], message: `duplicate id in ${section}: each record's id must be unique`, params: { code: "duplicate-id" } });
    }
    seen.add(item.id);
  });
}

/**
 * Checks that ids are unique and that every reference points at a record that exists.
 * Works on any subset of sections, so rule sets that read only part of a dataset share it.
 *
 * @category Vocabulary
 * @example
 * const schema = MissionDatasetShape.pick({ offices: true, personnel: true }).superRefine(checkReferences);
 * schema.safeParse({ personnel: [{ id: "P-1", category: "civilian-staff", gender: "male", officeId: "NOPE", arrivalDate: "2018-01-01" }] }).success; // false
 */
export function checkReferences(data: Record<string, unknown>, ctx: Ctx): void {
  const d = data as Partial<z.infer<typeof MissionDatasetShape>>;
  duplicates(ctx, d.offices, "offices");
  duplicates(ctx, d.personnel, "personnel");
  duplicates(ctx, d.partnerAgreements, "partnerAgreements");
  duplicates(ctx, d.communications, "communications");
  duplicates(ctx, d.allegations, "allegations");
  duplicates(ctx, d.complaintMechanisms, "complaintMechanisms");
  duplicates(ctx, d.serviceProviders, "serviceProviders");
  duplicates(ctx, d.serviceTracking, "serviceTracking");
  const ref = (path: (string | number)[], id: string, known: Set<string> | undefined, what: string) => {
    if (known && !known.has(id)) {
      ctx.addIssue({ code: "custom", path, message: `expected the id of ${/^[aeiou]/.test(what) ? "an" : "a"} ${what} of this dataset`, params: { code: "unknown-reference" } });
    }
  };
  // A subject or victim is named by a ref that is unique within its allegation. A subject ref naming no one
  // there would otherwise be read as it is: an action counted for no subject, a claim counted with another
  // subject's group. (A discretion decision naming no victim of its allegation is a finding of the SGB 4.5
  // conditions rule instead: the decision is a record of its own, judged like the others.)
  const checkSubjectRef = (path: (string | number)[], id: string, known: Set<string>) => {
    if (!known.has(id)) ctx.addIssue({ code: "custom", path, message: "expected the ref of a subject of this allegation", params: { code: "unknown-reference" } });
  };
  const uniqueRefs = (items: readonly { ref: string }[], path: (string | number)[], what: string): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.ref)) ctx.addIssue({ code: "custom", path: [...path, i, "ref"], message: `duplicate ref among the ${what}: each must be unique within the allegation`, params: { code: "duplicate-id" } });
      seen.add(item.ref);
    });
    return seen;
  };
  const offices = d.offices && new Set(d.offices.map((o) => o.id));
  const personnel = d.personnel && new Set(d.personnel.map((p) => p.id));
  const allegations = d.allegations && new Set(d.allegations.map((a) => a.id));
  const channels = d.mission && new Set(d.mission.reportingChannels.map((c) => c.id));
  d.personnel?.forEach((p, i) => ref(["personnel", i, "officeId"], p.officeId, offices, "office"));
  if (d.roster) {
    const r = d.roster;
    if (r.focalPoint) ref(["roster", "focalPoint", "personnelId"], r.focalPoint.personnelId, personnel, "personnel");
    if (r.alternate) ref(["roster", "alternate", "personnelId"], r.alternate.personnelId, personnel, "personnel");
    r.fieldFocalPoints.forEach((f, i) => {
      ref(["roster", "fieldFocalPoints", i, "personnelId"], f.personnelId, personnel, "personnel");
      ref(["roster", "fieldFocalPoints", i, "officeId"], f.officeId, offices, "office");
    });
  }
  d.allegations?.forEach((a, i) => {
    if (a.intake.channelId) ref(["allegations", i, "intake", "channelId"], a.intake.channelId, channels, "reporting channel");
    const subjectRefs = uniqueRefs(a.subjects, ["allegations", i, "subjects"], "subjects");
    uniqueRefs(a.victims, ["allegations", i, "victims"], "victims");
    a.victims.forEach((v, j) => {
      const to = v.marriageToSubject?.subjectRef;
      if (to !== undefined) checkSubjectRef(["allegations", i, "victims", j, "marriageToSubject", "subjectRef"], to, subjectRefs);
    });
    a.actions.forEach((x, j) => {
      if (x.subjectRef !== undefined) checkSubjectRef(["allegations", i, "actions", j, "subjectRef"], x.subjectRef, subjectRefs);
    });
    a.paternityClaims?.forEach((x, j) => {
      if (x.subjectRef !== undefined) checkSubjectRef(["allegations", i, "paternityClaims", j, "subjectRef"], x.subjectRef, subjectRefs);
    });
    a.subjects.forEach((s, j) => {
      if (s.personnelId === undefined) return;
      // A member of a non-UN force is never mission personnel: a personnel id says the record is wrong
      // in one of its two fields, and either would count the subject in the wrong place.
      if (s.category === "non-un-force") {
        ctx.addIssue({
          code: "custom",
          path: ["allegations", i, "subjects", j, "personnelId"],
          message: "a subject of category non-un-force is never mission personnel and carries no personnelId",
          params: { code: "non-un-force-personnel-id" },
        });
        return;
      }
      ref(["allegations", i, "subjects", j, "personnelId"], s.personnelId, personnel, "personnel");
    });
  });
  d.immediateResponseTeam?.members.forEach((m, i) => ref(["immediateResponseTeam", "members", i, "personnelId"], m.personnelId, personnel, "personnel"));
  d.concerns?.forEach((c, i) => {
    ref(["concerns", i, "personnelId"], c.personnelId, personnel, "personnel");
    if (c.allegationId !== undefined) ref(["concerns", i, "allegationId"], c.allegationId, allegations, "allegation");
  });
  const providers = d.serviceProviders && new Set(d.serviceProviders.map((p) => p.id));
  d.serviceTracking?.forEach((t, i) => {
    ref(["serviceTracking", i, "allegationId"], t.allegationId, allegations, "allegation");
    ref(["serviceTracking", i, "providerId"], t.providerId, providers, "service provider");
  });
  const cadences = new Set<string>(kitCadenceIds);
  d.cadenceOccurrences?.forEach((o, i) => {
    if (!cadences.has(o.cadenceId)) {
      ctx.addIssue({ code: "custom", path: ["cadenceOccurrences", i, "cadenceId"], message: "expected the id of one of the kit's cadences (kitCadenceIds)", params: { code: "unknown-cadence" } });
    }
  });
  d.discretionDecisions?.forEach((x, i) => {
    ref(["discretionDecisions", i, "allegationId"], x.allegationId, allegations, "allegation");
    ref(["discretionDecisions", i, "decidedBy"], x.decidedBy, personnel, "personnel");
  });
}

/**
 * A whole mission dataset: the document `psea validate` reads and `evaluate` checks.
 *
 * @category Vocabulary
 * @example
 * MissionDataset.safeParse({}).success; // false: a mission is required
 */
export const MissionDataset = MissionDatasetShape.superRefine(checkReferences);
/**
 * @category Vocabulary
 * @example
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const dataset: MissionDataset = MissionDataset.parse({ mission });
 * dataset.personnel; // []
 */
export type MissionDataset = z.infer<typeof MissionDatasetShape>;
/**
 * The accepted input form, where defaulted sections may be left out. @category Vocabulary
 * @example
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const input: MissionDatasetInput = { mission };
 * MissionDataset.safeParse(input).success; // true
 */
export type MissionDatasetInput = z.input<typeof MissionDatasetShape>;
