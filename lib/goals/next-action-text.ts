// The words of a goal's next action on the dashboard, kept pure so they can be tested.
import { formatCalendarDate } from "@/lib/time/calendar-date";
import type { NextAction } from "./dashboard";

/** "yesterday", "5 days ago", "3 weeks ago", "2 months ago". */
export function daysAgoText(days: number): string {
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.round(days / 7)} weeks ago`;
  const months = Math.round(days / 30);
  return months < 24 ? `${months} months ago` : `${Math.round(days / 365)} years ago`;
}

/** The next action in one line: "Next step: Draft the case, by 12 Jan 2027". */
export function nextActionText(next: NextAction): string {
  if (next.kind === "first-step") return "Add a first step: the smallest thing you can do this week.";
  if (next.kind === "all-steps-done") return "Every step is done: add the next one, or mark the goal achieved.";
  return `Next step: ${next.title}${next.deadline ? `, by ${formatCalendarDate(next.deadline)}` : " (no date yet)"}`;
}

/** "Check in: last one 3 weeks ago" (or "no check-in yet" for a goal set a while ago). */
export function checkInNudgeText(days: number, hasCheckedIn: boolean): string {
  return hasCheckedIn ? `Check in: last one ${daysAgoText(days)}` : `Check in: none since you set it ${daysAgoText(days)}`;
}
