import { allegationStage, deadlineKinds, ServiceKind, ServiceProvider } from "@psea/cases";
import { AllegationNature, AllegationType, checkReferences, IsoDate, MissionDatasetShape, RecordId, type InputIssue } from "@psea/core";
import { StatusUpdate } from "@psea/core/action-plan";
import { RiskDatasetShape } from "@psea/risk";
import { z } from "zod";
import { issuesFromZod } from "./issues";

/**
 * The stages of the allegation workflow a case can stand in, as `@psea/cases` names them.
 *
 * @category Report builders
 * @example
 * caseStages[0]; // "intake"
 */
export const caseStages = [
  "intake",
  "preliminaryAssessment",
  "evidencePreservation",
  "referral",
  "investigation",
  "reportReview",
  "accountability",
  "closed",
] as const;
/**
 * A stage of {@link caseStages}, or `unknown` for a state the kit does not know. @category Report builders
 * @example
 * const caseStage: CaseStage = "intake";
 */
export type CaseStage = (typeof caseStages)[number] | "unknown";

/** Only the fields a report reads; everything else of a case context is dropped at the door. */
const CaseRecordContext = z.object({
  caseId: RecordId,
  // The preliminary assessments' classifications: kind, nature and type only (victims' refs and the
  // basis are dropped at the door).
  assessments: z
    .array(
      z.object({
        completedOn: IsoDate,
        classification: z.object({
          kind: z.enum(["classified", "discouraged-relationship", "undetermined"]),
          nature: AllegationNature.optional(),
          type: AllegationType.optional(),
        }),
      }),
    )
    .default([]),
  receivedOn: IsoDate,
  closedOn: IsoDate.nullable().optional(),
  deadlines: z
    .array(
      z.object({
        id: RecordId,
        kind: z.enum(deadlineKinds),
        startedOn: IsoDate,
        dueOn: IsoDate,
        resolution: z.object({ on: IsoDate }).optional(),
      }),
    )
    .default([]),
  assistance: z
    .object({
      needsAssessments: z.array(z.object({ on: IsoDate, needs: z.array(ServiceKind).default([]) })).default([]),
      referrals: z
        .array(
          z.object({
            id: RecordId,
            service: ServiceKind,
            providerId: RecordId,
            on: IsoDate,
            status: z.enum(["pending", "accepted", "rejected", "completed"]),
            statusOn: IsoDate,
          }),
        )
        .default([]),
    })
    .default({ needsAssessments: [], referrals: [] }),
  serviceMap: z.array(ServiceProvider).default([]),
});

/**
 * A case of `@psea/cases` as a report reads it: the machine's state value and the context fields the
 * case reports need (`{ value, context }`, as `openCase` and `applyEvent` return it).
 *
 * @category Report builders
 * @example
 * CaseRecord.parse({ value: { allegation: "intake" }, context: { caseId: "C-1", receivedOn: "2019-01-02" } }).stage; // "intake"
 */
export const CaseRecord = z
  .object({ value: z.unknown(), context: CaseRecordContext })
  .transform(({ value, context }) => {
    // The state value is read only to pick one of the known stage names, never copied.
    const parent = allegationStage(value)?.split(".")[0];
    const stage: CaseStage = (caseStages as readonly string[]).includes(parent ?? "") ? (parent as CaseStage) : "unknown";
    return { stage, ...context };
  });
/**
 * @category Report builders
 * @example
 * const caseIdOf = (caseRecord: CaseRecord) => caseRecord.caseId;
 */
export type CaseRecord = z.output<typeof CaseRecord>;

/**
 * The document the report builders read: a mission dataset (`@psea/core`, whose `serviceProviders`
 * is the mission's service map of victim assistance, AP-E5 (i)), its risk sections (`@psea/risk`),
 * and two optional sections of its own: `actionPlanStatus` (the monthly status updates of the action
 * plan) and `cases` (case records of `@psea/cases`).
 *
 * @category Report builders
 * @example
 * ReportDataset.safeParse({}).success; // false: a mission is required
 */
export const ReportDataset = MissionDatasetShape.extend({
  ...RiskDatasetShape.shape,
  actionPlanStatus: z.array(StatusUpdate).default([]),
  cases: z.array(CaseRecord).default([]),
}).superRefine(checkReferences);
/**
 * @category Report builders
 * @example
 * const schemaVersionOf = (reportDataset: ReportDataset) => reportDataset.schemaVersion;
 */
export type ReportDataset = z.output<typeof ReportDataset>;
/**
 * The accepted input form of {@link ReportDataset}. @category Report builders
 * @example
 * const missionOf = (reportDatasetInput: ReportDatasetInput) => reportDatasetInput.mission;
 */
export type ReportDatasetInput = z.input<typeof ReportDataset>;

/**
 * Parses a report dataset once, at the door: the typed dataset, or every issue with its path and code
 * (messages never echo a received value).
 *
 * @category Report builders
 * @example
 * const r = parseReportDataset({ mission: { id: "M" } });
 * r.ok; // false
 * !r.ok && r.issues[0]?.path; // ["mission", "name"]
 */
export function parseReportDataset(input: unknown): { ok: true; value: ReportDataset } | { ok: false; issues: InputIssue[] } {
  try {
    const r = ReportDataset.safeParse(input);
    return r.success ? { ok: true, value: r.data } : { ok: false, issues: issuesFromZod(r.error) };
  } catch {
    // zod does not throw on data; this keeps the promise if a getter or proxy in the input does.
    return { ok: false, issues: [{ path: [], code: "unreadable-input", message: "the input could not be read" }] };
  }
}
