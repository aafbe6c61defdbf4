export {
  addDays,
  addMonths,
  addWorkingDays,
  dayNumber,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  isoDateParts,
  MAX_ISO_DATE,
  MIN_ISO_DATE,
  normalizeAsOf,
  parseIsoDate,
  toIsoDate,
} from "./iso-date";
export { addDuration, durationParts, IsoDuration } from "./duration";
