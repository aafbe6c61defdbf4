import { format, isValid, parseISO } from "date-fns";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses a `YYYY-MM-DD` date to a Date at local midnight, or `undefined` if it is not a real date.
 *
 * @category Time
 * @example
 * parseIsoDate("2018-02-30"); // undefined
 * parseIsoDate("2018-02-28")?.getDate(); // 28
 */
export function parseIsoDate(value: string): Date | undefined {
  if (!ISO_DATE.test(value)) return undefined;
  const d = parseISO(value);
  return isValid(d) && format(d, "yyyy-MM-dd") === value ? d : undefined;
}

/**
 * Formats a Date as `YYYY-MM-DD` in local time.
 *
 * @category Time
 * @example
 * toIsoDate(new Date(2018, 0, 31)); // "2018-01-31"
 */
export function toIsoDate(date: Date): string {
  return format(date, "yyyy-MM-dd");
}

/**
 * Normalises an `asOf` given as a Date or an ISO date string; `undefined` when invalid.
 *
 * @category Time
 * @example
 * normalizeAsOf("2019-06-30"); // "2019-06-30"
 * normalizeAsOf("yesterday"); // undefined
 */
export function normalizeAsOf(asOf: unknown): string | undefined {
  if (asOf instanceof Date) return isValid(asOf) ? toIsoDate(asOf) : undefined;
  if (typeof asOf === "string") return parseIsoDate(asOf) ? asOf : undefined;
  return undefined;
}
