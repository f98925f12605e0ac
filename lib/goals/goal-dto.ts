// What pages get to see of goals: plain objects with calendar dates as strings and numbers as
// numbers, never Prisma rows (no Decimal, no owner internals).
import type { GoalCategory, GoalStatus, GoalVisibility } from "@/lib/db/generated/enums";
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

export type MicroGoalDto = { id: string; goalId: string; title: string; actionPlan: string; deadline: string | null; position: number; doneAt: Date | null };

export const microGoalSelect = { id: true, goalId: true, title: true, actionPlan: true, deadline: true, position: true, doneAt: true } as const;

export function toMicroGoalDto(row: { id: string; goalId: string; title: string; actionPlan: string; deadline: Date | null; position: number; doneAt: Date | null }): MicroGoalDto {
  return { ...row, deadline: row.deadline ? fromDbDate(row.deadline) : null };
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
