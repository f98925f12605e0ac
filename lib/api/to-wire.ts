// Domain DTOs as the API's JSON: lower-case enums, ISO instants, no internals.
import type { GoalDto, MicroGoalDto } from "@/lib/goals/goal-dto";
import type { GoalProgress } from "@/lib/goals/progress";
import type { ApiCheckIn, ApiGoal, ApiStep } from "./wire-schemas";

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function toApiGoal(goal: GoalDto, progress: GoalProgress): ApiGoal {
  return {
    id: goal.id,
    title: goal.title,
    category: goal.category.toLowerCase(),
    horizonYears: goal.horizonYears,
    specific: goal.specific,
    measure: goal.measure,
    measureUnit: goal.measureUnit,
    baselineValue: goal.baselineValue,
    targetValue: goal.targetValue,
    currentValue: goal.currentValue,
    attainable: goal.attainable,
    relevant: goal.relevant,
    deadline: goal.deadline,
    visibility: goal.visibility === "BUDDIES" ? "buddies" : "private",
    status: goal.status === "ACHIEVED" ? "achieved" : goal.status === "DROPPED" ? "dropped" : "active",
    achievedAt: iso(goal.achievedAt),
    reward: goal.reward,
    progress: { percent: progress.percent, basis: progress.basis },
    createdAt: goal.createdAt.toISOString(),
    updatedAt: goal.updatedAt.toISOString(),
  };
}

export function toApiStep(step: MicroGoalDto): ApiStep {
  return {
    id: step.id,
    goalId: step.goalId,
    title: step.title,
    actionPlan: step.actionPlan,
    deadline: step.deadline,
    position: step.position,
    done: step.doneAt !== null,
    doneAt: iso(step.doneAt),
  };
}

export function toApiCheckIn(checkIn: { id: string; goalId: string; note: string; progressValue: number | null; createdAt: Date }): ApiCheckIn {
  return { ...checkIn, createdAt: checkIn.createdAt.toISOString() };
}

/** The next page's path and query, or null on the last page. */
export function nextPageLink(request: Request, page: number, hasMore: boolean, query: Record<string, string | number>): string | null {
  if (!hasMore) return null;
  const params = new URLSearchParams(Object.entries({ ...query, page: page + 1 }).map(([key, value]) => [key, String(value)]));
  return `${new URL(request.url).pathname}?${params}`;
}
