/**
 * How a grade compares with a minimum on an ordered grade scale.
 *
 * @category Vocabulary
 * @example
 * const c: GradeComparison = "not-comparable";
 */
export type GradeComparison = "meets" | "below" | "not-comparable";

/**
 * A grade as the kit compares it: upper case, without spaces or dots, with a hyphen between a
 * grade's letters and its level and no leading zero (`P4`, `p-04` and `P 4` are `P-4`; `NOD` is
 * `NO-D`; `Lt. Col.` is `LTCOL`). Spellings vary between systems; the grade does not.
 *
 * @category Vocabulary
 * @example
 * normalizeGrade("p4"); // "P-4"
 * normalizeGrade("D1"); // "D-1"
 * normalizeGrade("FS-06"); // "FS-6"
 * normalizeGrade("NOD"); // "NO-D"
 * normalizeGrade("Lt. Col."); // "LTCOL"
 */
export function normalizeGrade(grade: string): string {
  const s = grade.toUpperCase().replace(/[\s.]/g, "");
  const level = /^(P|D|FS|GS|G|NO|L|SB|SM)-?0*(\d{1,2})$/.exec(s);
  if (level) return `${level[1]}-${level[2]}`;
  const national = /^NO-?([A-E])$/.exec(s);
  if (national) return `NO-${national[1]}`;
  return s.replace(/-/g, "");
}

/**
 * Where a grade stands on a scale: the grade itself when it is on the scale, else its equivalent
 * from `equivalents` (keys and values normalised), else `undefined`.
 *
 * @category Vocabulary
 * @example
 * gradeOnScale("fs7", ["P-3", "P-4"], { "FS-7": "P-4" }); // { grade: "FS-7", scaleGrade: "P-4", via: "equivalence" }
 * gradeOnScale("GS-7", ["P-3", "P-4"], {}); // { grade: "GS-7", scaleGrade: undefined, via: undefined }
 */
export function gradeOnScale(
  grade: string,
  order: readonly string[],
  equivalents: Readonly<Record<string, string>>,
): { grade: string; scaleGrade: string | undefined; via: "scale" | "equivalence" | undefined } {
  const g = normalizeGrade(grade);
  const scale = order.map(normalizeGrade);
  if (scale.includes(g)) return { grade: g, scaleGrade: g, via: "scale" };
  for (const [from, to] of Object.entries(equivalents)) {
    if (normalizeGrade(from) === g && scale.includes(normalizeGrade(to))) return { grade: g, scaleGrade: normalizeGrade(to), via: "equivalence" };
  }
  return { grade: g, scaleGrade: undefined, via: undefined };
}

/**
 * Compares a grade with a minimum on a scale (lowest first), after normalising both and mapping a
 * grade off the scale through `equivalents`. A missing grade, or one with no place on the scale, is
 * `not-comparable`: it never silently meets a minimum. A minimum that is not on the scale is a
 * parameter inconsistency the caller must report, never a pass; here it is `not-comparable`.
 *
 * @category Vocabulary
 * @example
 * compareGrade("P-5", "P-4", ["P-3", "P-4", "P-5"]); // "meets"
 * compareGrade("p4", "P-4", ["P-3", "P-4", "P-5"]); // "meets"
 * compareGrade("FS-6", "P-4", ["P-3", "P-4", "P-5"]); // "not-comparable"
 * compareGrade("FS-6", "P-4", ["P-3", "P-4", "P-5"], { "FS-6": "P-3" }); // "below"
 */
export function compareGrade(
  grade: string | undefined,
  minimum: string,
  order: readonly string[],
  equivalents: Readonly<Record<string, string>> = {},
): GradeComparison {
  const scale = order.map(normalizeGrade);
  const m = scale.indexOf(normalizeGrade(minimum));
  const placed = grade === undefined ? undefined : gradeOnScale(grade, order, equivalents).scaleGrade;
  const g = placed === undefined ? -1 : scale.indexOf(placed);
  if (g < 0 || m < 0) return "not-comparable";
  return g >= m ? "meets" : "below";
}
