import type { VictimAge } from "../vocabulary/allegation";

/**
 * Whether a victim was a child at the time of the incident. `age-unknown` is never treated as adult.
 *
 * @category Classification
 */
export type ChildStatus = "child" | "adult" | "age-unknown";

/**
 * Decides child status from the age at the incident and the threshold alone. The local age of
 * consent and what the subject believed play no part (SGB 3.2(b)).
 *
 * @category Classification
 * @example
 * childStatus({ kind: "known", years: 17 }, 18); // "child"
 * childStatus({ kind: "unknown" }, 18); // "age-unknown"
 */
export function childStatus(age: VictimAge, childAgeThresholdYears: number): ChildStatus {
  if (age.kind === "unknown") return "age-unknown";
  return age.years < childAgeThresholdYears ? "child" : "adult";
}
