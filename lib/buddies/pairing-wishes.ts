// What each person wants from the pairing (rhythm, feedback style, what stays confidential),
// stated by them and shown to both. Saving tells the other person once per change.
import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { createNotification } from "@/lib/notifications/notifications";
import { authorizeBuddy } from "./authorize";
import { authorizePairingView } from "./authorize-pairing-view";
import type { PairingWishInput } from "./weekly-report-schemas";

export type PairingWishDto = PairingWishInput & { statedAt: Date };

/**
 * Both rows of an authorized pairing (its wishes and each person's report setting), read once per
 * request (cache()): the buddy page's wishes and reports sections both need them.
 */
export const pairingWishRows = cache(async (pairingId: string) => {
  const db = await getDb();
  return db.pairingWish.findMany({ where: { pairingId }, select: { userId: true, rhythm: true, feedbackStyle: true, confidential: true, statedAt: true, reportMode: true }, take: 2 });
});

/** Both people's stated wishes; null for one who has not said yet. */
export async function pairingWishes(actor: SessionUser, pairingId: string): Promise<{ mine: PairingWishDto | null; theirs: PairingWishDto | null }> {
  const grant = await authorizePairingView(actor, pairingId);
  const rows = await pairingWishRows(grant.pairingId);
  // A row made only by choosing a report setting is not a statement of wishes yet.
  const stated = (userId: string) => {
    const row = rows.find((candidate) => candidate.userId === userId);
    return row?.statedAt ? { rhythm: row.rhythm, feedbackStyle: row.feedbackStyle, confidential: row.confidential, statedAt: row.statedAt } : null;
  };
  return { mine: stated(actor.id), theirs: stated(grant.buddy.id) };
}

export async function savePairingWish(actor: SessionUser, pairingId: string, input: PairingWishInput, now = new Date()): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const grant = await authorizeBuddy(tx, actor, { action: "view-pairing", pairingId });
    await tx.pairingWish.upsert({
      where: { pairingId_userId: { pairingId: grant.pairingId, userId: actor.id } },
      create: { pairingId: grant.pairingId, userId: actor.id, ...input, statedAt: now },
      update: { ...input, statedAt: now },
    });
    await createNotification(tx, { userId: grant.buddy.id, kind: "pairing-wish", title: `${actor.name} said what they want from your pairing`, link: `/buddies/${grant.pairingId}#wishes-heading` });
  });
}
