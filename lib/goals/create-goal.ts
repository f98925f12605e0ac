import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { goalColumns } from "./goal-data";
import type { GoalFormInput } from "./schemas";

export async function createGoal(actor: SessionUser, input: GoalFormInput): Promise<{ id: string }> {
  const db = await getDb();
  return db.goal.create({
    data: { ownerId: actor.id, ...goalColumns(input), currentValue: input.baselineValue },
    select: { id: true },
  });
}
