/**
 * How a grade compares with a minimum on an ordered grade scale.
 *
 * @category Vocabulary
 */
export type GradeComparison = "meets" | "below" | "not-comparable";

/**
 * Compares a grade with a minimum on a scale (lowest first). A missing grade, or one not on the
 * scale, is `not-comparable`: it never silently meets a minimum.
 *
 * @category Vocabulary
 * @example
 * compareGrade("P-5", "P-4", ["P-3", "P-4", "P-5"]); // "meets"
 * compareGrade("FS-6", "P-4", ["P-3", "P-4", "P-5"]); // "not-comparable"
 */
export function compareGrade(grade: string | undefined, minimum: string, order: readonly string[]): GradeComparison {
  const g = grade === undefined ? -1 : order.indexOf(grade.trim().toUpperCase());
  const m = order.indexOf(minimum);
  if (g < 0 || m < 0) return "not-comparable";
  return g >= m ? "meets" : "below";
}
