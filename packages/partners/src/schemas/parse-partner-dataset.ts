import { inputIssuesFromZod, PartnerAgreement, type InputIssue } from "@psea/core";
import { z } from "zod";
import { PartnerAssessments, type PartnerAssessment } from "./partner-assessment";

/**
 * The partner sections of a dataset, parsed: the agreements (core vocabulary) and the assessments.
 *
 * @category Dataset
 * @example
 * const d: PartnerDataset = { partnerAgreements: [], partnerAssessments: [] };
 * d.partnerAssessments.length; // 0
 */
export interface PartnerDataset {
  readonly partnerAgreements: readonly PartnerAgreement[];
  readonly partnerAssessments: readonly PartnerAssessment[];
}

/**
 * The result of {@link parsePartnerDataset}.
 *
 * @category Dataset
 * @example
 * const r: PartnerDatasetResult = parsePartnerDataset({});
 * r.ok; // true
 */
export type PartnerDatasetResult = { readonly ok: true; readonly value: PartnerDataset } | { readonly ok: false; readonly issues: readonly InputIssue[] };

const Document = z
  .object({
    // Absent means the document does not carry the agreements: references to them are not checked.
    partnerAgreements: z.array(PartnerAgreement).optional(),
    partnerAssessments: PartnerAssessments.default([]),
  })
  .superRefine((d, ctx) => {
    if (d.partnerAgreements === undefined) return;
    const agreements = new Set(d.partnerAgreements.map((a) => a.id));
    d.partnerAssessments.forEach((a, i) =>
      a.agreementIds.forEach((id, j) => {
        if (!agreements.has(id)) ctx.addIssue({ code: "custom", path: ["partnerAssessments", i, "agreementIds", j], message: "unknown partner agreement", params: { code: "unknown-reference" } });
      }),
    );
  });

/**
 * Turns zod's issues into the kit's typed issues: path, code (zod's, or `duplicate-id`,
 * `unknown-reference`, `required`) and a message that never quotes the input.
 *
 * @category Dataset
 * @example
 * const r = PartnerAssessments.safeParse([{ id: "A", partnerId: "P", status: "draft", secret: "x" }]);
 * !r.success && issuesOf(r.error); // [{ path: [0], code: "unrecognized_keys", message: "an unexpected field: only the documented fields are accepted here" }]
 */
export function issuesOf(error: z.ZodError, prefix: readonly (string | number)[] = []): InputIssue[] {
  return inputIssuesFromZod(error, prefix);
}

/**
 * Parses the partner sections of a mission dataset (anything: other sections are left to the core)
 * and checks what the engine's parse does not: when the document carries its agreements, every
 * agreement an assessment names is one of them. Issues
 * come back with a path and a code and never quote a value. Never throws, never mutates `input`.
 *
 * @category Dataset
 * @example
 * const r = parsePartnerDataset({ partnerAgreements: [], partnerAssessments: [{ id: "PCA-1", partnerId: "IP-1", status: "draft", agreementIds: ["PA-9"] }] });
 * !r.ok && r.issues; // [{ path: ["partnerAssessments", 0, "agreementIds", 0], code: "unknown-reference", message: "unknown partner agreement" }]
 * parsePartnerDataset("not a dataset").ok; // false
 */
export function parsePartnerDataset(input: unknown): PartnerDatasetResult {
  try {
    const parsed = Document.safeParse(input);
    if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
    return { ok: true, value: { partnerAgreements: parsed.data.partnerAgreements ?? [], partnerAssessments: parsed.data.partnerAssessments } };
  } catch {
    // zod does not throw on data; a host object with a throwing getter is the one way in.
    return { ok: false, issues: [{ path: [], code: "unreadable-input", message: "the input could not be read" }] };
  }
}
