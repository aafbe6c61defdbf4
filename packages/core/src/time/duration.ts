import { add } from "date-fns";
import { z } from "zod";
import { parseIsoDate, toIsoDate } from "./iso-date";

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
  .regex(PATTERN, "expected an ISO 8601 calendar duration such as 'P1W', 'P3M' or 'P1Y'")
  .refine((s) => s !== "P", "empty duration");
/** @category Time */
export type IsoDuration = z.infer<typeof IsoDuration>;

/**
 * Splits an ISO duration into date-fns `Duration` parts.
 *
 * @category Time
 * @example
 * durationParts("P1Y2M"); // { years: 1, months: 2, weeks: 0, days: 0 }
 */
export function durationParts(duration: string): { years: number; months: number; weeks: number; days: number } {
  const m = PATTERN.exec(duration);
  if (!m || duration === "P") throw new RangeError(`not an ISO 8601 calendar duration: ${duration}`);
  return { years: Number(m[1] ?? 0), months: Number(m[2] ?? 0), weeks: Number(m[3] ?? 0), days: Number(m[4] ?? 0) };
}

/**
 * Adds `times` periods to an ISO date. Month arithmetic clamps to the month's end, as date-fns does.
 *
 * @category Time
 * @example
 * addDuration("2018-01-31", "P1M"); // "2018-02-28"
 * addDuration("2018-01-01", "P1W", 2); // "2018-01-15"
 */
export function addDuration(date: string, duration: string, times = 1): string {
  const start = parseIsoDate(date);
  if (!start) throw new RangeError(`not an ISO date: ${date}`);
  const p = durationParts(duration);
  return toIsoDate(add(start, { years: p.years * times, months: p.months * times, weeks: p.weeks * times, days: p.days * times }));
}
