import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { NotFoundError } from "@/lib/errors";

/** Deletes the goal with its micro-goals and check-ins (cascade, one statement). */
export async function deleteGoal(actor: SessionUser, goalId: string): Promise<void> {
  const db = await getDb();
  const { count } = await db.goal.deleteMany({ where: { id: goalId, ownerId: actor.id } });
  if (count === 0) throw new NotFoundError("That goal");
}
