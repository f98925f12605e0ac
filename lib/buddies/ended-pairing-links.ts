// When a pairing ends, its pages (the buddy's shared goals, its reviews) are a 404 for both.
// Notifications that led there (comments, cheers, reviews, agreement changes) now lead to the
// Buddies page, which shows the pairing as ended, instead of to a page that no longer exists.
import "server-only";
import type { DbClient } from "@/lib/db";

export async function pointNotificationsAwayFromPairing(tx: DbClient, input: { pairingId: string; userIds: string[] }): Promise<void> {
  await tx.notification.updateMany({
    where: { userId: { in: input.userIds }, link: { startsWith: `/buddies/${input.pairingId}` } },
    data: { link: "/buddies" },
  });
}
