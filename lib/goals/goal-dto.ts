// What pages get to see of goals: plain objects with calendar dates as strings and numbers as
// numbers, never Prisma rows (no Decimal, no owner internals).
import type { Prisma } from "@/lib/db";
import type { PlanReviewKind } from "@/lib/db/generated/enums";
import { fromDbDate } from "@/lib/time/calendar-date";
import { goalProgress, type GoalProgress } from "./progress";
import { storedHorizon, type Horizon } from "./horizon";

// A buddy sees the plan, not the owner's private afterthoughts (reward, achievement reflection):
// those are not selected, so the buddy's DTO has no such fields rather than fields set to null.
export const buddyGoalSelect = {
  id: true,
  title: true,
  category: true,
  horizonYears: true,
  specific: true,
  measure: true,
  baselineValue: true,
  targetValue: true,
  currentValue: true,
  measureUnit: true,
  attainable: true,
  relevant: true,
  deadline: true,
  visibility: true,
  status: true,
  achievedAt: true,
  // Meant for the buddy: it picks the comment prompts they see on a shared goal.
  feedbackStyle: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.GoalSelect;

export const goalSelect = {
  ...buddyGoalSelect,
  reward: true,
  reflectionHard: true,
  reflectionEasy: true,
  reflectionHelpers: true,
  reflectionDifferently: true,
} as const satisfies Prisma.GoalSelect;

export type GoalRow = Prisma.GoalGetPayload<{ select: typeof goalSelect }>;

export type BuddyGoalRow = Prisma.GoalGetPayload<{ select: typeof buddyGoalSelect }>;

/** A goal row with its Decimals as numbers, its deadline as a calendar date and its horizon checked. */
type PlainGoal<Row> = Omit<Row, "baselineValue" | "targetValue" | "currentValue" | "deadline" | "horizonYears"> & {
  horizonYears: Horizon;
  baselineValue: number | null;
  targetValue: number | null;
  currentValue: number | null;
  deadline: string;
};

export type GoalDto = PlainGoal<GoalRow>;
export type BuddyGoalDto = PlainGoal<BuddyGoalRow>;

/** A buddy's answer to a step's if-then plan. */
export type PlanReviewDto = { kind: PlanReviewKind; question: string | null; answer: string | null; at: Date; reviewerName: string };

export type MicroGoalDto = {
  id: string;
  goalId: string;
  title: string;
  actionPlan: string;
  deadline: string | null;
  position: number;
  doneAt: Date | null;
  obstacle: string;
  ifThenPlan: string;
  cue: { weekday: number | null; minute: number | null };
  review: PlanReviewDto | null;
};

export const microGoalSelect = {
  id: true,
  goalId: true,
  title: true,
  actionPlan: true,
  deadline: true,
  position: true,
  doneAt: true,
  obstacle: true,
  ifThenPlan: true,
  cueWeekday: true,
  cueMinute: true,
  planReview: true,
  planQuestion: true,
  planAnswer: true,
  planReviewedAt: true,
  planReviewedBy: { select: { name: true } },
} as const satisfies Prisma.MicroGoalSelect;

type MicroGoalRow = Prisma.MicroGoalGetPayload<{ select: typeof microGoalSelect }>;

export function toMicroGoalDto(row: MicroGoalRow): MicroGoalDto {
  const { cueWeekday, cueMinute, planReview, planQuestion, planAnswer, planReviewedAt, planReviewedBy, deadline, ...rest } = row;
  return {
    ...rest,
    deadline: deadline ? fromDbDate(deadline) : null,
    cue: { weekday: cueWeekday, minute: cueMinute },
    review: planReview && planReviewedAt ? { kind: planReview, question: planQuestion, answer: planAnswer, at: planReviewedAt, reviewerName: planReviewedBy?.name ?? "Your former buddy" } : null,
  };
}

const toNumber = (value: { toNumber(): number } | null) => (value === null ? null : value.toNumber());

function plainValues(row: BuddyGoalRow) {
  return {
    horizonYears: storedHorizon(row.horizonYears),
    baselineValue: toNumber(row.baselineValue),
    targetValue: toNumber(row.targetValue),
    currentValue: toNumber(row.currentValue),
    deadline: fromDbDate(row.deadline),
  };
}

export function toGoalDto(row: GoalRow): GoalDto {
  return { ...row, ...plainValues(row) };
}

export function toBuddyGoalDto(row: BuddyGoalRow): BuddyGoalDto {
  return { ...row, ...plainValues(row) };
}

export function progressOf(goal: Pick<GoalDto, "targetValue" | "currentValue" | "baselineValue" | "status">, microGoals: { doneAt: Date | null }[]): GoalProgress {
  return goalProgress({
    microGoals,
    targetValue: goal.targetValue,
    currentValue: goal.currentValue,
    baselineValue: goal.baselineValue,
    status: goal.status,
  });
}
