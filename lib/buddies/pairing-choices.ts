// The choice offered when a pairing has gone quiet (pairing-health.ts), to either person, with
// no blame: renew the agreement (both accept it again, and silence is counted afresh), pause
// (no nudges, reports or health emails until one of them resumes), or end kindly (endPairing,
// keeping history). Each tells the other person in Stepwise.
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError, AppErrorCode } from "@/lib/errors";
import { createNotification } from "@/lib/notifications/notifications";
import { authorizeBuddy } from "./authorize";

const agreementLink = (pairingId: string) => `/buddies/${pairingId}#agreement-heading`;

/** Reopens the agreement for both to accept again and starts counting silence from now. */
export async function renewAgreement(actor: SessionUser, pairingId: string, now = new Date()): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const grant = await authorizeBuddy(tx, actor, { action: "view-pairing", pairingId });
    await tx.buddyPairing.update({
      where: { id: grant.pairingId },
      data: { renewedAt: now, pausedAt: null, pausedById: null, rulesAgreedAt: null, rulesAcceptedByAAt: null, rulesAcceptedByBAt: null },
    });
    await createNotification(tx, { userId: grant.buddy.id, kind: "pairing-renewed", title: `${actor.name} would like to renew your buddy agreement: read it and accept`, link: agreementLink(grant.pairingId) });
  });
}

export async function pausePairing(actor: SessionUser, pairingId: string, now = new Date()): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const grant = await authorizeBuddy(tx, actor, { action: "view-pairing", pairingId });
    const { count } = await tx.buddyPairing.updateMany({ where: { id: grant.pairingId, pausedAt: null }, data: { pausedAt: now, pausedById: actor.id } });
    if (count === 0) throw new AppError(AppErrorCode.CONFLICT, "Your pairing is already paused.");
    await createNotification(tx, { userId: grant.buddy.id, kind: "pairing-paused", title: `${actor.name} paused your buddy pairing for now`, link: `/buddies/${grant.pairingId}` });
  });
}

/** Ends the pause; silence is counted from the moment of resuming. */
export async function resumePairing(actor: SessionUser, pairingId: string, now = new Date()): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const grant = await authorizeBuddy(tx, actor, { action: "view-pairing", pairingId });
    const { count } = await tx.buddyPairing.updateMany({ where: { id: grant.pairingId, pausedAt: { not: null } }, data: { pausedAt: null, pausedById: null, renewedAt: now } });
    if (count === 0) throw new AppError(AppErrorCode.CONFLICT, "Your pairing is not paused.");
    await createNotification(tx, { userId: grant.buddy.id, kind: "pairing-resumed", title: `${actor.name} resumed your buddy pairing`, link: `/buddies/${grant.pairingId}` });
  });
}
