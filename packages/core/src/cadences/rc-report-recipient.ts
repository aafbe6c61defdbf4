import { defaultParameterSet, resolveParameter, type ParameterSet } from "../parameters/parameter-set";
import type { ParameterValue } from "../parameters/catalogue";
import type { ParameterUse } from "../parameters/types";
import { normalizeAsOf } from "../time/iso-date";
import { Mission } from "../vocabulary/mission";
import type { PathIssue } from "./issues";

/**
 * The country context that decides where the Resident Coordinator reports (DPKO-RC-f).
 *
 * @category Cadences
 * @example
 * const c: CountryContext = "humanitarian";
 */
export type CountryContext = Mission["context"];

/**
 * The recipient for a context, from an already resolved `rcReportRecipientByContext` value.
 *
 * @category Cadences
 * @example
 * recipientForContext("development", { humanitarian: "IASC Working Group", development: "UN Development Group" }); // "UN Development Group"
 */
export function recipientForContext(context: CountryContext, byContext: ParameterValue<"rcReportRecipientByContext">): string {
  return byContext[context];
}

/**
 * The result of {@link rcReportRecipient}.
 *
 * @category Cadences
 * @example
 * const isOkTrue = (rcReportRecipientResult: RcReportRecipientResult) => rcReportRecipientResult.ok === true;
 */
export type RcReportRecipientResult =
  | { readonly ok: true; readonly recipient: string; readonly use: ParameterUse }
  | { readonly ok: false; readonly issues: readonly PathIssue[] };

/**
 * DPKO-RC-f: who the Resident Coordinator's annual report goes to, derived from the country context
 * through the `rcReportRecipientByContext` parameter in force on `asOf` (the IASC Working Group in a
 * humanitarian context, the UN Development Group in a development one, by default).
 *
 * @category Cadences
 * @example
 * const r = rcReportRecipient("humanitarian", "2019-01-01");
 * r.ok && r.recipient; // "IASC Working Group"
 * rcReportRecipient("peacetime", "2019-01-01").ok; // false
 */
export function rcReportRecipient(context: unknown, asOf: unknown, parameters: ParameterSet = defaultParameterSet): RcReportRecipientResult {
  const issues: PathIssue[] = [];
  const ctx = Mission.shape.context.safeParse(context);
  if (!ctx.success) issues.push({ path: ["context"], code: "invalid_value", message: "expected 'humanitarian' or 'development'" });
  const date = normalizeAsOf(asOf);
  if (!date) issues.push({ path: ["asOf"], code: "invalid-as-of", message: "asOf must be a YYYY-MM-DD date or a valid Date" });
  if (!ctx.success || !date) return { ok: false, issues };
  const r = resolveParameter(parameters, "rcReportRecipientByContext", date);
  if (!r.ok) return { ok: false, issues: [{ path: ["parameters", "rcReportRecipientByContext"], code: r.error.code, message: r.error.message }] };
  return { ok: true, recipient: recipientForContext(ctx.data, r.value), use: r.use };
}
