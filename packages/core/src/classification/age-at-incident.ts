import type { VictimAge } from "../vocabulary/allegation";

/**
 * A victim's age on the day of the incident, as far as the record shows it: exact years, an
 * estimated range, or unknown. A date of birth never appears here: only the age it gives.
 *
 * @category Classification
 * @example
 * const a: AgeAtIncident = { kind: "estimated", minYears: 16, maxYears: 19, basis: "estimate" };
 */
export type AgeAtIncident =
  | { readonly kind: "known"; readonly years: number; readonly basis: "recorded-age" | "date-of-birth" }
  | { readonly kind: "estimated"; readonly minYears: number; readonly maxYears: number; readonly basis: "estimate" }
  | { readonly kind: "unknown"; readonly basis: "unknown" | "no-incident-date" };

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whole years from a date of birth to a date, to the day, on plain calendar dates (no time zone):
 * the birthday itself counts as the new year. Someone born on 29 February turns a year older on
 * 1 March in a common year. `undefined` when a date is invalid or the day is before the birth.
 *
 * @category Classification
 * @example
 * completedYears("2000-06-15", "2018-06-15"); // 18
 * completedYears("2000-06-15", "2018-06-14"); // 17
 * completedYears("2000-02-29", "2018-02-28"); // 17
 * completedYears("2000-02-29", "2018-03-01"); // 18
 */
export function completedYears(dateOfBirth: string, on: string): number | undefined {
  // Both are `YYYY-MM-DD` (the schema checked them), so string order is calendar order.
  if (!CALENDAR_DATE.test(dateOfBirth) || !CALENDAR_DATE.test(on) || on < dateOfBirth) return undefined;
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return on.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

/**
 * The age a victim was on the incident date, from the recorded age, a date of birth or an estimated
 * range. A date of birth needs the incident date: without it the age at the incident is unknown
 * (`basis: "no-incident-date"`), never the age at the report.
 *
 * @category Classification
 * @example
 * ageAtIncident({ kind: "date-of-birth", dateOfBirth: "2000-06-15" }, "2018-06-14"); // { kind: "known", years: 17, basis: "date-of-birth" }
 * ageAtIncident({ kind: "date-of-birth", dateOfBirth: "2000-06-15" }, undefined); // { kind: "unknown", basis: "no-incident-date" }
 * ageAtIncident({ kind: "estimated", minYears: 16, maxYears: 19 }, undefined); // { kind: "estimated", minYears: 16, maxYears: 19, basis: "estimate" }
 */
export function ageAtIncident(age: VictimAge, incidentDate: string | undefined): AgeAtIncident {
  switch (age.kind) {
    case "known":
      return { kind: "known", years: age.years, basis: "recorded-age" };
    case "estimated":
      return { kind: "estimated", minYears: age.minYears, maxYears: age.maxYears, basis: "estimate" };
    case "date-of-birth": {
      const years = incidentDate === undefined ? undefined : completedYears(age.dateOfBirth, incidentDate);
      return years === undefined ? { kind: "unknown", basis: "no-incident-date" } : { kind: "known", years, basis: "date-of-birth" };
    }
    case "unknown":
      return { kind: "unknown", basis: "unknown" };
  }
}
