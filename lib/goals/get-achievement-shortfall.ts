import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { NotFoundError } from "@/lib/errors";
import { achievementShortfall, type AchievementShortfall } from "./achievement-shortfall";
import { MAX_MICRO_GOALS_PER_GOAL } from "./micro-goals";

/** What is still short on one of the actor's goals (open steps, measure below target), or null. */
export async function getAchievementShortfall(actor: SessionUser, goalId: string): Promise<AchievementShortfall | null> {
  const db = await getDb();
  const goal = await db.goal.findFirst({
    where: { id: goalId, ownerId: actor.id },
    select: { targetValue: true, currentValue: true, baselineValue: true, measureUnit: true, microGoals: { select: { doneAt: true }, take: MAX_MICRO_GOALS_PER_GOAL } },
  });
  if (!goal) throw new NotFoundError("That goal");
  return achievementShortfall({
    microGoals: goal.microGoals,
    targetValue: goal.targetValue?.toNumber() ?? null,
    currentValue: goal.currentValue?.toNumber() ?? null,
    baselineValue: goal.baselineValue?.toNumber() ?? null,
    measureUnit: goal.measureUnit,
  });
}
