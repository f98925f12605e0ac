// Progress for many goals at once from step counts: one grouped query, never one per goal.
import type { DbClient } from "@/lib/db";
import { goalProgress, type GoalProgress } from "./progress";
import type { GoalDto } from "./goal-dto";

/** Done-step counts for the given goals, in one query. */
export async function doneStepCounts(db: DbClient, goalIds: string[]): Promise<Map<string, number>> {
  if (goalIds.length === 0) return new Map();
  const rows = await db.microGoal.groupBy({ by: ["goalId"], where: { goalId: { in: goalIds }, doneAt: { not: null } }, _count: { _all: true } });
  return new Map(rows.map((row) => [row.goalId, row._count._all]));
}

const DONE = new Date(0);

export function progressFromCounts(goal: GoalDto, done: number, total: number): GoalProgress {
  return goalProgress({
    microGoals: Array.from({ length: total }, (_, index) => ({ doneAt: index < done ? DONE : null })),
    targetValue: goal.targetValue,
    currentValue: goal.currentValue,
    baselineValue: goal.baselineValue,
    status: goal.status,
  });
}
