// Calendar dates ('YYYY-MM-DD') as the product uses them: a deadline is a day in the owner's
// time zone, never an instant. PostgreSQL `date` columns arrive as JS Dates at UTC midnight.
import { addDays, addYears, isValidCalendarDate } from "./calendar-math";
import { dateTimeFormat } from "./date-time-format";
import { MONTH_NAMES } from "./format";

export { addDays, addYears };
export const isCalendarDate = isValidCalendarDate;

/** The date column value for a calendar date. */
export function toDbDate(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

export function fromDbDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** Today's calendar date in an IANA time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return dateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/**
 * A calendar date for people: "20 Nov 2026" (short) or "Friday 20 November" (long). Built
 * from fixed names, not Intl, so it reads the same on every ICU version ("Sep", never "Sept")
 * and never shifts with a time zone.
 */
export function formatCalendarDate(date: string, style: "short" | "long" = "short"): string {
  const value = toDbDate(date);
  const month = MONTH_NAMES[value.getUTCMonth()] as string;
  if (style === "long") return `${WEEKDAYS[value.getUTCDay()]} ${value.getUTCDate()} ${month}`;
  return `${value.getUTCDate()} ${month.slice(0, 3)} ${value.getUTCFullYear()}`;
}
