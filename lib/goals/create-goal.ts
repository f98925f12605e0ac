import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { assertRoomForActiveGoal } from "./active-goal-limit";
import { goalColumns } from "./goal-data";
import type { GoalFormInput } from "./schemas";

/** Creates an ACTIVE goal; LimitReachedError when the actor already has MAX_ACTIVE_GOALS. */
export async function createGoal(actor: SessionUser, input: GoalFormInput): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await assertRoomForActiveGoal(tx, actor);
    return tx.goal.create({
      data: { ownerId: actor.id, ...goalColumns(input), currentValue: input.baselineValue },
      select: { id: true },
    });
  });
}
