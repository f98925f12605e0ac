import "server-only";
import { createNotification } from "@/lib/notifications/notifications";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { appUrl } from "@/lib/account/links";
import { buddyPairingEndedMessage } from "@/lib/email";
import { queueComposedEmail, sendQueuedNow } from "@/lib/reminders/composed-email";
import { activePairingWhere } from "@/lib/buddies/active-pairings";
import { departedBuddyCancellation } from "@/lib/reviews/invite-emails";
import { retireDepartingComments } from "@/lib/buddies/departed-comments";
import { pointNotificationsAwayFromPairing } from "@/lib/buddies/ended-pairing-links";

export type DeleteAccountResult = { ok: true } | { ok: false; reason: "confirmation_mismatch" };

/**
 * Deletes the account and everything it owns. Every table referencing the user cascades, so
 * one DELETE removes goals, micro-goals, check-ins, comments, pairings, invites and the ledger
 * atomically; the session dies with the row.
 *
 * The person's comments in their buddies' threads are erased (retireDepartingComments): removed,
 * or kept as an empty placeholder where later replies answer them.
 *
 * Each buddy is told in the app and by email: that the pairing has ended, and, when a review was
 * booked, a METHOD:CANCEL that takes it out of their calendar. The emails are composed before the
 * delete (the session goes with the pairing) and queued in the delivery ledger in the same
 * transaction, so a mail-server outage delays them and a failed send cannot undo the deletion.
 */
export async function deleteAccount(actor: SessionUser, input: { confirmEmail: string }, now = new Date()): Promise<DeleteAccountResult> {
  if (input.confirmEmail !== actor.email) return { ok: false, reason: "confirmation_mismatch" };
  const db = await getDb();
  const emailIds = await db.$transaction(async (tx) => {
    const pairings = await tx.buddyPairing.findMany({
      where: activePairingWhere(actor.id),
      select: {
        id: true,
        userA: { select: { id: true, name: true, email: true, timeZone: true } },
        userB: { select: { id: true, name: true, email: true, timeZone: true } },
        reviewSessions: { where: { status: "SCHEDULED" }, select: { id: true, pairingId: true, sequence: true, startsAt: true, durationMinutes: true }, take: 1 },
      },
      take: 10,
    });
    const outgoing: string[] = [];
    for (const pairing of pairings) {
      const stays = pairing.userA.id === actor.id ? pairing.userB : pairing.userA;
      await pointNotificationsAwayFromPairing(tx, { pairingId: pairing.id, userIds: [stays.id] });
      await createNotification(tx, { userId: stays.id, kind: "pairing-ended", title: `${actor.name} deleted their account, so your buddy pairing has ended`, link: "/buddies" });
      const ended = { to: stays.email, ...buddyPairingEndedMessage({ name: stays.name, otherName: actor.name, endedByYou: false, accountDeleted: true, url: appUrl("/buddies") }) };
      outgoing.push(await queueComposedEmail(tx, { kind: "pairing-ended", recipientId: stays.id, message: ended }, now));
      const [session] = pairing.reviewSessions;
      if (session) {
        const cancellation = departedBuddyCancellation({ ...session, sequence: session.sequence + 1 }, { stays, leaves: actor }, now);
        outgoing.push(await queueComposedEmail(tx, { kind: "pairing-ended", recipientId: stays.id, message: cancellation }, now));
      }
    }
    await retireDepartingComments(tx, actor.id);
    await tx.user.deleteMany({ where: { id: actor.id } });
    return outgoing;
  });
  await sendQueuedNow(emailIds, now);
  return { ok: true };
}
