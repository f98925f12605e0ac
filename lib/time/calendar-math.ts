// Arithmetic on calendar dates (YYYY-MM-DD): month and year steps that clamp to the end of a
// shorter month, and day differences. Runs on UTC midnights, where no time zone or DST can shift
// a day. Invalid input to the arithmetic is a programming error and throws a RangeError.

export type CalendarParts = { year: number; month: number; day: number };

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Plain arithmetic, no Date: it runs for every date a calendar feed or page prints. */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number);
}

export function parseCalendarDate(value: string): CalendarParts | null {
  const match = DATE_PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isValidCalendarDate(value: string): boolean {
  return parseCalendarDate(value) !== null;
}

export function toCalendarDate({ year, month, day }: CalendarParts): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function lastDayOfMonth(year: number, month: number): string {
  return toCalendarDate({ year, month, day: daysInMonth(year, month) });
}

export function addDays(date: string, days: number): string {
  const { year, month, day } = requireDate(date);
  return fromUtcMs(utcMs(year, month, day) + days * DAY_MS);
}

/** Adds calendar months, clamping to the end of a shorter month (Jan 31 + 1 month = Feb 28 or 29). */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = requireDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return toCalendarDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/** Adds calendar years; Feb 29 becomes Feb 28 in a common year. */
export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  const a = requireDate(from);
  const b = requireDate(to);
  return Math.round((utcMs(b.year, b.month, b.day) - utcMs(a.year, a.month, a.day)) / DAY_MS);
}

function requireDate(value: string): CalendarParts {
  const parts = parseCalendarDate(value);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return parts;
}

// Date.UTC maps years 0-99 to 1900-1999, so set the full year explicitly.
function utcMs(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function fromUtcMs(ms: number): string {
  const date = new Date(ms);
  return toCalendarDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}
