import type { VictimAge } from "../vocabulary/allegation";
import { ageAtIncident } from "./age-at-incident";

/**
 * Whether a victim was a child at the time of the incident. `possibly-child` (an estimated range
 * that reaches below the threshold) and `age-unknown` are never treated as adult.
 *
 * @category Classification
 * @example
 * const s: ChildStatus = "possibly-child";
 */
export type ChildStatus = "child" | "possibly-child" | "adult" | "age-unknown";

/**
 * Decides child status from the age on the incident date and the threshold alone. The local age
 * of consent and what the subject believed play no part (SGB 3.2(b)). A date of birth is compared
 * to the day: turning 18 on the incident day is adult, the day before a child. An estimated range
 * entirely under the threshold is a child, entirely at or over it an adult, and one that straddles
 * it is `possibly-child`.
 *
 * @category Classification
 * @example
 * childStatus({ kind: "known", years: 17 }, 18); // "child"
 * childStatus({ kind: "unknown" }, 18); // "age-unknown"
 * childStatus({ kind: "estimated", minYears: 16, maxYears: 19 }, 18); // "possibly-child"
 * childStatus({ kind: "date-of-birth", dateOfBirth: "2000-06-15" }, 18, "2018-06-15"); // "adult"
 * childStatus({ kind: "date-of-birth", dateOfBirth: "2000-06-15" }, 18, "2018-06-14"); // "child"
 */
export function childStatus(age: VictimAge, childAgeThresholdYears: number, incidentDate?: string): ChildStatus {
  const a = ageAtIncident(age, incidentDate);
  switch (a.kind) {
    case "unknown":
      return "age-unknown";
    case "known":
      return a.years < childAgeThresholdYears ? "child" : "adult";
    case "estimated":
      return a.maxYears < childAgeThresholdYears ? "child" : a.minYears >= childAgeThresholdYears ? "adult" : "possibly-child";
  }
}
