// Sending, resending and revoking buddy invitations.
import "server-only";
import { getDb, type DbClient } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import { hitRateLimit } from "@/lib/auth/rate-limit";
import { buddyInviteMessage } from "@/lib/email";
import { queueComposedEmail, sendQueuedNow } from "@/lib/reminders/composed-email";
import { appUrl } from "@/lib/account/links";
import { NotFoundError } from "@/lib/errors";
import { activePairingBetween, countActivePairings } from "./active-pairings";
import { INVITE_LIFETIME_DAYS, INVITES_PER_DAY, MAX_BUDDIES } from "./rules";

export type InviteResult = { ok: true; inviteId: string } | { ok: false; reason: "self" | "already_buddy" | "circle_full" } | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

const DAY_SECONDS = 24 * 60 * 60;

function expiry(now: Date): Date {
  return new Date(now.getTime() + INVITE_LIFETIME_DAYS * DAY_SECONDS * 1000);
}

/** Queues the invitation email in the same transaction as the invitation it carries the link to. */
function queueInvite(tx: DbClient, actor: SessionUser, email: string, message: string, token: string, now: Date): Promise<string> {
  return queueComposedEmail(tx, { kind: "buddy-invite", message: { to: email, ...buddyInviteMessage({ inviterName: actor.name, message, url: appUrl(`/invites/${token}`) }) } }, now);
}

/** Why this invitation (a new one or sent again) may not go out, or null when it may; a send that may counts against the daily limit. */
async function refuseInvite(db: DbClient, actor: SessionUser, email: string, now: Date): Promise<InviteResult | null> {
  if (email === actor.email) return { ok: false, reason: "self" };
  const invitee = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (invitee && (await activePairingBetween(db, actor.id, invitee.id))) return { ok: false, reason: "already_buddy" };
  if ((await countActivePairings(db, actor.id)) >= MAX_BUDDIES) return { ok: false, reason: "circle_full" };
  const limit = await hitRateLimit(db, `buddy-invite:${actor.id}`, { limit: INVITES_PER_DAY, windowSeconds: DAY_SECONDS }, now);
  if (!limit.allowed) return { ok: false, reason: "rate_limited", retryAfterSeconds: limit.retryAfterSeconds };
  return null;
}

/** Invites someone by email. A pending invitation to the same address is replaced (its link stops working). */
export async function inviteBuddy(actor: SessionUser, input: { email: string; message: string }, now = new Date()): Promise<InviteResult> {
  const db = await getDb();
  const refused = await refuseInvite(db, actor, input.email, now);
  if (refused) return refused;

  const token = generateToken();
  const invite = await db.$transaction(async (tx) => {
    await tx.buddyInvite.updateMany({
      where: { inviterId: actor.id, email: input.email, acceptedAt: null, declinedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const created = await tx.buddyInvite.create({
      data: { inviterId: actor.id, email: input.email, message: input.message, tokenHash: hashToken(token), expiresAt: expiry(now), lastSentAt: now },
      select: { id: true },
    });
    return { id: created.id, emailId: await queueInvite(tx, actor, input.email, input.message, token, now) };
  });
  await sendQueuedNow([invite.emailId], now);
  return { ok: true, inviteId: invite.id };
}

/** Sends a pending or expired invitation again with a fresh link and a new 7 days. */
export async function resendInvite(actor: SessionUser, inviteId: string, now = new Date()): Promise<InviteResult> {
  const db = await getDb();
  const invite = await db.buddyInvite.findFirst({
    where: { id: inviteId, inviterId: actor.id, acceptedAt: null, declinedAt: null, revokedAt: null },
    select: { id: true, email: true, message: true },
  });
  if (!invite) throw new NotFoundError("That invitation");
  const refused = await refuseInvite(db, actor, invite.email, now);
  if (refused) return refused;
  const token = generateToken();
  const emailId = await db.$transaction(async (tx) => {
    await tx.buddyInvite.update({ where: { id: invite.id }, data: { tokenHash: hashToken(token), expiresAt: expiry(now), lastSentAt: now } });
    return queueInvite(tx, actor, invite.email, invite.message, token, now);
  });
  await sendQueuedNow([emailId], now);
  return { ok: true, inviteId: invite.id };
}

export async function revokeInvite(actor: SessionUser, inviteId: string, now = new Date()): Promise<void> {
  const db = await getDb();
  const { count } = await db.buddyInvite.updateMany({
    where: { id: inviteId, inviterId: actor.id, acceptedAt: null, declinedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  if (count === 0) throw new NotFoundError("That invitation");
}
