// How far along a goal is, and how close its deadline. Progress comes from the goal's numeric
// measure when it has one (target and current value set), otherwise from its micro-goals.
// Percentages round down and reach 100 only when the goal is truly complete.
import { daysBetween } from "@/lib/time/calendar-math";

export type ProgressInput = {
  microGoals: { doneAt: Date | string | null }[];
  targetValue: number | null;
  currentValue: number | null;
  baselineValue?: number | null;
  status?: "ACTIVE" | "ACHIEVED" | "DROPPED";
};
/**
 * For an achieved goal `percent` is 100 (the owner judged it reached), and `measuredPercent`,
 * `done` and `total` still say where the measure and the steps stood, so every page that shows
 * an achieved goal (the owner's, the buddy's) tells the same story.
 */
export type GoalProgress = { percent: number; basis: "measure" | "micro-goals" | "achieved" | "none"; done?: number; total?: number; measuredPercent?: number };
export type DeadlineStatus = "overdue" | "due-this-week" | "due-this-month" | "later" | "done";

// Measured values are user-entered decimals: tolerate float noise like 0.1 + 0.2.
const EPSILON = 1e-9;

export function goalProgress(input: ProgressInput): GoalProgress {
  const measured = measuredShare(input.targetValue, input.currentValue, input.baselineValue ?? null);
  if (input.status === "ACHIEVED") {
    const total = input.microGoals.length;
    const done = input.microGoals.filter((microGoal) => microGoal.doneAt !== null && microGoal.doneAt !== "").length;
    return { percent: 100, basis: "achieved", ...(measured !== null ? { measuredPercent: toPercent(measured) } : {}), ...(total > 0 ? { done, total } : {}) };
  }
  if (measured !== null) return { percent: toPercent(measured), basis: "measure" };
  const total = input.microGoals.length;
  if (total === 0) return { percent: 0, basis: "none" };
  const done = input.microGoals.filter((microGoal) => microGoal.doneAt !== null && microGoal.doneAt !== "").length;
  return { percent: done === total ? 100 : Math.floor((done * 100) / total), basis: "micro-goals", done, total };
}

/**
 * Share of the way from baseline to target, 0..1. Without a baseline the measure is taken to
 * start from 0. A decreasing goal (target below baseline, "cut my commute from 10 to 2 hours")
 * works the same way, since both differences are negative. When target equals baseline there is
 * no distance to cover: done only if the current value sits on the target.
 */
function measuredShare(target: number | null, current: number | null, baseline: number | null): number | null {
  if (target === null || current === null || !Number.isFinite(target) || !Number.isFinite(current)) return null;
  const start = baseline !== null && Number.isFinite(baseline) ? baseline : 0;
  const distance = target - start;
  if (Math.abs(distance) <= EPSILON * Math.max(1, Math.abs(target))) return Math.abs(current - target) <= EPSILON * Math.max(1, Math.abs(target)) ? 1 : 0;
  return Math.min(1, Math.max(0, (current - start) / distance));
}

function toPercent(share: number): number {
  if (share >= 1 - EPSILON) return 100;
  return Math.min(99, Math.floor(share * 100 + EPSILON));
}

/** Whole days from today to the deadline: 0 when due today, negative when overdue. */
export function daysUntil(deadline: string, today: string): number {
  return daysBetween(today, deadline);
}

/** "This week" is the next 7 days including today; "this month" the next 31 days including today. */
export function deadlineStatus(deadline: string, today: string, done: boolean): DeadlineStatus {
  if (done) return "done";
  const days = daysUntil(deadline, today);
  if (days < 0) return "overdue";
  if (days < 7) return "due-this-week";
  if (days < 31) return "due-this-month";
  return "later";
}
