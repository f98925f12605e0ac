import type { DbClient } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { NotFoundError } from "@/lib/errors";
import { IdSchema } from "./schemas";

/** Throws NotFoundError unless the goal exists and belongs to the actor. */
export async function assertOwnsGoal(db: DbClient, actor: SessionUser, goalId: string): Promise<void> {
  if (!IdSchema.safeParse(goalId).success) throw new NotFoundError("That goal");
  const goal = await db.goal.findFirst({ where: { id: goalId, ownerId: actor.id }, select: { id: true } });
  if (!goal) throw new NotFoundError("That goal");
}

/** The goal id of one of the actor's micro-goals, or NotFoundError. */
export async function owningGoalOfMicroGoal(db: DbClient, actor: SessionUser, microGoalId: string): Promise<string> {
  if (!IdSchema.safeParse(microGoalId).success) throw new NotFoundError("That step");
  const microGoal = await db.microGoal.findFirst({ where: { id: microGoalId, goal: { ownerId: actor.id } }, select: { goalId: true } });
  if (!microGoal) throw new NotFoundError("That step");
  return microGoal.goalId;
}
