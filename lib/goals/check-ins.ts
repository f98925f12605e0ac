import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { assertOwnsGoal } from "./owned-goal";
import type { CheckInFormInput } from "./schemas";

/** Records progress on the actor's goal; a numeric value also becomes the goal's current value. */
export async function addCheckIn(actor: SessionUser, goalId: string, input: CheckInFormInput): Promise<{ id: string; createdAt: Date }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await assertOwnsGoal(tx, actor, goalId);
    const checkIn = await tx.checkIn.create({
      data: { goalId, authorId: actor.id, note: input.note, progressValue: input.progressValue },
      select: { id: true, createdAt: true },
    });
    if (input.progressValue !== null) {
      await tx.goal.update({ where: { id: goalId }, data: { currentValue: input.progressValue } });
    }
    return checkIn;
  });
}
