// Calendar dates as plain day counts (the proleptic Gregorian calendar), never through a Date in
// the host's time zone: a local midnight does not exist on some days in some zones (Pacific/Apia
// skipped 30 December 2011), and a Date read in local time gives a different day in New York than
// in Bangui. A `Date` given to the kit is read in UTC.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The earliest date the kit reads: years are four digits from 0001, so that comparing two dates
 * as `YYYY-MM-DD` strings compares them as dates.
 *
 * @category Time
 * @example
 * MIN_ISO_DATE; // "0001-01-01"
 */
export const MIN_ISO_DATE = "0001-01-01";

/**
 * The latest date the kit reads or computes: a date past it has no `YYYY-MM-DD` form.
 *
 * @category Time
 * @example
 * MAX_ISO_DATE; // "9999-12-31"
 */
export const MAX_ISO_DATE = "9999-12-31";

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Days since 1970-01-01 of a civil date, and back (H. Hinnant's algorithms): exact integer arithmetic.
function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function civilFromDay(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const MIN_DAY = dayFromCivil(1, 1, 1);
const MAX_DAY = dayFromCivil(9999, 12, 31);

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function format(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The parts of a `YYYY-MM-DD` date from 0001-01-01 to 9999-12-31, or `undefined` if it is not one.
 *
 * @category Time
 * @example
 * isoDateParts("2016-02-29"); // { year: 2016, month: 2, day: 29 }
 * isoDateParts("0000-01-01"); // undefined
 */
export function isoDateParts(value: unknown): { year: number; month: number; day: number } | undefined {
  if (typeof value !== "string") return undefined;
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/**
 * Whether a value is a `YYYY-MM-DD` date from 0001-01-01 to 9999-12-31.
 *
 * @category Time
 * @example
 * isIsoDate("2018-02-29"); // false
 * isIsoDate("2018-02-28"); // true
 */
export function isIsoDate(value: unknown): value is string {
  return isoDateParts(value) !== undefined;
}

/**
 * Parses a `YYYY-MM-DD` date to a Date at midnight UTC, or `undefined` if it is not a real date
 * from 0001-01-01 to 9999-12-31. Read it back with the `getUTC…` methods or {@link toIsoDate}.
 *
 * @category Time
 * @example
 * parseIsoDate("2018-02-30"); // undefined
 * parseIsoDate("2018-02-28")?.getUTCDate(); // 28
 */
export function parseIsoDate(value: string): Date | undefined {
  const p = isoDateParts(value);
  return p ? new Date(dayFromCivil(p.year, p.month, p.day) * 86_400_000) : undefined;
}

/**
 * Formats a Date as `YYYY-MM-DD`, read in UTC, whatever the host's time zone. A Date outside
 * 0001-01-01 to 9999-12-31 (or an invalid one) has no such form: a RangeError.
 *
 * @category Time
 * @example
 * toIsoDate(new Date(Date.UTC(2018, 0, 31))); // "2018-01-31"
 * toIsoDate(new Date("2018-01-31T23:30:00-05:00")); // "2018-02-01"
 */
export function toIsoDate(date: Date): string {
  const day = Math.floor(date.getTime() / 86_400_000);
  if (!Number.isFinite(day) || day < MIN_DAY || day > MAX_DAY) throw new RangeError("the date is outside 0001-01-01 to 9999-12-31");
  return fromDayNumber(day);
}

/**
 * The number of days from 1970-01-01 to a `YYYY-MM-DD` date (negative before it), or `undefined`.
 *
 * @category Time
 * @example
 * dayNumber("1970-01-02"); // 1
 */
export function dayNumber(value: string): number | undefined {
  const p = isoDateParts(value);
  return p ? dayFromCivil(p.year, p.month, p.day) : undefined;
}

/**
 * The `YYYY-MM-DD` date a day number stands for (see {@link dayNumber}); a RangeError outside
 * 0001-01-01 to 9999-12-31.
 *
 * @category Time
 * @example
 * fromDayNumber(0); // "1970-01-01"
 */
export function fromDayNumber(day: number): string {
  if (!Number.isSafeInteger(day) || day < MIN_DAY || day > MAX_DAY) throw new RangeError("the date is outside 0001-01-01 to 9999-12-31");
  const c = civilFromDay(day);
  return format(c.year, c.month, c.day);
}

/**
 * Adds a number of days (negative to go back) to a `YYYY-MM-DD` date. A RangeError for a
 * malformed date or a result outside 0001-01-01 to 9999-12-31.
 *
 * @category Time
 * @example
 * addDays("2018-03-01", -1); // "2018-02-28"
 */
export function addDays(date: string, days: number): string {
  const d = dayNumber(date);
  if (d === undefined) throw new RangeError("not an ISO date");
  return fromDayNumber(d + days);
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier); `undefined` if either is malformed.
 *
 * @category Time
 * @example
 * daysBetween("2018-02-27", "2018-03-01"); // 2
 */
export function daysBetween(from: string, to: string): number | undefined {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === undefined || b === undefined ? undefined : b - a;
}

/**
 * Adds calendar months (negative to go back) to a `YYYY-MM-DD` date; a day the target month does
 * not have is clamped to its last day. A RangeError for a malformed date or a result out of range.
 *
 * @category Time
 * @example
 * addMonths("2018-01-31", 1); // "2018-02-28"
 */
export function addMonths(date: string, months: number): string {
  const p = isoDateParts(date);
  if (!p) throw new RangeError("not an ISO date");
  const total = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  if (!Number.isSafeInteger(total) || year < 1 || year > 9999) throw new RangeError("the date is outside 0001-01-01 to 9999-12-31");
  return format(year, month, Math.min(p.day, daysInMonth(year, month)));
}

/**
 * Adds working days (Monday to Friday) to a `YYYY-MM-DD` date, as date-fns' `addBusinessDays`
 * counts them, in calendar days rather than local time. A RangeError for a malformed date or a result out of range.
 *
 * @category Time
 * @example
 * addWorkingDays("2018-06-01", 10); // "2018-06-15"
 * addWorkingDays("2018-06-01", 1); // "2018-06-04"
 */
export function addWorkingDays(date: string, workingDays: number): string {
  const start = dayNumber(date);
  if (start === undefined) throw new RangeError("not an ISO date");
  if (!Number.isSafeInteger(workingDays)) throw new RangeError("working days must be an integer");
  // 1970-01-01 was a Thursday: weekday 5 is Saturday, 6 Sunday. The steps are date-fns' addBusinessDays.
  const weekday = (d: number) => (((d + 3) % 7) + 7) % 7;
  const weekend = (d: number) => weekday(d) >= 5;
  const sign = workingDays < 0 ? -1 : 1;
  let day = start + Math.trunc(workingDays / 5) * 7;
  let left = Math.abs(workingDays % 5);
  while (left > 0) {
    day += sign;
    if (!weekend(day)) left--;
  }
  // From a weekend day, whole weeks land on a weekend day: move to the nearest working day.
  if (weekend(start) && weekend(day) && workingDays !== 0) {
    if (weekday(day) === 5) day += sign < 0 ? 2 : -1;
    if (weekday(day) === 6) day += sign < 0 ? 1 : -2;
  }
  if (day < MIN_DAY || day > MAX_DAY) throw new RangeError("the date is outside 0001-01-01 to 9999-12-31");
  return fromDayNumber(day);
}

/**
 * Normalises an `asOf` given as a `YYYY-MM-DD` string or a Date (read in UTC: the calendar day of
 * that instant in UTC, whatever the host's time zone); `undefined` when invalid or outside
 * 0001-01-01 to 9999-12-31.
 *
 * @category Time
 * @example
 * normalizeAsOf("2019-06-30"); // "2019-06-30"
 * normalizeAsOf(new Date("2019-06-30T23:00:00-05:00")); // "2019-07-01"
 * normalizeAsOf("yesterday"); // undefined
 */
export function normalizeAsOf(asOf: unknown): string | undefined {
  if (asOf instanceof Date) {
    const day = Math.floor(asOf.getTime() / 86_400_000);
    return Number.isFinite(day) && day >= MIN_DAY && day <= MAX_DAY ? fromDayNumber(day) : undefined;
  }
  return isIsoDate(asOf) ? asOf : undefined;
}
