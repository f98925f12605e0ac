// Check-ins: progress the owner records on their goal. A check-in after a missed check-in period
// is a comeback (./comeback.ts): the owner is greeted, and the buddies of a shared goal are asked
// to welcome them back — in the app and in the hourly buddy-activity email — never told "they missed it".
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { createNotification } from "@/lib/notifications/notifications";
import { deliverSoon } from "@/lib/reminders/deliver-soon";
import { queueBuddyActivityEmail } from "@/lib/buddies/activity-email";
import { assertOwnsGoal } from "./owned-goal";
import { comebackContext } from "./comeback";
import type { CheckInFormInput } from "./schemas";

/** Records progress on the actor's goal; a numeric value also becomes the goal's current value. */
export async function addCheckIn(actor: SessionUser, goalId: string, input: CheckInFormInput, now = new Date()): Promise<{ id: string; createdAt: Date; comeback: boolean }> {
  const db = await getDb();
  const { checkIn, sendNow } = await db.$transaction(async (tx) => {
    await assertOwnsGoal(tx, actor, goalId);
    const goal = await tx.goal.findUniqueOrThrow({ where: { id: goalId }, select: { title: true, visibility: true } });
    const { comeback, buddies } = await comebackContext(tx, actor, { id: goalId, visibility: goal.visibility }, now);
    const checkIn = await tx.checkIn.create({
      data: { goalId, authorId: actor.id, note: input.note, progressValue: input.progressValue, comeback, createdAt: now },
      select: { id: true, createdAt: true, comeback: true },
    });
    if (input.progressValue !== null) {
      await tx.goal.update({ where: { id: goalId }, data: { currentValue: input.progressValue } });
    }
    const sendNow: string[] = [];
    if (comeback) {
      for (const buddy of buddies) {
        await createNotification(tx, {
          userId: buddy.id,
          kind: "comeback",
          title: `${actor.name} is back on “${goal.title}” after a break: welcome them back`,
          link: `/buddies/${buddy.pairingId}#check-in-${checkIn.id}`,
        });
        const id = await queueBuddyActivityEmail(tx, { recipient: buddy, pairingId: buddy.pairingId, now });
        if (id) sendNow.push(id);
      }
    }
    return { checkIn, sendNow };
  });
  for (const id of sendNow) await deliverSoon(id, now);
  return checkIn;
}
