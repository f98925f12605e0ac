// Reasonable hours for both people of a pairing: a review starts and ends between 08:00 and
// 21:00 on a weekday in EACH person's own zone. London at 09:00 is New York at 04:00; the
// slot finder only offers times that are civil for both, and the booking form warns otherwise.
import { DateTime } from "luxon";

export const DAY_STARTS_HOUR = 8;
export const DAY_ENDS_HOUR = 21;
const STEP_MINUTES = 30;
const SEARCH_DAYS = 60;

export type BusyInterval = { startsAt: Date; endsAt: Date };

/**
 * Whether the session sits inside 08:00–21:00 local to `timeZone` (and on a weekday, unless
 * `weekdaysOnly` is false: suggestions keep to weekdays, but a weekend chosen by hand is no
 * reason for a warning).
 */
export function isWithinReasonableHours(startsAt: Date, durationMinutes: number, timeZone: string, options: { weekdaysOnly?: boolean } = {}): boolean {
  const start = DateTime.fromJSDate(startsAt, { zone: timeZone });
  const end = start.plus({ minutes: durationMinutes });
  if ((options.weekdaysOnly ?? true) && start.weekday > 5) return false;
  if (!start.hasSame(end, "day")) return false;
  const startMinutes = start.hour * 60 + start.minute;
  const endMinutes = end.hour * 60 + end.minute;
  return startMinutes >= DAY_STARTS_HOUR * 60 && endMinutes <= DAY_ENDS_HOUR * 60;
}

/** The people (by zone) for whom the session falls outside reasonable hours. */
export function zonesOutsideHours(startsAt: Date, durationMinutes: number, timeZones: string[], options: { weekdaysOnly?: boolean } = {}): string[] {
  return timeZones.filter((zone) => !isWithinReasonableHours(startsAt, durationMinutes, zone, options));
}

const overlaps = (startsAt: Date, endsAt: Date, busy: BusyInterval[]) => busy.some((interval) => startsAt < interval.endsAt && interval.startsAt < endsAt);

/**
 * The first day, from `from` on, with a start time inside both people's hours that overlaps
 * none of their sessions; on that day, the time closest to `preferredTime` in the first zone
 * (the proposer's). Times are on the proposer's half-hour grid. Null when 60 days hold none.
 */
export function findSharedSlot(input: { from: Date; zones: [string, ...string[]]; preferredTime: string; durationMinutes: number; busy: BusyInterval[] }): Date | null {
  const [hour, minute] = input.preferredTime.split(":").map(Number) as [number, number];
  const preferred = hour * 60 + minute;
  const home = input.zones[0];
  const firstDay = DateTime.fromJSDate(input.from, { zone: home }).startOf("day");
  const offsets = Array.from({ length: (24 * 60) / STEP_MINUTES }, (_, index) => index * STEP_MINUTES).sort((a, b) => Math.abs(a - preferred) - Math.abs(b - preferred) || a - b);
  // The proposer's own hours rule out most of the grid before any date arithmetic (the buddy
  // page asks for a suggestion on every view; luxon objects per candidate showed in its profile):
  // weekends, and starts before DAY_STARTS_HOUR or that cannot end by DAY_ENDS_HOUR (an hour of
  // slack for a clock change) fail the check below for the first zone anyway.
  const candidates = offsets.filter((minutes) => minutes >= DAY_STARTS_HOUR * 60 && minutes + input.durationMinutes <= (DAY_ENDS_HOUR + 1) * 60);
  for (let day = 0; day < SEARCH_DAYS; day += 1) {
    const date = firstDay.plus({ days: day });
    if (date.weekday > 5) continue;
    for (const minutes of candidates) {
      const start = date.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
      // A time that does not exist (spring-forward gap) is moved by luxon; skip those.
      if (start.hour * 60 + start.minute !== minutes) continue;
      const startsAt = start.toJSDate();
      if (startsAt < input.from) continue;
      if (zonesOutsideHours(startsAt, input.durationMinutes, input.zones).length > 0) continue;
      const endsAt = new Date(startsAt.getTime() + input.durationMinutes * 60_000);
      if (overlaps(startsAt, endsAt, input.busy)) continue;
      return startsAt;
    }
  }
  return null;
}

/** "Thu 04:00", the local weekday and time, for warnings. */
export function localWeekdayTime(startsAt: Date, timeZone: string): string {
  return DateTime.fromJSDate(startsAt, { zone: timeZone }).setLocale("en-GB").toFormat("ccc HH:mm");
}
