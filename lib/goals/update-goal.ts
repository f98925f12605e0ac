import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { NotFoundError } from "@/lib/errors";
import { goalColumns } from "./goal-data";
import type { GoalFormInput } from "./schemas";

/** Edits the actor's own goal; anyone else's id is "not found" and nothing changes. */
export async function updateGoal(actor: SessionUser, goalId: string, input: GoalFormInput): Promise<void> {
  const db = await getDb();
  const { count } = await db.goal.updateMany({ where: { id: goalId, ownerId: actor.id }, data: goalColumns(input) });
  if (count === 0) throw new NotFoundError("That goal");
}
