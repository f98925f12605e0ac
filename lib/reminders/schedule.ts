// When deadline reminders go out. "7 days before at 09:00" means seven calendar days before
// the deadline in the recipient's time zone, at 09:00 local time there, whatever the UTC
// offset is that day: across a daylight-saving change the instant moves, the local time does
// not, and no day is skipped or repeated (a 23- or 25-hour day still has one 09:00).
// A local time that does not exist (inside a spring-forward gap) moves forward to the first
// valid minute, as calendar apps do.
import { DateTime } from "luxon";
import { addDays } from "@/lib/time/calendar-math";

export type ReminderPolicy = {
  /** Calendar days before the deadline; 0 means on the day. */
  offsetsDays: number[];
  /** Local hour (0-23). */
  hour: number;
  /** One nudge the day after, if still open. */
  overdueNudge: boolean;
};

export type PlannedReminder = {
  /** Unique per deadline and offset: moving the deadline gives new keys, so stale rows are skipped. */
  dueKey: string;
  dueAt: Date;
  /** The recipient's calendar date the reminder belongs to. */
  localDate: string;
  offsetDays: number;
};

export const DEFAULT_POLICY: ReminderPolicy = { offsetsDays: [14, 7, 1, 0], hour: 9, overdueNudge: true };

/** The UTC instant of a local wall-clock time on a calendar date in an IANA zone. */
export function localTimeToInstant(date: string, hour: number, minute: number, timeZone: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const local = DateTime.fromObject({ year, month, day, hour, minute }, { zone: timeZone });
  if (!local.isValid) throw new RangeError(`Cannot place ${date} ${hour}:${minute} in ${timeZone}: ${local.invalidReason}`);
  return local.toJSDate();
}

export function planDeadlineReminders(input: { deadline: string; timeZone: string; policy: ReminderPolicy }): PlannedReminder[] {
  const { deadline, timeZone, policy } = input;
  const offsets = [...new Set(policy.offsetsDays.filter((days) => Number.isInteger(days) && days >= 0 && days <= 60))];
  const planned: PlannedReminder[] = offsets.map((offsetDays) => {
    const localDate = addDays(deadline, -offsetDays);
    return { dueKey: `${deadline}:-${offsetDays}d`, dueAt: localTimeToInstant(localDate, policy.hour, 0, timeZone), localDate, offsetDays };
  });
  if (policy.overdueNudge) {
    const localDate = addDays(deadline, 1);
    planned.push({ dueKey: `${deadline}:overdue`, dueAt: localTimeToInstant(localDate, policy.hour, 0, timeZone), localDate, offsetDays: -1 });
  }
  return planned.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
