import { z } from "zod";
import { addDays, addMonths } from "./iso-date";

const PATTERN = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/**
 * A calendar period in ISO 8601 duration form: years, months, weeks and days (`P1W`, `P3M`, `P1Y`).
 *
 * @category Time
 * @example
 * IsoDuration.parse("P2W"); // "P2W"
 * IsoDuration.safeParse("PT1H").success; // false
 */
export const IsoDuration = z
  .string()
  .max(64)
  .regex(PATTERN, "expected an ISO 8601 calendar duration such as 'P1W', 'P3M' or 'P1Y'")
  .refine((s) => s !== "P", "empty duration");
/**
 * @category Time
 * @example
 * const window: IsoDuration = "P3M";
 * IsoDuration.safeParse(window).success; // true
 */
export type IsoDuration = z.infer<typeof IsoDuration>;

/**
 * Splits an ISO duration into date-fns `Duration` parts.
 *
 * @category Time
 * @example
 * durationParts("P1Y2M"); // { years: 1, months: 2, weeks: 0, days: 0 }
 */
export function durationParts(duration: string): { years: number; months: number; weeks: number; days: number } {
  const m = typeof duration === "string" ? PATTERN.exec(duration) : null;
  if (!m || duration === "P") throw new RangeError("not an ISO 8601 calendar duration");
  return { years: Number(m[1] ?? 0), months: Number(m[2] ?? 0), weeks: Number(m[3] ?? 0), days: Number(m[4] ?? 0) };
}

/**
 * Adds `times` periods to an ISO date, in calendar days whatever the host's time zone: years and
 * months first (a day the month does not have is clamped to its end, as date-fns does), then weeks
 * and days. A RangeError for a malformed date or period, or a result outside 0001-01-01 to 9999-12-31.
 *
 * @category Time
 * @example
 * addDuration("2018-01-31", "P1M"); // "2018-02-28"
 * addDuration("2018-01-01", "P1W", 2); // "2018-01-15"
 */
export function addDuration(date: string, duration: string, times = 1): string {
  const p = durationParts(duration);
  const months = (p.years * 12 + p.months) * times;
  const days = (p.weeks * 7 + p.days) * times;
  // Beyond ±10,000 years every result is out of range: say so before the arithmetic loses precision.
  if (Math.abs(months) > 120_000 || Math.abs(days) > 3_660_000) throw new RangeError("the date is outside 0001-01-01 to 9999-12-31");
  return addDays(months === 0 ? date : addMonths(date, months), days);
}
