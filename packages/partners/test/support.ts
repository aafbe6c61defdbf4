import type { PartnerAgreement } from "@psea/core";
import { expect } from "vitest";
import { applyAssessmentEvents, openAssessment, type AssessmentState, type PartnerAssessmentInput } from "../src";

export const STANDARD_IDS = ["policy", "management-and-hr", "training", "reporting", "assistance-and-referrals", "investigations"] as const;

/** Scores for the six default standards, in order. */
export function scores(...values: number[]): { standardId: string; score: number }[] {
  return values.map((score, i) => ({ standardId: STANDARD_IDS[i]!, score }));
}

export const OPENING = { id: "PCA-1", partnerId: "IP-1", agreementIds: ["PA-1"], createdOn: "2018-01-02" } as const;

export function opened(input: object = OPENING): AssessmentState {
  const r = openAssessment(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.state;
}

/** Events that rate every standard with the given scores, dated `at`. */
export function ratingEvents(values: number[], at = "2018-01-10") {
  return values.map((score, i) => ({ type: "STANDARD_RATED", at, standardId: STANDARD_IDS[i]!, score, evidence: [] }));
}

const path = {
  draft: [],
  assigned: [{ type: "ASSIGNED", at: "2018-01-03", assessor: "Partnership officer" }],
  "in-progress": [{ type: "STARTED", at: "2018-01-04" }],
  submitted: [...ratingEvents([3, 3, 2, 2, 3, 1]), { type: "SUBMITTED", at: "2018-01-15" }],
  rejected: [{ type: "REJECTED", at: "2018-01-16", comment: "attach the training records" }],
  final: [{ type: "SUBMITTED", at: "2018-01-18" }, { type: "FINALIZED", at: "2018-01-20" }],
} as const;
const order = ["draft", "assigned", "in-progress", "submitted", "rejected", "final"] as const;

/** The assessment taken along the main path to a stage (final goes through one rejection). */
export function at(stage: (typeof order)[number] | "cancelled"): AssessmentState {
  if (stage === "cancelled") return applied(opened(), [{ type: "CANCELLED", at: "2018-01-03" }]);
  const events = order.slice(0, order.indexOf(stage) + 1).flatMap((s) => [...path[s]]);
  return applied(opened(), events);
}

export function applied(state: AssessmentState, events: readonly unknown[]): AssessmentState {
  const r = applyAssessmentEvents(state, events);
  if (!r.ok) throw new Error(`${r.index}: ${JSON.stringify(r.reason)}`);
  return r.state;
}

export function agreement(p: Partial<PartnerAgreement> & { id: string }): PartnerAgreement {
  return { partnerName: `Partner of ${p.id}`, partnerKind: "ngo", startDate: "2018-03-01", informedOfStandardsOn: "2018-01-10", writtenUndertakingOn: "2018-02-01", failures: [], ...p };
}

/** A final assessment of IP-1 covering PA-1, rated moderate (13), undertaking on evidence, before the start. */
export function finalAssessment(p: Partial<PartnerAssessmentInput> = {}): PartnerAssessmentInput {
  return {
    id: "PCA-1",
    partnerId: "IP-1",
    agreementIds: ["PA-1"],
    status: "final",
    createdOn: "2018-01-02",
    finalizedOn: "2018-02-15",
    ratings: [
      { standardId: "policy", score: 3, evidence: [{ kind: "policy-document", reference: "DOC-1" }, { kind: "written-undertaking", reference: "DOC-2", on: "2018-02-01" }] },
      ...scores(3, 2, 2, 2, 1, 3).slice(1),
    ],
    plan: {
      adoptedOn: "2018-02-15",
      actionPoints: [
        { id: "AP-1", standardId: "training", description: "Train all staff", owner: "HR lead", dueDate: "2018-09-30" },
        { id: "AP-2", standardId: "reporting", description: "Community reporting channel", owner: "Director", dueDate: "2018-09-30" },
        { id: "AP-3", standardId: "assistance-and-referrals", description: "Referral pathway", owner: "Director", dueDate: "2018-09-30" },
        { id: "AP-4", standardId: "management-and-hr", description: "Vetting procedure", owner: "HR lead", dueDate: "2018-09-30" },
      ],
    },
    ...p,
  };
}

/** A dataset where every partner rule passes on 2018-06-30; tests change one thing. */
export function compliantDataset() {
  return { partnerAgreements: [agreement({ id: "PA-1" })], partnerAssessments: [finalAssessment()] };
}

export function ok<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) expect.fail(JSON.stringify(r));
  return r as Extract<T, { ok: true }>;
}
