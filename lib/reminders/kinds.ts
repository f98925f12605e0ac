// The kinds of ledger email the reminder planners create, and what a due key says.
import type { EmailCategory } from "@/lib/unsubscribe/categories";

export const GOAL_REMINDER_KIND = "goal-reminder";
export const STEP_REMINDER_KIND = "step-reminder";
/** A step's reminder at its if-then plan's cue (./step-cue.ts). */
export const STEP_CUE_KIND = "step-cue";
export const WEEKLY_DIGEST_KIND = "weekly-digest";
export const BUDDY_DEADLINE_KIND = "buddy-deadline";
export const BUDDY_CHECK_IN_KIND = "buddy-check-in";

/** Days before the deadline, or "overdue" for the nudge the day after. */
export type DeadlineOffset = number | "overdue";

/** "2027-03-12:-7d" → { deadline: "2027-03-12", offset: 7 }; "2027-03-12:overdue" → offset "overdue". */
export function parseDeadlineKey(dueKey: string): { deadline: string; offset: DeadlineOffset } | null {
  const match = /^(\d{4}-\d{2}-\d{2}):(?:-(\d{1,2})d|(overdue))$/.exec(dueKey);
  if (!match?.[1]) return null;
  return { deadline: match[1], offset: match[3] ? "overdue" : Number(match[2]) };
}

export function deadlineKey(deadline: string, offset: DeadlineOffset): string {
  return offset === "overdue" ? `${deadline}:overdue` : `${deadline}:-${offset}d`;
}

export function deadlineCategory(offset: DeadlineOffset): EmailCategory {
  return offset === "overdue" ? "overdue" : "deadline";
}
