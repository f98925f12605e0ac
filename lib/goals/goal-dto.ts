// What pages get to see of goals: plain objects with calendar dates as strings and numbers as
// numbers, never Prisma rows (no Decimal, no owner internals).
import type { FeedbackStyle, GoalCategory, GoalStatus, GoalVisibility, PlanReviewKind } from "@/lib/db/generated/enums";
import { fromDbDate } from "@/lib/time/calendar-date";
import { goalProgress, type GoalProgress } from "./progress";

type DecimalLike = { toNumber(): number } | null;

export const goalSelect = {
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
  reward: true,
  feedbackStyle: true,
  reflectionHard: true,
  reflectionEasy: true,
  reflectionHelpers: true,
  reflectionDifferently: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type GoalRow = {
  id: string;
  title: string;
  category: GoalCategory;
  horizonYears: number;
  specific: string;
  measure: string;
  baselineValue: DecimalLike;
  targetValue: DecimalLike;
  currentValue: DecimalLike;
  measureUnit: string | null;
  attainable: string;
  relevant: string;
  deadline: Date;
  visibility: GoalVisibility;
  status: GoalStatus;
  achievedAt: Date | null;
  reward: string | null;
  feedbackStyle: FeedbackStyle | null;
  reflectionHard: string | null;
  reflectionEasy: string | null;
  reflectionHelpers: string | null;
  reflectionDifferently: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type GoalDto = Omit<GoalRow, "baselineValue" | "targetValue" | "currentValue" | "deadline" | "horizonYears"> & {
  horizonYears: 1 | 5 | 10;
  baselineValue: number | null;
  targetValue: number | null;
  currentValue: number | null;
  deadline: string;
};

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
} as const;

type MicroGoalRow = {
  id: string;
  goalId: string;
  title: string;
  actionPlan: string;
  deadline: Date | null;
  position: number;
  doneAt: Date | null;
  obstacle: string;
  ifThenPlan: string;
  cueWeekday: number | null;
  cueMinute: number | null;
  planReview: PlanReviewKind | null;
  planQuestion: string | null;
  planAnswer: string | null;
  planReviewedAt: Date | null;
  planReviewedBy: { name: string } | null;
};

export function toMicroGoalDto(row: MicroGoalRow): MicroGoalDto {
  const { cueWeekday, cueMinute, planReview, planQuestion, planAnswer, planReviewedAt, planReviewedBy, deadline, ...rest } = row;
  return {
    ...rest,
    deadline: deadline ? fromDbDate(deadline) : null,
    cue: { weekday: cueWeekday, minute: cueMinute },
    review: planReview && planReviewedAt ? { kind: planReview, question: planQuestion, answer: planAnswer, at: planReviewedAt, reviewerName: planReviewedBy?.name ?? "Your former buddy" } : null,
  };
}

const toNumber = (value: DecimalLike) => (value === null ? null : value.toNumber());

export function toGoalDto(row: GoalRow): GoalDto {
  return {
    ...row,
    horizonYears: row.horizonYears as 1 | 5 | 10,
    baselineValue: toNumber(row.baselineValue),
    targetValue: toNumber(row.targetValue),
    currentValue: toNumber(row.currentValue),
    deadline: fromDbDate(row.deadline),
  };
}

export function progressOf(goal: GoalDto, microGoals: { doneAt: Date | null }[]): GoalProgress {
  return goalProgress({
    microGoals,
    targetValue: goal.targetValue,
    currentValue: goal.currentValue,
    baselineValue: goal.baselineValue,
    status: goal.status,
  });
}
