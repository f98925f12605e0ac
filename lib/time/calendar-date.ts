// Calendar dates ('YYYY-MM-DD') as the product uses them: a deadline is a day in the owner's
// time zone, never an instant. PostgreSQL `date` columns arrive as JS Dates at UTC midnight.
import { addDays, addYears, isValidCalendarDate } from "./calendar-math";

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
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** "20 Nov 2026": a calendar date for people, with no time-zone shift. */
export function formatCalendarDate(date: string, options: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" }): string {
  return new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" }).format(toDbDate(date));
}
