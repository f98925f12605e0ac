// When a step's if-then cue sends its reminder: on the last day up to the deadline that matches
// the cue's weekday (the deadline itself without a weekday), at the cue's time (the person's
// reminder hour without one), in their time zone. One occurrence per step and cue; the due key
// names it, so a changed cue or deadline is a new occurrence and the old row is skipped at send
// time. The planner's SQL computes the same day and minute; the integration tests hold the two
// to each other.
import { addDays } from "@/lib/time/calendar-math";

export type StepCue = { weekday: number | null; minute: number | null };

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date. */
function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function cueOccurrence(deadline: string, cue: StepCue, reminderHour: number): { day: string; minute: number } | null {
  if (cue.weekday === null && cue.minute === null) return null;
  const back = cue.weekday === null ? 0 : (isoWeekday(deadline) - cue.weekday + 7) % 7;
  return { day: addDays(deadline, -back), minute: cue.minute ?? reminderHour * 60 };
}

/** "2027-03-31:cue:2027-03-29T08:30": the deadline, then the local day and time of the cue. */
export function cueKey(deadline: string, occurrence: { day: string; minute: number }): string {
  const time = `${String(Math.floor(occurrence.minute / 60)).padStart(2, "0")}:${String(occurrence.minute % 60).padStart(2, "0")}`;
  return `${deadline}:cue:${occurrence.day}T${time}`;
}
