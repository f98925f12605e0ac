// What each person wants from the pairing (rhythm, feedback style, what stays confidential),
// stated by them and shown to both. Saving tells the other person once per change.
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { createNotification } from "@/lib/notifications/notifications";
import { authorizeBuddy } from "./authorize";
import { authorizePairingView } from "./authorize-pairing-view";
import type { PairingWishInput } from "./weekly-report-schemas";

export type PairingWishDto = PairingWishInput & { statedAt: Date };

/** Both people's stated wishes; null for one who has not said yet. */
export async function pairingWishes(actor: SessionUser, pairingId: string): Promise<{ mine: PairingWishDto | null; theirs: PairingWishDto | null }> {
  const grant = await authorizePairingView(actor, pairingId);
  const db = await getDb();
  const rows = await db.pairingWish.findMany({ where: { pairingId: grant.pairingId }, select: { userId: true, rhythm: true, feedbackStyle: true, confidential: true, statedAt: true } });
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
