import { inputIssuesFromZod, type InputIssue } from "@psea/core";
import { z } from "zod";
import { RiskDatasetShape, type RiskDataset } from "./schemas/risk-dataset";

/**
 * The result of {@link parseRiskDataset}: the parsed risk sections, or every issue with its path
 * and code (zod's issue code, `duplicate-id` or `unknown-reference`).
 *
 * @category Risk dataset
 * @example
 * const r: RiskDatasetResult = parseRiskDataset({});
 * r.ok; // true
 */
export type RiskDatasetResult = { readonly ok: true; readonly value: RiskDataset } | { readonly ok: false; readonly issues: readonly InputIssue[] };

type Ctx = z.core.$RefinementCtx<RiskDataset & { offices?: readonly { id: string }[] | undefined }>;

function issue(ctx: Ctx, path: (string | number)[], code: "duplicate-id" | "unknown-reference", message: string): void {
  ctx.addIssue({ code: "custom", path, message, params: { code } });
}

function duplicates(ctx: Ctx, items: readonly { id: string }[], path: (string | number)[], what: string): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) issue(ctx, [...path, i, "id"], "duplicate-id", `duplicate id in ${what}: each record's id must be unique`);
    seen.add(item.id);
  });
}

/**
 * The checks {@link parseRiskDataset} makes after the risk sections parse: unique ids, and references
 * to known camps (and to known offices when `offices` is given), reported through a zod refinement
 * context. For a composed schema that parses the core and risk sections in one pass.
 *
 * @category Risk dataset
 * @example
 * const schema = RiskDatasetShape.superRefine(checkRiskReferences);
 * schema.safeParse({ campAssessments: [{ id: "CRA-1", campId: "CAMP-9", assessedOn: "2018-03-10" }] }).success; // false
 */
export function checkRiskReferences(d: RiskDataset & { offices?: readonly { id: string }[] | undefined }, ctx: Ctx): void {
  duplicates(ctx, d.riskRegister, ["riskRegister"], "riskRegister");
  duplicates(ctx, d.camps, ["camps"], "camps");
  duplicates(ctx, d.campAssessments, ["campAssessments"], "campAssessments");
  duplicates(ctx, d.jointPatrols, ["jointPatrols"], "jointPatrols");
  if (d.offLimitsList) duplicates(ctx, d.offLimitsList.places, ["offLimitsList", "places"], "the off-limits list");
  // Mitigations are findings' subjects, so their ids are unique across the whole register.
  const mitigations = new Set<string>();
  d.riskRegister.forEach((r, i) =>
    r.mitigations.forEach((m, j) => {
      if (mitigations.has(m.id)) issue(ctx, ["riskRegister", i, "mitigations", j, "id"], "duplicate-id", "duplicate mitigation id in riskRegister: each mitigation's id must be unique");
      mitigations.add(m.id);
    }),
  );
  const camps = new Set(d.camps.map((c) => c.id));
  d.campAssessments.forEach((a, i) => {
    if (!camps.has(a.campId)) issue(ctx, ["campAssessments", i, "campId"], "unknown-reference", "expected the id of a camp of this dataset");
  });
  d.riskRegister.forEach((r, i) => {
    if (r.campId !== undefined && !camps.has(r.campId)) issue(ctx, ["riskRegister", i, "campId"], "unknown-reference", "expected the id of a camp of this dataset");
  });
  d.jointPatrols.forEach((p, i) =>
    p.campIds?.forEach((id, j) => {
      if (!camps.has(id)) issue(ctx, ["jointPatrols", i, "campIds", j], "unknown-reference", "the patrol names an unknown camp");
    }),
  );
  // Offices are checked only when the document carries them; owners are not: an owner who is not
  // mission personnel is what the ownership rule reports, not a malformed document.
  if (!d.offices) return;
  const offices = new Set(d.offices.map((o) => o.id));
  d.camps.forEach((c, i) => {
    if (!offices.has(c.officeId)) issue(ctx, ["camps", i, "officeId"], "unknown-reference", "expected the id of an office of this dataset");
  });
  d.riskRegister.forEach((r, i) => {
    if (r.officeId !== undefined && !offices.has(r.officeId)) issue(ctx, ["riskRegister", i, "officeId"], "unknown-reference", "expected the id of an office of this dataset");
  });
}

// Office records are the core's to validate; only their ids are read here, and a malformed list is skipped.
const RiskDocument = RiskDatasetShape.extend({ offices: z.array(z.object({ id: z.string() })).optional().catch(undefined) }).superRefine(checkRiskReferences);

/**
 * Parses the risk sections of a mission dataset (anything: other sections are left to the core)
 * and checks what the engine's parse does not: unique ids in every risk section, assessments and
 * register entries naming known camps, and, when the document has offices, camps and entries
 * naming known offices. Never throws and never mutates `input`.
 *
 * @category Risk dataset
 * @example
 * const r = parseRiskDataset({ camps: [], campAssessments: [{ id: "CRA-1", campId: "CAMP-9", assessedOn: "2018-03-10" }] });
 * !r.ok && r.issues; // [{ path: ["campAssessments", 0, "campId"], code: "unknown-reference", message: "expected the id of a camp of this dataset" }]
 */
export function parseRiskDataset(input: unknown): RiskDatasetResult {
  const parsed = RiskDocument.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: inputIssuesFromZod(parsed.error),
    };
  }
  const { offices: _offices, ...value } = parsed.data;
  return { ok: true, value };
}
