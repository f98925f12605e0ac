// Who may see or change a review session: the two people of its pairing, while the pairing is
// ACTIVE. Built on authorizeBuddy, so an ex-buddy, a stranger, a malformed id and a missing
// session are all the same NotFoundError.
import { z } from "zod";
import type { DbClient, Prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeBuddy, type PairingGrant } from "@/lib/buddies/authorize";
import { AppErrorCode, isAppError, NotFoundError } from "@/lib/errors";

const Uuid = z.uuid();

const reviewSessionSelect = { id: true, pairingId: true, status: true, startsAt: true, timeZone: true, durationMinutes: true, sequence: true } as const satisfies Prisma.ReviewSessionSelect;

export type ReviewSessionRow = Prisma.ReviewSessionGetPayload<{ select: typeof reviewSessionSelect }>;

export type ReviewGrant = PairingGrant & { session: ReviewSessionRow; me: { id: string; name: string; email: string } };

/**
 * The session and the actor's buddy, or NotFoundError. With `lock`, the session row is locked
 * for the rest of the transaction ("share": saves may run together but not alongside a close).
 */
export async function authorizeReviewSession(db: DbClient, actor: SessionUser, sessionId: string, options: { lock?: "share" | "update" } = {}): Promise<ReviewGrant> {
  if (!Uuid.safeParse(sessionId).success) throw new NotFoundError("That review");
  // Raw because Prisma cannot lock rows.
  if (options.lock === "update") await db.$queryRaw`SELECT 1 FROM "ReviewSession" WHERE "id" = ${sessionId}::uuid FOR UPDATE`;
  if (options.lock === "share") await db.$queryRaw`SELECT 1 FROM "ReviewSession" WHERE "id" = ${sessionId}::uuid FOR SHARE`;
  const session = await db.reviewSession.findUnique({
    where: { id: sessionId },
    select: reviewSessionSelect,
  });
  if (!session) throw new NotFoundError("That review");
  try {
    const grant = await authorizeBuddy(db, actor, { action: "view-pairing", pairingId: session.pairingId });
    return { ...grant, session, me: { id: actor.id, name: actor.name, email: actor.email } };
  } catch (error) {
    if (isAppError(error, AppErrorCode.NOT_FOUND)) throw new NotFoundError("That review");
    throw error;
  }
}
