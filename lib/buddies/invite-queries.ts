import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { TokenSchema } from "@/lib/auth/schemas";
import { hashToken } from "@/lib/auth/tokens";
import { inviteState, type InviteState } from "./invite-state";
import { activePairingWhere } from "./active-pairings";

export type InvitePreview = { state: InviteState; inviterName: string; email: string; message: string } | null;

/** What the invitation page shows before anyone acts on it (nothing is used up). */
export async function previewInvite(token: string, now = new Date()): Promise<InvitePreview> {
  const db = await getDb();
  const invite = await db.buddyInvite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { email: true, message: true, acceptedAt: true, declinedAt: true, revokedAt: true, expiresAt: true, inviter: { select: { name: true } } },
  });
  if (!invite) return null;
  return { state: inviteState(invite, now), inviterName: invite.inviter.name, email: invite.email, message: invite.message };
}

/** "ended": it was accepted, but that pairing has since ended (or the buddy deleted their account). */
export type SentInviteState = InviteState | "ended";
export type SentInvite = { id: string; email: string; state: SentInviteState; lastSentAt: Date; expiresAt: Date };

/** The actor's invitations, newest first (bounded). */
export async function listSentInvites(actor: SessionUser, now = new Date()): Promise<SentInvite[]> {
  const db = await getDb();
  const rows = await db.buddyInvite.findMany({
    where: { inviterId: actor.id, revokedAt: null },
    select: { id: true, email: true, lastSentAt: true, expiresAt: true, acceptedAt: true, acceptedById: true, declinedAt: true, revokedAt: true },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
  const pairings = await db.buddyPairing.findMany({ where: activePairingWhere(actor.id), select: { userAId: true, userBId: true }, take: 10 });
  const buddyIds = new Set(pairings.map((pairing) => (pairing.userAId === actor.id ? pairing.userBId : pairing.userAId)));
  return rows.map((row) => {
    const state = inviteState(row, now);
    const ended = state === "accepted" && (row.acceptedById === null || !buddyIds.has(row.acceptedById));
    return { id: row.id, email: row.email, lastSentAt: row.lastSentAt, expiresAt: row.expiresAt, state: ended ? "ended" : state };
  });
}

export type ReceivedInvite = { id: string; inviterName: string; message: string; expiresAt: Date };

/** Pending invitations addressed to the actor's (verified) email. */
export async function listReceivedInvites(actor: SessionUser, now = new Date()): Promise<ReceivedInvite[]> {
  const db = await getDb();
  const rows = await db.buddyInvite.findMany({
    where: { email: actor.email, acceptedAt: null, declinedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, message: true, expiresAt: true, inviter: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
    take: 10,
  });
  return rows.map((row) => ({ id: row.id, inviterName: row.inviter.name, message: row.message, expiresAt: row.expiresAt }));
}

/**
 * Whether `token` is a pending invitation addressed to `email`. Opening the invitation link
 * proves the person reads that mailbox, so sign-up can skip the separate confirmation email.
 */
export async function isPendingInviteFor(token: string, email: string, now = new Date()): Promise<boolean> {
  const preview = await previewInvite(token, now);
  return preview !== null && preview.state === "pending" && preview.email === email;
}

/** The invitation token in a `/invites/<token>` path (the `next` of a sign-up from an invitation). */
export function inviteTokenInPath(path: string | null | undefined): string | null {
  const match = /^\/invites\/([^/?#]+)$/.exec(path ?? "");
  const token = TokenSchema.safeParse(match?.[1]);
  return token.success ? token.data : null;
}
