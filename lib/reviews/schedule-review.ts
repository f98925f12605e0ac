// Scheduling, rescheduling and cancelling a pairing's review session. Either buddy may do all
// three. Every change bumps the iCalendar SEQUENCE and queues an invitation (or cancellation)
// for both people in the same transaction; the rows are sent right after the response.
import "server-only";
import { getDb, Prisma, type DbClient } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeBuddy } from "@/lib/buddies/authorize";
import { createNotification } from "@/lib/notifications/notifications";
import { deliverSoon } from "@/lib/reminders/deliver-soon";
import { AppError, AppErrorCode } from "@/lib/errors";
import { authorizeReviewSession } from "./authorize-review";
import { queueReviewEmails, REVIEW_CANCEL_KIND, REVIEW_INVITE_KIND, sequenceKey } from "./invite-emails";
import { reviewPath } from "./review-links";
import { DEFAULT_DURATION_MINUTES, suggestSlot, toInstant } from "./review-time";
import type { ScheduleReviewInput } from "./schemas";
import { authorizePairingView } from "@/lib/buddies/authorize-pairing-view";

/** A booked (or moved) session. Refusals are AppErrors: a time already past (INVALID_INPUT on the
 * date field), a second booking or a session no longer scheduled (CONFLICT). */
export type ScheduleResult = { ok: true; sessionId: string; startsAt: Date };

const past = () => new AppError(AppErrorCode.INVALID_INPUT, "Choose a date and time that are still ahead.", "date");
const alreadyScheduled = () => new AppError(AppErrorCode.CONFLICT, "You already have a review scheduled. Reschedule or cancel it instead of booking a second one.");
const notScheduled = () => new AppError(AppErrorCode.CONFLICT, "This review is no longer scheduled: it was closed or cancelled.");

type Person = { id: string; email: string };

/** Creates a SCHEDULED session and queues both invitations; the caller holds the transaction. */
export async function createScheduledSession(
  tx: DbClient,
  input: { pairingId: string; scheduledById: string; startsAt: Date; timeZone: string; durationMinutes: number; people: Person[]; now: Date },
): Promise<{ id: string; deliveryIds: string[] }> {
  const session = await tx.reviewSession.create({
    data: {
      pairingId: input.pairingId,
      scheduledById: input.scheduledById,
      startsAt: input.startsAt,
      timeZone: input.timeZone,
      durationMinutes: input.durationMinutes,
      scheduledAt: input.now,
    },
    select: { id: true },
  });
  const deliveryIds = await queueReviewEmails(tx, { kind: REVIEW_INVITE_KIND, sessionId: session.id, dueKey: sequenceKey(0), people: input.people, now: input.now });
  return { id: session.id, deliveryIds };
}

/** Sends the invitations or cancellations a committed transaction queued. */
export async function sendQueuedReviewEmails(ids: string[], now: Date): Promise<void> {
  for (const id of ids) await deliverSoon(id, now);
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Cancels the pairing's scheduled session, if any, because the pairing is ending: both people get
 * METHOD:CANCEL so the event leaves their calendars. Runs in the caller's transaction; returns the
 * queued deliveries to send once it commits.
 */
export async function cancelScheduledReviewOfEndingPairing(tx: DbClient, input: { pairingId: string; people: Person[]; now: Date }): Promise<string[]> {
  const [scheduled] = await tx.$queryRaw<{ id: string; sequence: number }[]>`
    SELECT "id", "sequence" FROM "ReviewSession" WHERE "pairingId" = ${input.pairingId}::uuid AND "status" = 'SCHEDULED' FOR UPDATE`;
  if (!scheduled) return [];
  const sequence = scheduled.sequence + 1;
  await tx.reviewSession.update({ where: { id: scheduled.id }, data: { status: "CANCELLED", cancelledAt: input.now, sequence } });
  return queueReviewEmails(tx, { kind: REVIEW_CANCEL_KIND, sessionId: scheduled.id, dueKey: sequenceKey(sequence), people: input.people, now: input.now });
}

/** Books a session at a date and time in the actor's zone. At most one is scheduled per pairing. */
export async function scheduleReviewSession(actor: SessionUser, pairingId: string, input: ScheduleReviewInput, now = new Date()): Promise<ScheduleResult> {
  const startsAt = toInstant(input.date, input.time, actor.timeZone);
  if (startsAt <= now) throw past();
  const db = await getDb();
  let created: { id: string; deliveryIds: string[] } | null;
  try {
    created = await db.$transaction(async (tx) => {
      const grant = await authorizeBuddy(tx, actor, { action: "view-pairing", pairingId });
      if (await tx.reviewSession.findFirst({ where: { pairingId: grant.pairingId, status: "SCHEDULED" }, select: { id: true } })) return null;
      const session = await createScheduledSession(tx, {
        pairingId: grant.pairingId,
        scheduledById: actor.id,
        startsAt,
        timeZone: actor.timeZone,
        durationMinutes: input.durationMinutes,
        people: [actor, grant.buddy],
        now,
      });
      await createNotification(tx, { userId: grant.buddy.id, kind: "review-scheduled", title: `${actor.name} scheduled your goal review`, link: reviewPath(grant.pairingId, session.id) });
      return session;
    });
  } catch (error) {
    // Two people booking at the same moment: the partial unique index lets one through.
    if (isUniqueViolation(error)) throw alreadyScheduled();
    throw error;
  }
  if (!created) throw alreadyScheduled();
  await sendQueuedReviewEmails(created.deliveryIds, now);
  return { ok: true, sessionId: created.id, startsAt };
}

/** The next slot by the pairing's cadence (see suggestSlot), in the actor's zone. */
export async function suggestReviewSlot(actor: SessionUser, pairingId: string, now = new Date()): Promise<{ date: string; time: string; durationMinutes: number; startsAt: Date }> {
  const db = await getDb();
  const grant = await authorizePairingView(actor, pairingId);
  const [pairing, last] = await Promise.all([
    db.buddyPairing.findUniqueOrThrow({ where: { id: grant.pairingId }, select: { startedAt: true, reviewCadenceMonths: true } }),
    db.reviewSession.findFirst({ where: { pairingId: grant.pairingId, status: "COMPLETED" }, select: { startsAt: true }, orderBy: { startsAt: "desc" } }),
  ]);
  const slot = suggestSlot({ since: last?.startsAt ?? pairing.startedAt, cadenceMonths: pairing.reviewCadenceMonths, timeZone: actor.timeZone, now });
  return { ...slot, durationMinutes: DEFAULT_DURATION_MINUTES };
}

/** "Schedule the suggested slot" in one click. */
export async function scheduleSuggestedReview(actor: SessionUser, pairingId: string, now = new Date()): Promise<ScheduleResult> {
  const slot = await suggestReviewSlot(actor, pairingId, now);
  return scheduleReviewSession(actor, pairingId, { date: slot.date, time: slot.time, durationMinutes: slot.durationMinutes }, now);
}

/** Moves a scheduled session: SEQUENCE + 1 and a fresh invitation (an update) for both. */
export async function rescheduleReviewSession(actor: SessionUser, sessionId: string, input: ScheduleReviewInput, now = new Date()): Promise<ScheduleResult> {
  const startsAt = toInstant(input.date, input.time, actor.timeZone);
  if (startsAt <= now) throw past();
  const db = await getDb();
  const outcome = await db.$transaction(async (tx) => {
    const grant = await authorizeReviewSession(tx, actor, sessionId, { lock: "update" });
    if (grant.session.status !== "SCHEDULED") return null;
    const sequence = grant.session.sequence + 1;
    await tx.reviewSession.update({
      where: { id: grant.session.id },
      // scheduledAt moves too: reminders whose moment was before this change are not sent.
      data: { startsAt, timeZone: actor.timeZone, durationMinutes: input.durationMinutes, sequence, scheduledAt: now, scheduledById: actor.id },
    });
    await createNotification(tx, { userId: grant.buddy.id, kind: "review-rescheduled", title: `${actor.name} moved your goal review`, link: reviewPath(grant.pairingId, grant.session.id) });
    return queueReviewEmails(tx, { kind: REVIEW_INVITE_KIND, sessionId: grant.session.id, dueKey: sequenceKey(sequence), people: [actor, grant.buddy], now });
  });
  if (!outcome) throw notScheduled();
  await sendQueuedReviewEmails(outcome, now);
  return { ok: true, sessionId, startsAt };
}

/** Cancels a scheduled session: SEQUENCE + 1 and METHOD:CANCEL to both. */
export async function cancelReviewSession(actor: SessionUser, sessionId: string, now = new Date()): Promise<{ ok: boolean }> {
  const db = await getDb();
  const outcome = await db.$transaction(async (tx) => {
    const grant = await authorizeReviewSession(tx, actor, sessionId, { lock: "update" });
    if (grant.session.status !== "SCHEDULED") return null;
    const sequence = grant.session.sequence + 1;
    await tx.reviewSession.update({ where: { id: grant.session.id }, data: { status: "CANCELLED", cancelledAt: now, sequence } });
    await createNotification(tx, { userId: grant.buddy.id, kind: "review-cancelled", title: `${actor.name} cancelled your goal review`, link: `/buddies/${grant.pairingId}` });
    return queueReviewEmails(tx, { kind: REVIEW_CANCEL_KIND, sessionId: grant.session.id, dueKey: sequenceKey(sequence), people: [actor, grant.buddy], now });
  });
  if (!outcome) return { ok: false };
  await sendQueuedReviewEmails(outcome, now);
  return { ok: true };
}
