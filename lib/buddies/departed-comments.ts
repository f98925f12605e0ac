// What becomes of a person's words in their buddies' threads when they delete their account.
// Their cheers go, and so do their comments that nobody answered after. A comment the owner (or
// another buddy) replied to afterwards stays as an empty placeholder, its author "a former
// buddy", so the replies keep their context instead of answering nothing. The author's name
// and words are erased either way; the placeholder keeps its id, so a deep link still lands.
import "server-only";
import type { DbClient } from "@/lib/db";

/**
 * Runs in the deletion's transaction, before the user row goes (which nulls the placeholders'
 * author). The departing person's notifications go with the account; the others' notifications
 * that pointed at a removed comment are pointed at its check-in instead.
 */
export async function retireDepartingComments(tx: DbClient, userId: string): Promise<void> {
  // Comments on the person's own check-ins go with their goals; only others' threads matter.
  // One statement: the removed comments, and the owners' notifications that pointed at them.
  await tx.$executeRaw`
    WITH removed AS (
      DELETE FROM "Comment" AS c
      USING "CheckIn" AS ci, "Goal" AS g
      WHERE c."checkInId" = ci."id" AND ci."goalId" = g."id" AND c."authorId" = ${userId}::uuid AND g."ownerId" <> ${userId}::uuid
        AND (c."kind" = 'CHEER' OR NOT EXISTS (
          SELECT 1 FROM "Comment" AS later
          WHERE later."checkInId" = c."checkInId" AND later."kind" = 'COMMENT' AND later."createdAt" > c."createdAt"
            AND later."authorId" IS DISTINCT FROM ${userId}::uuid))
      RETURNING c."id", c."checkInId", ci."goalId", g."ownerId"
    )
    UPDATE "Notification" AS n SET "link" = '/goals/' || r."goalId" || '#check-in-' || r."checkInId"
    FROM removed AS r
    WHERE n."userId" = r."ownerId" AND n."link" = '/goals/' || r."goalId" || '#comment-' || r."id"`;
  await tx.$executeRaw`
    UPDATE "Comment" AS c SET "body" = ''
    FROM "CheckIn" AS ci, "Goal" AS g
    WHERE c."checkInId" = ci."id" AND ci."goalId" = g."id" AND c."authorId" = ${userId}::uuid AND g."ownerId" <> ${userId}::uuid`;
}
