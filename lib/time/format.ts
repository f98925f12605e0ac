// How the product writes instants and months for people. Dates are built from fixed names or
// Intl parts, so they read the same on every ICU version ("Sep", never "Sept"); times are
// 24-hour "HH:mm" in the reader's time zone.
import { parseCalendarDate } from "./calendar-math";
import { dateTimeFormat } from "./date-time-format";

export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/** "20 Nov 2026": the calendar date of an instant in the reader's time zone. */
export function formatDayMonthYear(date: Date, timeZone: string): string {
  const parts = dateTimeFormat("en-US", { day: "numeric", month: "short", year: "numeric", timeZone }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  return `${part("day")} ${part("month")} ${part("year")}`;
}

/** "09:05": the 24-hour time of an instant in the reader's time zone. */
export function formatTime(date: Date, timeZone: string): string {
  return dateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone }).format(date);
}

/** "5 Nov 2026, 11:34": a moment as a date and a 24-hour time in a time zone. */
export function formatDateTime(date: Date, timeZone: string): string {
  return `${formatDayMonthYear(date, timeZone)}, ${formatTime(date, timeZone)}`;
}

/** "October 2027": the month of a calendar date ('YYYY-MM-DD'); anything else comes back as it is. */
export function formatMonthYear(date: string): string {
  const parts = parseCalendarDate(date);
  return parts ? `${MONTH_NAMES[parts.month - 1]} ${parts.year}` : date;
}
