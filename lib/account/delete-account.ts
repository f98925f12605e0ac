import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { appUrl } from "@/lib/account/links";
import { buddyPairingEndedMessage, sendEmail, type EmailMessage } from "@/lib/email";
import { activePairingWhere } from "@/lib/buddies/active-pairings";
import { departedBuddyCancellation } from "@/lib/reviews/invite-emails";

export type DeleteAccountResult = { ok: true } | { ok: false; reason: "confirmation_mismatch" };

/**
 * Deletes the account and everything it owns. Every table referencing the user cascades, so
 * one DELETE removes goals, micro-goals, check-ins, comments, pairings, invites and the ledger
 * atomically; the session dies with the row.
 *
 * Each buddy is told first, in the app, and by email once the delete has committed: that the
 * pairing has ended, and, when a review was booked, a METHOD:CANCEL that takes it out of their
 * calendar (built beforehand: the session is deleted with the pairing).
 */
export async function deleteAccount(actor: SessionUser, input: { confirmEmail: string }, now = new Date()): Promise<DeleteAccountResult> {
  if (input.confirmEmail !== actor.email) return { ok: false, reason: "confirmation_mismatch" };
  const db = await getDb();
  const emails = await db.$transaction(async (tx) => {
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
    const outgoing: EmailMessage[] = [];
    for (const pairing of pairings) {
      const stays = pairing.userA.id === actor.id ? pairing.userB : pairing.userA;
      await tx.notification.create({ data: { userId: stays.id, kind: "pairing-ended", title: `${actor.name} deleted their account, so your buddy pairing has ended`, link: "/buddies" } });
      outgoing.push({ to: stays.email, ...buddyPairingEndedMessage({ name: stays.name, otherName: actor.name, endedByYou: false, accountDeleted: true, url: appUrl("/buddies") }) });
      const [session] = pairing.reviewSessions;
      if (session) outgoing.push(departedBuddyCancellation({ ...session, sequence: session.sequence + 1 }, { stays, leaves: actor }, now));
    }
    await tx.user.deleteMany({ where: { id: actor.id } });
    return outgoing;
  });
  // After the commit: a failed send must not undo the deletion.
  await Promise.all(emails.map((message) => sendEmail(message).catch((error: unknown) => console.error("[account] email to a buddy after deletion failed", { to: message.to, error }))));
  return { ok: true };
}
