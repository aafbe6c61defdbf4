import { z } from "zod";
import { inputIssuesFromZod } from "../engine/input-issues";
import { IsoDate } from "../vocabulary/common";
import { defaultParameters, type ParameterId, type ParameterValue } from "./catalogue";
import { sourceDocuments, type Citation } from "./citation";
import type { DatedValue, ParameterConflict, ParameterUse } from "./types";

/**
 * The parameters in force for an evaluation: the defaults and a host's overlay on top of them.
 *
 * @category Parameters
 * @example
 * const set: ParameterSet = defaultParameterSet;
 * resolveParameter(set, "inductionWindow", "2019-01-01").ok; // true
 */
export interface ParameterSet {
  readonly overlay: Readonly<Partial<Record<ParameterId, readonly DatedValue<unknown>[]>>>;
}

/**
 * Why a parameter could not be given.
 *
 * @category Parameters
 * @example
 * const isParameterNotInForce = (parameterError: ParameterError) => parameterError.code === "parameter-not-in-force";
 */
export type ParameterError =
  | { readonly code: "parameter-not-in-force"; readonly parameterId: string; readonly asOf: string; readonly message: string }
  | { readonly code: "unknown-parameter"; readonly parameterId: string; readonly message: string };

/**
 * A problem in a host's overlay, with the path of the offending value.
 *
 * @category Parameters
 * @example
 * const codeOf = (overlayIssue: OverlayIssue) => overlayIssue.code;
 */
export interface OverlayIssue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

// Strict: an overlay is stored with a case and written to its event log, so nothing rides along.
const CitationSchema = z.strictObject({
  document: z.enum(Object.keys(sourceDocuments) as [keyof typeof sourceDocuments, ...(keyof typeof sourceDocuments)[]]),
  clause: z.string().min(1),
  verify: z.literal(true).optional(),
});

const DatedValueShape = z.strictObject({
  value: z.unknown(),
  effectiveFrom: IsoDate,
  effectiveTo: IsoDate.optional(),
  citation: CitationSchema,
  note: z.string().optional(),
});

function inForce(v: { effectiveFrom: string; effectiveTo?: string | undefined }, asOf: string): boolean {
  return v.effectiveFrom <= asOf && (v.effectiveTo === undefined || asOf < v.effectiveTo);
}

function overlaps(a: { effectiveFrom: string; effectiveTo?: string | undefined }, b: typeof a): boolean {
  // An end date is exclusive, and an open end runs through 9999-12-31 itself: no date stands in for it.
  return (b.effectiveTo === undefined || a.effectiveFrom < b.effectiveTo) && (a.effectiveTo === undefined || b.effectiveFrom < a.effectiveTo);
}

/**
 * Builds a parameter set from a host's overlay (`unknown`, validated). Overlay values win over
 * defaults on the dates they cover; two overlay values for the same dates are rejected, never ordered.
 *
 * @category Parameters
 * @example
 * const r = createParameterSet({
 *   newsletterPeriod: [{ value: "P1M", effectiveFrom: "2019-01-01",
 *     citation: { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 1, expected result (vi)" } }],
 * });
 * r.ok && resolveParameter(r.value, "newsletterPeriod", "2019-03-01"); // { ok: true, value: "P1M", … }
 */
export function createParameterSet(
  overlay: unknown = {},
): { ok: true; value: ParameterSet } | { ok: false; issues: OverlayIssue[] } {
  const issues: OverlayIssue[] = [];
  if (typeof overlay !== "object" || overlay === null || Array.isArray(overlay)) {
    return { ok: false, issues: [{ path: [], code: "invalid-type", message: "expected an object of parameter id to dated values" }] };
  }
  const out: Partial<Record<ParameterId, DatedValue<unknown>[]>> = {};
  for (const [id, raw] of Object.entries(overlay)) {
    if (!Object.hasOwn(defaultParameters, id)) {
      issues.push({ path: [id], code: "unknown-parameter", message: "expected the id of a parameter of the catalogue" });
      continue;
    }
    const def = defaultParameters[id as ParameterId];
    const parsed = z.array(DatedValueShape).min(1).safeParse(raw);
    if (!parsed.success) {
      issues.push(...inputIssuesFromZod(parsed.error, [id]));
      continue;
    }
    const values: DatedValue<unknown>[] = [];
    parsed.data.forEach((v, index) => {
      const value = (def.schema as z.ZodType).safeParse(v.value);
      if (!value.success) {
        issues.push(...inputIssuesFromZod(value.error, [id, index, "value"]));
        return;
      }
      if (v.effectiveTo !== undefined && v.effectiveTo <= v.effectiveFrom) {
        issues.push({ path: [id, index, "effectiveTo"], code: "empty-interval", message: "effectiveTo must be after effectiveFrom" });
        return;
      }
      const clash = values.findIndex((w) => overlaps(w, v));
      if (clash >= 0) {
        issues.push({ path: [id, index], code: "overlapping-values", message: `overlaps value ${clash}: two values for the same dates are ambiguous` });
        return;
      }
      const citation: Citation = v.citation.verify ? { document: v.citation.document, clause: v.citation.clause, verify: true } : { document: v.citation.document, clause: v.citation.clause };
      values.push({
        value: value.data,
        effectiveFrom: v.effectiveFrom,
        ...(v.effectiveTo !== undefined ? { effectiveTo: v.effectiveTo } : {}),
        citation,
        ...(v.note !== undefined ? { note: v.note } : {}),
      });
    });
    out[id as ParameterId] = values;
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { overlay: out } };
}

/**
 * The defaults alone.
 *
 * @category Parameters
 * @example
 * resolveParameter(defaultParameterSet, "focalPointMinimumGrade", "2018-06-01"); // { ok: true, value: "P-4", … }
 */
export const defaultParameterSet: ParameterSet = { overlay: {} };

/**
 * The value of a parameter in force on a date, with where it came from; an error when none is.
 *
 * @category Parameters
 * @example
 * const r = resolveParameter(defaultParameterSet, "childAgeThresholdYears", "2019-01-01");
 * r.ok && r.value; // 18
 * resolveParameter(defaultParameterSet, "childAgeThresholdYears", "1999-01-01").ok; // false
 */
export function resolveParameter<K extends ParameterId>(
  set: ParameterSet,
  id: K,
  asOf: string,
): { ok: true; value: ParameterValue<K>; use: ParameterUse } | { ok: false; error: ParameterError } {
  const def = defaultParameters[id] as { values: readonly DatedValue<unknown>[] } | undefined;
  if (!def) return { ok: false, error: { code: "unknown-parameter", parameterId: id, message: `no parameter named '${id}'` } };
  const fromOverlay = set.overlay[id]?.find((v) => inForce(v, asOf));
  const found = fromOverlay ?? def.values.find((v) => inForce(v, asOf));
  if (!found) {
    return {
      ok: false,
      error: { code: "parameter-not-in-force", parameterId: id, asOf, message: `no value of '${id}' is in force on ${asOf}` },
    };
  }
  const use: ParameterUse = {
    id,
    value: found.value,
    effectiveFrom: found.effectiveFrom,
    ...(found.effectiveTo !== undefined ? { effectiveTo: found.effectiveTo } : {}),
    citation: found.citation,
    layer: fromOverlay ? "overlay" : "default",
  };
  return { ok: true, value: found.value as ParameterValue<K>, use };
}

/**
 * Every value a source states for a parameter that differs from the one encoded, for docs and reports.
 *
 * @category Parameters
 * @example
 * listParameterConflicts().map((c) => c.parameterId).includes("newsletterPeriod"); // true
 */
export function listParameterConflicts(): { parameterId: ParameterId; encoded: readonly DatedValue<unknown>[]; conflicts: readonly ParameterConflict[] }[] {
  return (Object.keys(defaultParameters) as ParameterId[]).flatMap((parameterId) => {
    const def = defaultParameters[parameterId] as { values: readonly DatedValue<unknown>[]; conflicts?: readonly ParameterConflict[] };
    return def.conflicts?.length ? [{ parameterId, encoded: def.values, conflicts: def.conflicts }] : [];
  });
}
