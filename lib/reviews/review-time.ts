// When review sessions happen, as people read them. A session is a UTC instant scheduled in
// someone's IANA zone; each person sees it in their own zone, and the next session keeps the
// same local wall-clock time in the zone it was scheduled in, whatever DST does in between.
import { DateTime } from "luxon";
import { addDays, addMonths } from "@/lib/time/calendar-math";
import { localTimeToInstant } from "@/lib/reminders/schedule";
import { dateTimeFormat } from "@/lib/time/date-time-format";

/** The hour a suggested session starts, in the suggesting person's zone. */
export const SUGGESTED_HOUR = 18;
export const DEFAULT_DURATION_MINUTES = 60;

/** The parts of an instant in a zone, from a shared Intl formatter (lib/time/date-time-format.ts). */
function zonedParts(instant: Date, timeZone: string) {
  const parts = dateTimeFormat("en-GB", { timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  return { weekday: part("weekday"), day: part("day"), month: part("month"), year: part("year"), time: `${part("hour")}:${part("minute")}` };
}

/**
 * "Tuesday 2 March 2027, 18:00–19:00 (Europe/London)". Long names only: they read the same on
 * every ICU. Built from a cached formatter's parts rather than luxon objects: the buddy page
 * formats every past review on each view, and luxon's per-call zone and DateTime objects showed
 * in its CPU profile (bench/profile.ts).
 */
export function formatReviewTime(startsAt: Date, durationMinutes: number, timeZone: string): string {
  const start = zonedParts(startsAt, timeZone);
  const end = zonedParts(new Date(startsAt.getTime() + durationMinutes * 60_000), timeZone);
  const sameDay = start.year === end.year && start.month === end.month && start.day === end.day;
  const endText = sameDay ? end.time : `${end.weekday} ${end.day} ${end.month}, ${end.time}`;
  return `${start.weekday} ${start.day} ${start.month} ${start.year}, ${start.time}–${endText} (${timeZone})`;
}

/** The calendar date and "HH:mm" of an instant in a zone, for prefilled form fields. */
export function localParts(instant: Date, timeZone: string): { date: string; time: string } {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  return { date: local.toISODate() as string, time: local.toFormat("HH:mm") };
}

/** The instant of a date and "HH:mm" in a zone (a time inside a spring-forward gap moves forward). */
export function toInstant(date: string, time: string, timeZone: string): Date {
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  return localTimeToInstant(date, hour, minute, timeZone);
}

/** The same local time `months` later in the session's zone: 18:00 stays 18:00 across a DST change. */
export function addCadence(startsAt: Date, timeZone: string, months: number): Date {
  return DateTime.fromJSDate(startsAt, { zone: timeZone }).plus({ months }).toJSDate();
}

function weekdayOnOrAfter(date: string): string {
  const weekday = DateTime.fromISO(date, { zone: "UTC" }).weekday; // 1 = Monday … 7 = Sunday
  return weekday === 6 ? addDays(date, 2) : weekday === 7 ? addDays(date, 1) : date;
}

/**
 * The suggested slot: `cadenceMonths` after the last completed review (or the start of the
 * pairing), on a weekday, at 18:00 in the actor's zone; never in the past (then the first
 * weekday 18:00 still ahead).
 */
export function suggestSlot(input: { since: Date; cadenceMonths: number; timeZone: string; now: Date }): { date: string; time: string; startsAt: Date } {
  const time = `${String(SUGGESTED_HOUR).padStart(2, "0")}:00`;
  const sinceDate = DateTime.fromJSDate(input.since, { zone: input.timeZone }).toISODate() as string;
  let date = weekdayOnOrAfter(addMonths(sinceDate, input.cadenceMonths));
  let startsAt = toInstant(date, time, input.timeZone);
  if (startsAt <= input.now) {
    date = weekdayOnOrAfter(DateTime.fromJSDate(input.now, { zone: input.timeZone }).toISODate() as string);
    startsAt = toInstant(date, time, input.timeZone);
    if (startsAt <= input.now) {
      date = weekdayOnOrAfter(addDays(date, 1));
      startsAt = toInstant(date, time, input.timeZone);
    }
  }
  return { date, time, startsAt };
}
