// Accepting or declining an invitation. Accepting is atomic: the invitation row is locked,
// so two accepts at the same moment create one pairing; the partial unique index on active
// pairs is the last line of defence.
import "server-only";
import { createNotification } from "@/lib/notifications/notifications";
import { z } from "zod";
import { getDb, Prisma } from "@/lib/db";
import { TokenSchema } from "@/lib/auth/schemas";
import type { SessionUser } from "@/lib/auth/session-user";
import { hashToken } from "@/lib/auth/tokens";
import { activePairingBetween, countActivePairings } from "./active-pairings";
import { MAX_BUDDIES } from "./rules";

export type AcceptResult = { ok: true; pairingId: string } | { ok: false; reason: "invalid" | "wrong_email" | "self" | "already_buddy" | "your_circle_full" | "their_circle_full" };

type LockedInvite = { id: string; inviterId: string; email: string; expiresAt: Date; acceptedAt: Date | null; declinedAt: Date | null; revokedAt: Date | null };

/** Which invitation: the link's token, or (for the signed-in invitee) its id. */
export type InviteRef = { token: string } | { inviteId: string };

function isWellFormed(ref: InviteRef): boolean {
  return "token" in ref ? TokenSchema.safeParse(ref.token).success : z.uuid().safeParse(ref.inviteId).success;
}

export async function acceptInvite(actor: SessionUser, ref: InviteRef, now = new Date()): Promise<AcceptResult> {
  if (!isWellFormed(ref)) return { ok: false, reason: "invalid" };
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const [invite] =
        "token" in ref
          ? await tx.$queryRaw<LockedInvite[]>`
              SELECT "id", "inviterId", "email", "expiresAt", "acceptedAt", "declinedAt", "revokedAt"
              FROM "BuddyInvite" WHERE "tokenHash" = ${hashToken(ref.token)} FOR UPDATE`
          : await tx.$queryRaw<LockedInvite[]>`
              SELECT "id", "inviterId", "email", "expiresAt", "acceptedAt", "declinedAt", "revokedAt"
              FROM "BuddyInvite" WHERE "id" = ${ref.inviteId}::uuid AND "email" = ${actor.email} FOR UPDATE`;
      if (!invite || invite.acceptedAt || invite.declinedAt || invite.revokedAt || invite.expiresAt <= now) return { ok: false, reason: "invalid" } as const;
      // Only the invited address may accept; SessionUser exists only for verified emails.
      if (invite.email !== actor.email) return { ok: false, reason: "wrong_email" } as const;
      if (invite.inviterId === actor.id) return { ok: false, reason: "self" } as const;
      // Lock both people (in a fixed order) so circle sizes cannot change under us.
      await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" IN (${actor.id}::uuid, ${invite.inviterId}::uuid) ORDER BY "id" FOR UPDATE`;
      if (await activePairingBetween(tx, actor.id, invite.inviterId)) return { ok: false, reason: "already_buddy" } as const;
      if ((await countActivePairings(tx, actor.id)) >= MAX_BUDDIES) return { ok: false, reason: "your_circle_full" } as const;
      if ((await countActivePairings(tx, invite.inviterId)) >= MAX_BUDDIES) return { ok: false, reason: "their_circle_full" } as const;
      const pairing = await tx.buddyPairing.create({ data: { userAId: invite.inviterId, userBId: actor.id, startedAt: now }, select: { id: true } });
      await tx.buddyInvite.update({ where: { id: invite.id }, data: { acceptedAt: now, acceptedById: actor.id } });
      await createNotification(tx, { userId: invite.inviterId, kind: "invite-accepted", title: `${actor.name} accepted your buddy invitation`, link: `/buddies/${pairing.id}` });
      return { ok: true, pairingId: pairing.id } as const;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, reason: "already_buddy" };
    throw error;
  }
}

export async function declineInvite(actor: SessionUser, ref: InviteRef, now = new Date()): Promise<boolean> {
  if (!isWellFormed(ref)) return false;
  const db = await getDb();
  const which = "token" in ref ? { tokenHash: hashToken(ref.token) } : { id: ref.inviteId };
  const { count } = await db.buddyInvite.updateMany({
    where: { ...which, email: actor.email, acceptedAt: null, declinedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { declinedAt: now },
  });
  return count === 1;
}
